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
        server.createContext("/", exchange -> {
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
        server.start();
        return Map.of(
                "bureau.gateway.services.staff.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "bureau.gateway.services.scheduling.url", "http://127.0.0.1:" + FreePorts.find());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
