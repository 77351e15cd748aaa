package io.bureau.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The OpenAPI document a service serves is its contract with front-end teams: it is committed
 * under {@code src/main/openapi/openapi.json} and this check fails when the served one drifts.
 * After an intended change, regenerate it with {@code -Dbureau.openapi.write=true} and review the diff.
 */
public final class OpenApiContract {

    public static final Path COMMITTED = Path.of("src/main/openapi/openapi.json");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private OpenApiContract() {
    }

    public static void assertServedMatchesCommitted() throws IOException {
        String served = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        JsonNode servedTree = JSON.readTree(served);
        String canonical = JSON.writeValueAsString(JSON.treeToValue(servedTree, Object.class)) + "\n";
        if (Boolean.getBoolean("bureau.openapi.write") || !Files.exists(COMMITTED)) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, canonical);
            if (!Boolean.getBoolean("bureau.openapi.write")) {
                Assertions.fail(COMMITTED + " did not exist: written now; review and commit it");
            }
            return;
        }
        JsonNode committed = JSON.readTree(Files.readString(COMMITTED));
        Assertions.assertEquals(committed, servedTree,
                "The served OpenAPI document differs from " + COMMITTED
                        + ". If the change is intended, run the tests with -Dbureau.openapi.write=true and commit the file.");
    }
}
