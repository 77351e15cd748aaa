package io.bureau.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.bureau.gateway.routing.GatewayConfig;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every resource in a service's committed OpenAPI document is routed to that service: a new
 * endpoint cannot ship unreachable through the gateway.
 */
@QuarkusTest
class RouteTableTest {

    @Inject
    GatewayConfig config;

    @Test
    void routesEveryResourceOfEveryServiceContract() throws IOException {
        Map<String, String> owner = new TreeMap<>();
        config.services().forEach((service, route) -> route.resources().forEach(r -> owner.put(r, service)));
        ObjectMapper json = new ObjectMapper();
        for (String service : config.services().keySet()) {
            Path contract = Path.of("..", service + "-service", "src/main/openapi/openapi.json");
            Iterator<String> paths = json.readTree(Files.readString(contract)).path("paths").fieldNames();
            while (paths.hasNext()) {
                String path = paths.next();
                String resource = path.split("/")[3];
                assertEquals(service, owner.get(resource), path + " in " + contract + " is not routed to " + service);
            }
        }
    }
}
