package io.bureau.gateway.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Merges the services' committed OpenAPI documents and the gateway's own into the one front-end
 * contract. Deterministic: the same inputs give the same bytes. A schema name two services use for
 * different schemas is prefixed with the later service's name (with every reference to it); the
 * same schema in several documents (Problem, UUID) appears once. Anything else that two documents
 * define differently (a path, an operation id, a tag, a security scheme) stops the merge, naming it.
 */
final class ContractMerger {

    /** One input: the service that owns it (as the gateway's configuration names it) and its document. */
    record Source(String service, String domain, JsonNode document) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA_REF = "#/components/schemas/";

    private ContractMerger() {
    }

    static ObjectNode merge(List<Source> sources) {
        ObjectNode merged = JSON.createObjectNode();
        merged.put("openapi", "3.1.0");
        merged.set("info", info());
        merged.set("servers", JSON.createArrayNode().add(JSON.createObjectNode().put("url", "/")
                .put("description", "The Bureau API gateway")));
        Map<String, JsonNode> tags = new LinkedHashMap<>();
        Map<String, List<String>> tagsByDomain = new LinkedHashMap<>();
        Map<String, JsonNode> paths = new TreeMap<>();
        Map<String, Map<String, JsonNode>> components = new TreeMap<>();
        Map<String, String> operationOwners = new HashMap<>();

        for (Source source : sources) {
            JsonNode document = withRenamedSchemas(source, components.getOrDefault("schemas", Map.of()));
            List<String> domainTags = tagsByDomain.computeIfAbsent(source.domain(), d -> new ArrayList<>());
            for (JsonNode tag : document.path("tags")) {
                String name = tag.path("name").asText();
                if (tags.containsKey(name)) {
                    throw new IllegalStateException("tag '" + name + "' is defined by two documents; " + source.service() + " must rename it");
                }
                ObjectNode copy = tag.deepCopy();
                copy.put("x-bureau-service", source.service());
                tags.put(name, copy);
                domainTags.add(name);
            }
            document.path("paths").fields().forEachRemaining(entry -> {
                if (paths.containsKey(entry.getKey())) {
                    throw new IllegalStateException("path " + entry.getKey() + " is in two documents (again in " + source.service() + ")");
                }
                ObjectNode item = entry.getValue().deepCopy();
                item.put(MergedContract.SERVICE_EXTENSION, source.service());
                item.fields().forEachRemaining(operation -> tagAndCheck(operation.getValue(), source, entry.getKey(),
                        operationOwners, tags, domainTags));
                paths.put(entry.getKey(), item);
            });
            document.path("components").fields().forEachRemaining(kind -> kind.getValue().fields().forEachRemaining(component -> {
                Map<String, JsonNode> ofKind = components.computeIfAbsent(kind.getKey(), k -> new TreeMap<>());
                JsonNode existing = ofKind.putIfAbsent(component.getKey(), component.getValue());
                if (existing != null && !existing.equals(component.getValue())) {
                    throw new IllegalStateException("components/" + kind.getKey() + "/" + component.getKey()
                            + " differs between documents (again in " + source.service() + ")");
                }
            }));
        }
        ArrayNode tagList = merged.putArray("tags");
        tags.values().forEach(tagList::add);
        ArrayNode groups = merged.putArray("x-tagGroups");
        tagsByDomain.forEach((domain, names) -> {
            if (!names.isEmpty()) {
                ObjectNode group = groups.addObject().put("name", domain);
                names.forEach(group.putArray("tags")::add);
            }
        });
        ObjectNode pathsNode = merged.putObject("paths");
        paths.forEach(pathsNode::set);
        ObjectNode componentsNode = merged.putObject("components");
        components.forEach((kind, entries) -> {
            ObjectNode ofKind = componentsNode.putObject(kind);
            entries.forEach(ofKind::set);
        });
        return merged;
    }

    /** Lists every $ref that names a component the document does not define. */
    static List<String> danglingReferences(JsonNode document) {
        List<String> dangling = new ArrayList<>();
        collectRefs(document, ref -> {
            if (ref.startsWith("#/")) {
                JsonNode target = document.at(ref.substring(1));
                if (target.isMissingNode()) {
                    dangling.add(ref);
                }
            }
        });
        return dangling;
    }

    private static void tagAndCheck(JsonNode operation, Source source, String path, Map<String, String> owners,
            Map<String, JsonNode> tags, List<String> domainTags) {
        if (!(operation instanceof ObjectNode op) || !op.has("responses")) {
            return;
        }
        if (path.startsWith("/api/v1/") && !op.path("responses").has("429")) {
            // The gateway's rate limits (token buckets per caller and route class) apply to every API route.
            ObjectNode tooMany = ((ObjectNode) op.get("responses")).putObject("429")
                    .put("description", "Too many requests by this caller for this kind of request; retry after the time given");
            tooMany.putObject("headers").putObject("Retry-After").put("description", "Seconds to wait before retrying")
                    .putObject("schema").put("type", "integer");
            tooMany.putObject("content").putObject("application/problem+json").putObject("schema")
                    .put("$ref", SCHEMA_REF + "Problem");
        }
        if (path.startsWith("/api/v1/") && !op.path("responses").has("504")) {
            // The gateway's per-service timeout: the service took too long to answer.
            ((ObjectNode) op.get("responses")).putObject("504")
                    .put("description", "The service behind the gateway did not answer in time; the problem names it")
                    .putObject("content").putObject("application/problem+json").putObject("schema")
                    .put("$ref", SCHEMA_REF + "Problem");
        }
        String id = op.path("operationId").asText(null);
        if (id != null) {
            String owner = owners.putIfAbsent(id, source.service() + " " + path);
            if (owner != null) {
                throw new IllegalStateException("operationId " + id + " is used by " + owner + " and " + source.service() + " " + path);
            }
        }
        if (!op.has("tags") || op.path("tags").isEmpty()) {
            // Untagged operations are grouped under their domain's name.
            op.putArray("tags").add(source.domain());
            if (!tags.containsKey(source.domain())) {
                tags.put(source.domain(), JSON.createObjectNode().put("name", source.domain())
                        .put("x-bureau-service", source.service()));
                domainTags.add(source.domain());
            }
        }
    }

    /**
     * The document with each schema whose name another document already uses for something else
     * renamed to {@code <Service><Name>}, and every reference to it rewritten. Repeated until stable,
     * since a rename changes the schemas that refer to the renamed one.
     */
    private static JsonNode withRenamedSchemas(Source source, Map<String, JsonNode> mergedSchemas) {
        Map<String, String> renames = new HashMap<>();
        while (true) {
            JsonNode rewritten = rewrite(source.document(), renames);
            Set<String> more = new HashSet<>();
            rewritten.path("components").path("schemas").fields().forEachRemaining(schema -> {
                JsonNode existing = mergedSchemas.get(schema.getKey());
                if (existing != null && !existing.equals(schema.getValue())) {
                    more.add(schema.getKey());
                }
            });
            if (more.isEmpty()) {
                return rewritten;
            }
            for (String name : more) {
                String original = renames.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey)
                        .findFirst().orElse(name);
                if (renames.containsKey(original)) {
                    throw new IllegalStateException("schema " + name + " of " + source.service() + " collides even when renamed");
                }
                renames.put(original, capitalised(source.service()) + original);
            }
        }
    }

    private static JsonNode rewrite(JsonNode document, Map<String, String> renames) {
        JsonNode copy = document.deepCopy();
        if (renames.isEmpty()) {
            return copy;
        }
        rewriteRefs(copy, renames);
        JsonNode schemas = copy.path("components").path("schemas");
        if (schemas instanceof ObjectNode schemaNode) {
            Map<String, JsonNode> renamed = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = schemaNode.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> schema = fields.next();
                renamed.put(renames.getOrDefault(schema.getKey(), schema.getKey()), schema.getValue());
            }
            schemaNode.removeAll();
            renamed.forEach(schemaNode::set);
        }
        return copy;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                String name = ref.asText().substring(SCHEMA_REF.length());
                if (renames.containsKey(name)) {
                    object.set("$ref", TextNode.valueOf(SCHEMA_REF + renames.get(name)));
                }
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }

    private static void collectRefs(JsonNode node, java.util.function.Consumer<String> found) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                found.accept(ref.asText());
            }
        }
        node.elements().forEachRemaining(child -> collectRefs(child, found));
    }

    private static String capitalised(String service) {
        return Character.toUpperCase(service.charAt(0)) + service.substring(1);
    }

    private static ObjectNode info() {
        ObjectNode info = JSON.createObjectNode();
        info.put("title", "Bureau API");
        info.put("version", "1.0.0");
        info.put("description", """
                The one contract of Bureau, an office-management backend, as its gateway serves it: people and \
                hiring (staff), the work and its planning (scheduling), performance, training and relations \
                (reviews), supplies, equipment and budgets (procurement). Callers present a JWT bearer token; \
                errors are RFC 9457 problems (application/problem+json); every object carries a version that \
                responses send as an ETag and updates take as If-Match; every POST accepts an Idempotency-Key.""");
        info.putObject("license").put("name", "Apache-2.0").put("identifier", "Apache-2.0");
        return info;
    }
}
