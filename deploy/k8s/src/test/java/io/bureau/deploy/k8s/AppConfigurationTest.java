package io.bureau.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The manifests follow each app's own configuration (src/main/resources/application.properties):
 * its name (the Kafka consumer group the KafkaUser admits), its ports (probes, Services,
 * NetworkPolicies), and every environment variable its configuration reads with a local default
 * (a gateway left on http://127.0.0.1:8081 would route nowhere).
 */
class AppConfigurationTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    @ParameterizedTest
    @EnumSource(ManifestRules.Environment.class)
    void everyDeploymentMatchesItsAppsConfiguration(ManifestRules.Environment environment) throws IOException {
        List<ObjectNode> objects = OverlaysTest.render(environment);
        List<String> faults = new ArrayList<>();
        for (Bureau.App app : Bureau.APPS) {
            Path file = OverlaysTest.REPOSITORY.resolve(app.name()).resolve("src/main/resources/application.properties");
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            expect(faults, app, "quarkus.application.name", properties, app.name());
            expect(faults, app, "quarkus.http.port", properties, String.valueOf(app.port()));
            expect(faults, app, "quarkus.management.port", properties, String.valueOf(app.managementPort()));

            Set<String> provided = environmentOf(objects, app);
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("%")) {
                    continue; // dev and test profiles do not run here
                }
                Matcher variable = PLACEHOLDER.matcher(properties.getProperty(key));
                while (variable.find()) {
                    if (!provided.contains(variable.group(1))) {
                        faults.add(app.name() + ": " + key + " reads " + variable.group(1) + ", which the Deployment does not set");
                    }
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    private static void expect(List<String> faults, Bureau.App app, String key, Properties properties, String expected) {
        if (!expected.equals(properties.getProperty(key))) {
            faults.add(app.name() + ": " + key + " is " + properties.getProperty(key) + ", the manifests assume " + expected);
        }
    }

    /** The names of the variables the app's container gets: env entries and the ConfigMaps of envFrom. */
    private static Set<String> environmentOf(List<ObjectNode> objects, Bureau.App app) {
        Set<String> names = new HashSet<>();
        ObjectNode deployment = find(objects, "Deployment/" + app.name());
        for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
            container.path("env").forEach(e -> names.add(e.path("name").asText()));
            for (JsonNode from : container.path("envFrom")) {
                ObjectNode configMap = find(objects, "ConfigMap/" + from.path("configMapRef").path("name").asText());
                configMap.path("data").fieldNames().forEachRemaining(names::add);
            }
        }
        return names;
    }

    private static ObjectNode find(List<ObjectNode> objects, String id) {
        return objects.stream().filter(o -> ManifestRules.id(o).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + ": missing"));
    }
}
