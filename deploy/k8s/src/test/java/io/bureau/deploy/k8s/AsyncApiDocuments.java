package io.bureau.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The topics each app's committed AsyncAPI 3 document ({@code src/main/asyncapi/asyncapi.yaml}) sends to and receives from. */
record AsyncApiDocuments(Map<String, Topics> byApp) {

    record Topics(Set<String> all, Set<String> sends, Set<String> receives) {
    }

    static AsyncApiDocuments of(Path repositoryRoot) {
        Map<String, Topics> byApp = new TreeMap<>();
        for (Bureau.App app : Bureau.APPS) {
            Path document = repositoryRoot.resolve(app.name()).resolve("src/main/asyncapi/asyncapi.yaml");
            if (Files.isRegularFile(document)) {
                byApp.put(app.name(), read(document));
            }
        }
        return new AsyncApiDocuments(byApp);
    }

    static Topics read(Path document) {
        JsonNode root;
        try {
            root = Kustomize.YAML.readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(document.toString(), e);
        }
        Map<String, String> addressOfChannel = new TreeMap<>();
        root.path("channels").fields().forEachRemaining(c -> addressOfChannel.put(c.getKey(), c.getValue().path("address").asText()));
        Set<String> sends = new TreeSet<>();
        Set<String> receives = new TreeSet<>();
        root.path("operations").forEach(operation -> {
            String ref = operation.path("channel").path("$ref").asText();
            String address = addressOfChannel.get(ref.substring(ref.lastIndexOf('/') + 1));
            if (address == null) {
                throw new IllegalArgumentException(document + ": operation names an unknown channel " + ref);
            }
            ("send".equals(operation.path("action").asText()) ? sends : receives).add(address);
        });
        return new Topics(new TreeSet<>(addressOfChannel.values()), sends, receives);
    }
}
