package io.bureau.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Structural checks of the operators' custom resources against {@code custom-resource-shapes.yaml}:
 * every field known, required fields present, types and enumerations right. fabric8 parses these
 * kinds only as GenericKubernetesResource, which accepts anything.
 */
final class CustomResourceShapes {

    private static final JsonNode SHAPES = load();
    private static final Set<String> OBJECT_METADATA = Set.of("name", "namespace", "labels", "annotations");

    private CustomResourceShapes() {
    }

    static void check(ObjectNode resource, Consumer<String> violation) {
        String apiVersion = resource.path("apiVersion").asText();
        String group = apiVersion.substring(0, apiVersion.indexOf('/'));
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        JsonNode shape = SHAPES.get(group + "/" + resource.path("kind").asText());
        if (shape == null) {
            violation.accept("no shape known for " + apiVersion + " " + resource.path("kind").asText());
            return;
        }
        if (!version.equals("v1")) {
            violation.accept("apiVersion " + apiVersion + ": the operators installed by the runbook serve v1");
        }
        resource.path("metadata").fieldNames().forEachRemaining(field -> {
            if (!OBJECT_METADATA.contains(field)) {
                violation.accept("unknown field metadata." + field);
            }
        });
        Iterator<Map.Entry<String, JsonNode>> fields = resource.fields();
        while (fields.hasNext()) {
            String field = fields.next().getKey();
            if (!Set.of("apiVersion", "kind", "metadata", "spec").contains(field)) {
                violation.accept("unknown field " + field);
            }
        }
        checkObject(resource, shape, "", violation, true);
    }

    private static void checkObject(JsonNode value, JsonNode shape, String path, Consumer<String> violation, boolean top) {
        if (!value.isObject()) {
            violation.accept(path + " must be an object");
            return;
        }
        shape.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            boolean required = key.endsWith("!");
            String field = required ? key.substring(0, key.length() - 1) : key;
            if (required && !value.has(field)) {
                violation.accept("required field " + path + "." + field + " missing");
            }
        });
        value.fields().forEachRemaining(entry -> {
            String field = entry.getKey();
            JsonNode fieldShape = shape.has(field) ? shape.get(field) : shape.get(field + "!");
            if (fieldShape == null) {
                if (!(top && Set.of("apiVersion", "kind", "metadata").contains(field))) {
                    violation.accept("unknown field " + path + "." + field);
                }
            } else if (top && field.equals("metadata")) {
                fieldShape.fieldNames().forEachRemaining(key -> {
                    String name = key.replace("!", "");
                    if (key.endsWith("!") && !entry.getValue().has(name)) {
                        violation.accept("required field metadata." + name + " missing");
                    }
                });
            } else {
                checkValue(entry.getValue(), fieldShape, path + "." + field, violation);
            }
        });
    }

    private static void checkValue(JsonNode value, JsonNode shape, String path, Consumer<String> violation) {
        if (shape.isObject()) {
            checkObject(value, shape, path, violation, false);
        } else if (shape.isArray()) {
            if (!value.isArray()) {
                violation.accept(path + " must be a list");
                return;
            }
            int i = 0;
            for (JsonNode item : value) {
                checkValue(item, shape.get(0), path + "[" + i++ + "]", violation);
            }
        } else {
            String type = shape.asText();
            boolean ok = switch (type) {
                case "string" -> value.isTextual();
                case "integer" -> value.isIntegralNumber();
                case "boolean" -> value.isBoolean();
                case "quantity" -> value.isTextual() && value.asText().matches("[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|k|M|G|T|m)?") || value.isNumber();
                case "map" -> value.isObject() && iterable(value.fields()).allMatch(e -> e.getValue().isValueNode());
                case "object" -> value.isObject();
                default -> type.startsWith("enum:") && value.isTextual() && Set.of(type.substring(5).split("\\|")).contains(value.asText());
            };
            if (!ok) {
                violation.accept(path + " = " + value + " is not " + type);
            }
        }
    }

    private static <T> java.util.stream.Stream<T> iterable(Iterator<T> it) {
        return java.util.stream.StreamSupport.stream(((Iterable<T>) () -> it).spliterator(), false);
    }

    private static JsonNode load() {
        try (InputStream in = CustomResourceShapes.class.getResourceAsStream("/custom-resource-shapes.yaml")) {
            return Kustomize.YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
