package io.bureau.reviews;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.bureau.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The HR system's machine client sees none of reviews: every operation of the contract (served == committed) answers it 403. */
@QuarkusTest
class HrIntegrationRefusedTest {

    @Test
    void everyOperationRefusesTheHrIntegrationClient() throws Exception {
        JsonNode document = OpenApiContract.served();
        List<String> answered = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                operations++;
                String url = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                int status = given().auth().oauth2(Tokens.hrIntegration()).contentType(ContentType.JSON).body("{}")
                        .queryParam("from", "2026-01-01").queryParam("to", "2026-01-31").queryParam("employee", UUID.randomUUID())
                        .request(method, url).statusCode();
                if (status != 403) {
                    answered.add(method + " " + path.getKey() + " -> " + status);
                }
            }
        }
        assertTrue(operations >= 15, "the contract lists the service's operations: " + operations);
        assertEquals(List.of(), answered);
    }
}
