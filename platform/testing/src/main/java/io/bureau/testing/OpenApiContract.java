package io.bureau.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The OpenAPI document a service serves is its contract with front-end teams and generated
 * clients. These checks hold for every service: it is committed under
 * {@code src/main/openapi/openapi.json} and must not drift from the served one (after an intended
 * change, regenerate it with {@code -Dbureau.openapi.write=true} and review the diff); every
 * operation is named, summarised, described and documents its answer and its problems; every
 * object a response carries lists its required properties; schema names cannot collide in the
 * gateway's merged document.
 */
public final class OpenApiContract {

    public static final Path COMMITTED = Path.of("src/main/openapi/openapi.json");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** Schemas the platform gives every service, identical everywhere, so the gateway may merge them. */
    public static final Set<String> PLATFORM_SCHEMAS = Set.of("UUID", "LocalDate", "LocalTime", "OffsetDateTime",
            "Instant", "DayOfWeek", "Problem", "ProblemField");

    private static final List<String> SHARED_PROBLEMS = List.of("400", "401", "403", "500", "503");

    private OpenApiContract() {
    }

    /** Served document, as the service answers it. */
    public static JsonNode served() throws IOException {
        return JSON.readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    /**
     * Every operation has an operationId, a summary and a description, a success answer with a
     * schema (or a 204), and the shared problems as {@code application/problem+json}.
     */
    public static void assertEveryOperationIsDocumented(JsonNode document) {
        List<String> lacking = new ArrayList<>();
        operations(document).forEach((name, operation) -> {
            for (String field : List.of("operationId", "summary", "description")) {
                if (operation.path(field).asText("").isBlank()) {
                    lacking.add(name + ": no " + field);
                }
            }
            JsonNode responses = operation.path("responses");
            boolean answers = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> response = it.next();
                answers |= response.getKey().equals("204") || response.getKey().startsWith("2")
                        && hasSchema(response.getValue().path("content"));
            }
            if (!answers) {
                lacking.add(name + ": no documented success answer with a schema");
            }
            for (String status : SHARED_PROBLEMS) {
                if (responses.path(status).path("content").path("application/problem+json").isMissingNode()) {
                    lacking.add(name + ": " + status + " is not documented as application/problem+json");
                }
            }
        });
        Assertions.assertEquals(List.of(), lacking, "operations whose documentation lacks something");
    }

    /**
     * Every object schema reachable from a response lists its required properties, so a generated
     * client can trust which fields are always there (the others are left out when absent).
     */
    public static void assertResponseSchemasListRequiredProperties(JsonNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        Deque<JsonNode> pending = new ArrayDeque<>();
        operations(document).values().forEach(operation -> operation.path("responses")
                .forEach(response -> response.path("content").forEach(media -> pending.add(media.path("schema")))));
        Set<String> seen = new HashSet<>();
        List<String> lacking = new ArrayList<>();
        while (!pending.isEmpty()) {
            JsonNode schema = pending.pop();
            String ref = schema.path("$ref").asText(null);
            if (ref != null) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                if (seen.add(name)) {
                    JsonNode target = schemas.path(name);
                    if (target.has("properties") && (!target.has("required") || target.path("required").isEmpty())) {
                        lacking.add(name);
                    }
                    pending.add(target);
                }
                continue;
            }
            schema.path("properties").forEach(pending::add);
            for (String nested : List.of("items", "additionalProperties")) {
                if (schema.path(nested).isObject()) {
                    pending.add(schema.path(nested));
                }
            }
            for (String combined : List.of("allOf", "anyOf", "oneOf")) {
                schema.path(combined).forEach(pending::add);
            }
        }
        Assertions.assertEquals(List.of(), lacking.stream().sorted().toList(),
                "response schemas that do not list their required properties");
    }

    /**
     * The gateway merges same-named schemas of all services silently: every schema is either one
     * the platform shares or named after a feature of this service.
     */
    public static void assertSchemaNamesCannotCollide(JsonNode document, Pattern ownSchemaNames) {
        List<String> ambiguous = new ArrayList<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (!PLATFORM_SCHEMAS.contains(name) && !ownSchemaNames.matcher(name).matches()) {
                ambiguous.add(name);
            }
        });
        Assertions.assertEquals(List.of(), ambiguous.stream().sorted().toList(),
                "schema names that could collide with another service's in the merged contract");
    }

    /** "POST /api/v1/things" → operation, in document order. */
    public static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (method.getValue().has("responses")) {
                operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
        return operations;
    }

    private static boolean hasSchema(JsonNode content) {
        for (JsonNode media : content) {
            if (media.has("schema")) {
                return true;
            }
        }
        return false;
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
