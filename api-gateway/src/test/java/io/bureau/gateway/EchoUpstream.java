package io.bureau.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.bureau.infra.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server standing in for the staff service: it answers with what it received, so the
 * tests can see exactly what the gateway passed on. The scheduling route points at a port where
 * nothing listens, as when a service is down.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectMapper json = new ObjectMapper();
        // Many at once: a slow answer (?delayMillis=) must not hold up the requests of other tests.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null && query.startsWith("delayMillis=")) {
                try {
                    Thread.sleep(Long.parseLong(query.substring("delayMillis=".length())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Map<String, Object> echo = new TreeMap<>();
            echo.put("method", exchange.getRequestMethod());
            echo.put("path", exchange.getRequestURI().getRawPath());
            echo.put("query", exchange.getRequestURI().getRawQuery());
            echo.put("requestId", exchange.getRequestHeaders().getFirst("X-Request-Id"));
            echo.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
            echo.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = json.writeValueAsBytes(echo);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("ETag", "\"7\"");
            exchange.sendResponseHeaders(201, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.createContext("/q/health/ready", exchange -> {
            byte[] bytes = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        String echo = "http://127.0.0.1:" + server.getAddress().getPort();
        // Every service reports ready (here); scheduling's API port has nothing behind it, as when it went down.
        return Map.of(
                "bureau.gateway.services.staff.url", echo,
                "bureau.gateway.services.staff.timeout", "1s",
                "bureau.gateway.services.scheduling.url", "http://127.0.0.1:" + FreePorts.find(),
                "bureau.gateway.services.staff.health-url", echo + "/q/health/ready",
                "bureau.gateway.services.scheduling.health-url", echo + "/q/health/ready",
                "bureau.gateway.services.reviews.health-url", echo + "/q/health/ready",
                "bureau.gateway.services.procurement.health-url", echo + "/q/health/ready");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
