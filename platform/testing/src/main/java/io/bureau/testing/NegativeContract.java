package io.bureau.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A contract-driven negative test every service runs: for each operation of its OpenAPI document
 * it sends, per parameter and body field, values of the wrong type, out of range (the largest
 * integers, negatives), unknown enum values, empty and very long strings, NUL and other control
 * characters, unknown fields and malformed JSON, with a token whose role the operation allows.
 * Every answer must be a status the operation documents, never a 5xx; every 4xx an
 * {@code application/problem+json}; and text the service must refuse (control characters, a
 * megabyte in one field) must not be accepted. Seeded and capped per operation, so a run is
 * repeatable and takes seconds.
 */
public final class NegativeContract {

    public static final long SEED = 20_261_128L;
    public static final int CASES_PER_OPERATION = 40;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MEGABYTE = "x".repeat(1024 * 1024);
    /** Long, but within what an HTTP request line may carry. */
    private static final String LONG_QUERY_VALUE = "x".repeat(2000);

    private final JsonNode document;
    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();

    private NegativeContract(JsonNode document) {
        this.document = document;
    }

    /** Runs against the service's committed document ({@code src/main/openapi/openapi.json}). */
    public static void assertCommittedContractRefusesBadInput() throws IOException {
        assertRefusesBadInput(JSON.readTree(Files.readString(OpenApiContract.COMMITTED)), Set.of());
    }

    /** Runs against {@code document}, leaving out operations named like "GET /path" in {@code excluded}. */
    public static void assertRefusesBadInput(JsonNode document, Set<String> excluded) {
        NegativeContract run = new NegativeContract(document);
        OpenApiContract.operations(document).forEach((name, operation) -> {
            if (!excluded.contains(name)) {
                run.check(name, operation);
            }
        });
        Assertions.assertEquals(List.of(), run.failures, run.failures.size() + " bad inputs were not refused as documented");
    }

    private record Case(String description, Map<String, String> query, Map<String, String> headers, String body,
                        boolean mustBeRefused) {
    }

    private void check(String name, JsonNode operation) {
        String method = name.substring(0, name.indexOf(' '));
        String path = name.substring(name.indexOf(' ') + 1);
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            if ("path".equals(parameter.path("in").asText())) {
                pathValues.put(parameter.path("name").asText(), UUID.randomUUID().toString());
            }
        }
        String target = path;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            target = target.replace("{" + value.getKey() + "}", value.getValue());
        }
        JsonNode bodySchema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
        String validBody = bodySchema.isMissingNode() ? null : JSON.valueToTree(example(bodySchema, 0)).toString();

        List<Case> cases = new ArrayList<>();
        for (JsonNode parameter : parameters) {
            String in = parameter.path("in").asText();
            String parameterName = parameter.path("name").asText();
            if ("query".equals(in)) {
                for (Object[] bad : badTextValues(resolve(parameter.path("schema")), false)) {
                    cases.add(new Case("query " + parameterName + "=" + bad[0], Map.of(parameterName, (String) bad[1]),
                            Map.of(), validBody, (Boolean) bad[2]));
                }
            } else if ("header".equals(in)) {
                for (String bad : List.of("", "not a \"version\"", "x".repeat(300))) {
                    cases.add(new Case("header " + parameterName + "=" + describe(bad), Map.of(),
                            Map.of(parameterName, bad), validBody, false));
                }
            }
        }
        if (validBody != null) {
            cases.add(new Case("malformed JSON", Map.of(), Map.of(), "{\"", true));
            cases.add(new Case("a JSON array instead of an object", Map.of(), Map.of(), "[]", true));
            cases.add(new Case("JSON null", Map.of(), Map.of(), "null", true));
            cases.add(new Case("an unknown field", Map.of(), Map.of(), withField(validBody, "unknownField" + random.nextInt(1000), NODES.textNode("x")), true));
            bodyFieldCases(bodySchema, validBody, "", cases, 0);
        }
        java.util.Collections.shuffle(cases, random);
        String token = tokenFor(operation);
        for (Case c : cases.subList(0, Math.min(CASES_PER_OPERATION, cases.size()))) {
            send(name, method, target, operation, token, c);
        }
    }

    private void send(String name, String method, String target, JsonNode operation, String token, Case c) {
        RequestSpecification request = given().urlEncodingEnabled(true);
        if (token != null) {
            request.auth().oauth2(token);
        }
        c.query().forEach(request::queryParam);
        c.headers().forEach(request::header);
        if (c.body() != null) {
            request.contentType("application/json").body(c.body());
        }
        Response response = request.request(method, target);
        int status = response.statusCode();
        String documented = operation.path("responses").has(String.valueOf(status)) ? "" : " (undocumented)";
        String contentType = response.contentType() == null ? "" : response.contentType();
        String failure = null;
        if (status >= 500 || !documented.isEmpty()) {
            failure = status + documented;
        } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            failure = status + " without a problem+json body (" + contentType + ")";
        } else if (status < 400 && c.mustBeRefused()) {
            failure = status + ": accepted";
        }
        if (failure != null) {
            String detail = status >= 400 && contentType.contains("json") ? " " + abbreviate(response.asString()) : "";
            failures.add(name + " with " + c.description() + " → " + failure + detail);
        }
    }

    /** Per body field (and one level of nesting), the values a client might send wrongly. */
    private void bodyFieldCases(JsonNode schema, String validBody, String prefix, List<Case> cases, int depth) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String field = property.getKey();
            JsonNode fieldSchema = resolve(property.getValue());
            String type = typeOf(fieldSchema);
            List<Object[]> bad = new ArrayList<>();
            switch (type) {
                case "string" -> {
                    bad.add(new Object[] { "a number", NODES.numberNode(12345), false });
                    bad.add(new Object[] { "an object", NODES.objectNode(), true });
                    if (fieldSchema.has("enum")) {
                        bad.add(new Object[] { "an unknown enum value", NODES.textNode("NOT_A_VALUE_" + random.nextInt(100)), true });
                    }
                    for (Object[] text : badTextValues(fieldSchema, true)) {
                        bad.add(new Object[] { text[0], NODES.textNode((String) text[1]), text[2] });
                    }
                }
                case "integer", "number" -> {
                    bad.add(new Object[] { "text", NODES.textNode("ten"), true });
                    bad.add(new Object[] { "the largest long", NODES.numberNode(Long.MAX_VALUE), false });
                    bad.add(new Object[] { "beyond any long", NODES.numberNode(new java.math.BigInteger("99999999999999999999999")), false });
                    bad.add(new Object[] { "a negative number", NODES.numberNode(-1), false });
                    bad.add(new Object[] { "a fraction", NODES.numberNode(1.5), false });
                }
                case "boolean" -> bad.add(new Object[] { "text", NODES.textNode("maybe"), true });
                case "array" -> {
                    bad.add(new Object[] { "a string instead of a list", NODES.textNode("x"), true });
                    bad.add(new Object[] { "a list of nulls", NODES.arrayNode().addNull().addNull(), false });
                    bad.add(new Object[] { "a list of 5000 items", repeated(resolve(fieldSchema.path("items")), 5000), false });
                }
                case "object" -> {
                    bad.add(new Object[] { "a string instead of an object", NODES.textNode("x"), true });
                    if (depth == 0) {
                        String nestedValid = JSON.valueToTree(example(fieldSchema, 1)).toString();
                        List<Case> nested = new ArrayList<>();
                        bodyFieldCases(fieldSchema, nestedValid, prefix + field + ".", nested, depth + 1);
                        for (Case n : nested) {
                            cases.add(new Case(n.description(), Map.of(), Map.of(),
                                    withField(validBody, field, readTree(n.body())), n.mustBeRefused()));
                        }
                    }
                }
                default -> bad.add(new Object[] { "an array", NODES.arrayNode().add(1), false });
            }
            for (Object[] value : bad) {
                cases.add(new Case("body " + prefix + field + " = " + value[0], Map.of(), Map.of(),
                        withField(validBody, field, (JsonNode) value[1]), (Boolean) value[2]));
            }
        }
    }

    /** {description, value, must be refused}: the text values every string or parameter is tried with. */
    private List<Object[]> badTextValues(JsonNode schema, boolean body) {
        List<Object[]> values = new ArrayList<>();
        String type = typeOf(schema);
        values.add(new Object[] { "a NUL character", "a\u0000b", true });
        values.add(new Object[] { "an escape character", "a\u001Bb", true });
        values.add(new Object[] { "an empty string", "", false });
        values.add(body ? new Object[] { "a 1 MB string", MEGABYTE, true } : new Object[] { "a 2000-character string", LONG_QUERY_VALUE, false });
        if ("integer".equals(type) || "number".equals(type)) {
            values.add(new Object[] { "text", "ten", true });
            values.add(new Object[] { "the largest long", Long.toString(Long.MAX_VALUE), false });
            values.add(new Object[] { "beyond any long", "99999999999999999999999", true });
            values.add(new Object[] { "a negative number", "-1", false });
            values.add(new Object[] { "the largest int", Integer.toString(Integer.MAX_VALUE), false });
        }
        if (schema.has("enum")) {
            values.add(new Object[] { "an unknown enum value", "NOT_A_VALUE", true });
        }
        if ("uuid".equals(schema.path("format").asText())) {
            values.add(new Object[] { "not a UUID", "not-a-uuid", true });
        }
        if ("date".equals(schema.path("format").asText()) || "date-time".equals(schema.path("format").asText())) {
            values.add(new Object[] { "not a date", "yesterday", true });
        }
        if ("array".equals(type)) {
            values.add(new Object[] { "a comma", ",", false });
            values.add(new Object[] { "three parts", "a,asc,extra", false });
        }
        return values;
    }

    private String tokenFor(JsonNode operation) {
        JsonNode security = operation.path("security");
        if (!security.isArray() || security.isEmpty()) {
            return TestTokens.admin();
        }
        for (JsonNode requirement : security) {
            for (JsonNode roles : requirement) {
                if (roles.isArray() && !roles.isEmpty()) {
                    return TestTokens.employee(UUID.randomUUID(), roles.get(random.nextInt(roles.size())).asText());
                }
            }
        }
        return TestTokens.admin();
    }

    /** A plausible value for the schema: required properties filled, so one wrong field is the request's only fault. */
    private Object example(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String format = schema.path("format").asText();
        switch (typeOf(schema)) {
            case "object": {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth < 3) {
                    for (JsonNode required : schema.path("required")) {
                        object.put(required.asText(), example(schema.path("properties").path(required.asText()), depth + 1));
                    }
                }
                return object;
            }
            case "array":
                return schema.path("minItems").asInt(0) > 0 ? List.of(example(schema.path("items"), depth + 1)) : List.of();
            case "integer":
                return schema.has("minimum") ? schema.path("minimum").asLong() : 1;
            case "number":
                return schema.has("minimum") ? schema.path("minimum").asDouble() + 1 : 1.0;
            case "boolean":
                return true;
            default:
                if ("uuid".equals(format)) {
                    return UUID.randomUUID().toString();
                }
                if ("date".equals(format)) {
                    return "2026-03-02";
                }
                if ("date-time".equals(format)) {
                    return "2026-03-02T09:00:00Z";
                }
                if ("email".equals(format) || schema.toString().contains("@")) {
                    return "someone-" + random.nextInt(1_000_000) + "@bureau.example";
                }
                return "text" + random.nextInt(1_000_000);
        }
    }

    private JsonNode repeated(JsonNode itemSchema, int count) {
        var array = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            array.add(JSON.valueToTree(example(itemSchema, 1)));
        }
        return array;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.path("$ref").asText();
            JsonNode target = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
            if (current.size() > 1 && target.isObject()) {
                ObjectNode merged = target.deepCopy();
                current.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("$ref")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                current = merged;
            } else {
                current = target;
            }
        }
        if (current.has("allOf") && current.path("allOf").size() == 1) {
            return resolve(current.path("allOf").get(0));
        }
        return current;
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static String withField(String body, String field, JsonNode value) {
        ObjectNode tree = (ObjectNode) readTree(body);
        tree.set(field, value);
        return tree.toString();
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(String value) {
        return value.length() > 20 ? value.length() + " characters" : "'" + value + "'";
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 240 ? line.substring(0, 240) + "…" : line;
    }
}
