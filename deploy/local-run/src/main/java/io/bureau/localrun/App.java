package io.bureau.localrun;

import java.util.List;

/**
 * One of the Quarkus apps the local run starts: the Maven module it is built in, its fixed port
 * and, for a domain service, its database. Health and metrics answer on the management port,
 * 1000 above the public one (as each app's application.properties says).
 */
record App(String module, String key, int port, String database) {

    static final List<App> ALL = List.of(
            service("staff", 8081),
            service("scheduling", 8082),
            service("reviews", 8083),
            service("procurement", 8084),
            new App("api-gateway", "gateway", 8080, null));

    private static App service(String key, int port) {
        return new App(key + "-service", key, port, "bureau_" + key);
    }

    static List<App> services() {
        return ALL.stream().filter(App::isService).toList();
    }

    int managementPort() {
        return port + 1000;
    }

    /** A domain service owns a database and talks to Kafka; the gateway does neither. */
    boolean isService() {
        return database != null;
    }

    String localUrl() {
        return "http://localhost:" + port;
    }

    /** The address the gateway forwards to: loopback, where the services listen. */
    String loopbackUrl() {
        return "http://127.0.0.1:" + port;
    }
}
