package io.bureau.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the part of Kustomize this
 * repository uses: {@code resources} (files of one or more documents, and directories holding a
 * kustomization), {@code patches} (strategic-merge patches, by the patch's own kind and name or
 * by a {@code target}), {@code namespace}, {@code labels} (without selectors) and {@code images}.
 * Anything else in a kustomization is refused rather than ignored, so a manifest never relies on
 * a feature this renderer would silently skip. Order as Kustomize's: resources, patches,
 * namespace, labels, images.
 */
final class Kustomize {

    static final YAMLMapper YAML = new YAMLMapper();

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "patches", "namespace", "labels", "images");
    /** Kinds without a namespace (the ones that could appear here). */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
            "StorageClass", "PersistentVolume", "IngressClass", "PriorityClass");
    /** Kinds whose pod template gets {@code labels[].includeTemplates} labels and whose containers get {@code images}. */
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");

    private Kustomize() {
    }

    static List<ObjectNode> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + dir);
        }
        JsonNode k = readOne(file);
        k.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(file + ": '" + field + "' is not supported by this renderer");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : k.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                objects.addAll(readAll(path));
            }
        }
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, file, patch, objects);
        }
        if (k.hasNonNull("namespace")) {
            String namespace = k.get("namespace").asText();
            for (ObjectNode o : objects) {
                if (!CLUSTER_SCOPED.contains(o.path("kind").asText())) {
                    metadata(o).put("namespace", namespace);
                }
            }
        }
        for (JsonNode entry : k.path("labels")) {
            if (entry.path("includeSelectors").asBoolean(false)) {
                throw new IllegalArgumentException(file + ": labels with includeSelectors are not supported by this renderer");
            }
            boolean templates = entry.path("includeTemplates").asBoolean(false);
            for (ObjectNode o : objects) {
                addLabels(metadata(o), entry.path("pairs"));
                if (templates && WORKLOADS.contains(o.path("kind").asText())) {
                    addLabels(child(child(child(o, "spec"), "template"), "metadata"), entry.path("pairs"));
                }
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode o : objects) {
                if (WORKLOADS.contains(o.path("kind").asText())) {
                    JsonNode pod = o.path("spec").path("template").path("spec");
                    setImages(pod.path("containers"), image);
                    setImages(pod.path("initContainers"), image);
                }
            }
        }
        return objects;
    }

    /** Writes the rendered objects as one YAML stream (target/rendered/<overlay>.yaml: compare it with {@code kubectl kustomize}). */
    static void write(List<ObjectNode> objects, Path file) {
        try {
            Files.createDirectories(file.getParent());
            StringBuilder yaml = new StringBuilder();
            for (ObjectNode o : objects) {
                yaml.append(YAML.writeValueAsString(o));
            }
            Files.writeString(file, yaml.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static List<ObjectNode> readAll(Path file) {
        List<ObjectNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc instanceof ObjectNode o && !o.isEmpty()) {
                    docs.add(o);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return docs;
    }

    private static JsonNode readOne(Path file) {
        List<ObjectNode> docs = readAll(file);
        if (docs.size() != 1) {
            throw new IllegalArgumentException(file + " must hold exactly one document");
        }
        return docs.get(0);
    }

    private static void applyPatch(Path dir, Path kustomization, JsonNode entry, List<ObjectNode> objects) {
        entry.fieldNames().forEachRemaining(field -> {
            if (!Set.of("path", "patch", "target").contains(field)) {
                throw new IllegalArgumentException(kustomization + ": patches[]." + field + " is not supported by this renderer");
            }
        });
        ObjectNode patch;
        if (entry.has("path")) {
            patch = (ObjectNode) readOne(dir.resolve(entry.get("path").asText()));
        } else {
            try {
                patch = (ObjectNode) YAML.readTree(entry.path("patch").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (patch.isArray() || patch.has("op")) {
            throw new IllegalArgumentException(kustomization + ": JSON 6902 patches are not supported by this renderer");
        }
        List<ObjectNode> targets = new ArrayList<>();
        JsonNode target = entry.get("target");
        for (ObjectNode o : objects) {
            if (target == null ? sameId(o, patch) : selected(o, target)) {
                targets.add(o);
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(kustomization + ": patch " + entry + " matches no resource");
        }
        for (ObjectNode o : targets) {
            ObjectNode body = patch.deepCopy();
            // With a target, the patch's own name is only a placeholder.
            ObjectNode meta = (ObjectNode) body.get("metadata");
            if (meta != null) {
                meta.remove("name");
                meta.remove("namespace");
            }
            body.remove("apiVersion");
            body.remove("kind");
            merge(o, body, isBuiltIn(o.path("apiVersion").asText()), "");
        }
    }

    private static boolean sameId(ObjectNode o, JsonNode patch) {
        return o.path("kind").asText().equals(patch.path("kind").asText())
                && group(o.path("apiVersion").asText()).equals(group(patch.path("apiVersion").asText()))
                && o.path("metadata").path("name").asText().equals(patch.path("metadata").path("name").asText());
    }

    private static boolean selected(ObjectNode o, JsonNode target) {
        target.fieldNames().forEachRemaining(field -> {
            if (!Set.of("kind", "name", "group", "version").contains(field)) {
                throw new IllegalArgumentException("patch target field '" + field + "' is not supported by this renderer");
            }
        });
        return (!target.has("kind") || target.get("kind").asText().equals(o.path("kind").asText()))
                && (!target.has("group") || target.get("group").asText().equals(group(o.path("apiVersion").asText())))
                && (!target.has("name") || Pattern.matches(target.get("name").asText(), o.path("metadata").path("name").asText()));
    }

    private static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** The Kubernetes API's own kinds merge lists by key; custom resources' lists are replaced (JSON merge patch). */
    private static boolean isBuiltIn(String apiVersion) {
        String group = group(apiVersion);
        return group.isEmpty() || !group.contains(".") || group.endsWith(".k8s.io");
    }

    /** Strategic merge: maps merge, null deletes, lists of known element kinds merge by their key, other lists are replaced. */
    private static void merge(ObjectNode into, ObjectNode patch, boolean builtIn, String path) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.startsWith("$")) {
                throw new IllegalArgumentException("patch directive " + name + " is not supported by this renderer");
            }
            JsonNode existing = into.get(name);
            String mergeKey = builtIn ? MERGE_KEYS.get(name) : null;
            if (value.isNull()) {
                into.remove(name);
            } else if (value.isObject() && existing instanceof ObjectNode existingObject) {
                merge(existingObject, (ObjectNode) value, builtIn, path + "/" + name);
            } else if (value.isArray() && existing instanceof ArrayNode existingArray && mergeKey != null) {
                for (JsonNode item : value) {
                    ObjectNode match = null;
                    for (JsonNode candidate : existingArray) {
                        if (candidate.path(mergeKey).equals(item.path(mergeKey))) {
                            match = (ObjectNode) candidate;
                        }
                    }
                    if (match == null) {
                        existingArray.add(item.deepCopy());
                    } else {
                        merge(match, (ObjectNode) item, builtIn, path + "/" + name);
                    }
                }
            } else {
                into.set(name, value.deepCopy());
            }
        }
    }

    /** patchMergeKey of the lists the Kubernetes API merges by key (the ones a pod template and its neighbours hold). */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath",
            "ports", "containerPort",
            "imagePullSecrets", "name");

    private static void setImages(JsonNode containers, JsonNode image) {
        for (JsonNode c : containers) {
            String ref = c.path("image").asText();
            String name = imageName(ref);
            if (!name.equals(image.path("name").asText())) {
                continue;
            }
            String rest = ref.substring(name.length());
            String newName = image.has("newName") ? image.get("newName").asText() : name;
            if (image.has("digest")) {
                rest = "@" + image.get("digest").asText();
            } else if (image.has("newTag")) {
                rest = ":" + image.get("newTag").asText();
            }
            ((ObjectNode) c).put("image", newName + rest);
        }
    }

    /** The image reference without its tag or digest (a registry's port is kept). */
    static String imageName(String ref) {
        int at = ref.indexOf('@');
        String withoutDigest = at < 0 ? ref : ref.substring(0, at);
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    private static void addLabels(ObjectNode metadata, JsonNode pairs) {
        ObjectNode labels = child(metadata, "labels");
        pairs.fields().forEachRemaining(pair -> labels.put(pair.getKey(), pair.getValue().asText()));
    }

    private static ObjectNode metadata(ObjectNode o) {
        return child(o, "metadata");
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node instanceof ObjectNode o) {
            return o;
        }
        return parent.putObject(name);
    }
}
