package io.bureau.deploy.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders each overlay as {@code kubectl apply -k} would and holds every object to the rules. */
class OverlaysTest {

    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path REPOSITORY = MODULE.getParent().getParent();

    static List<ObjectNode> render(ManifestRules.Environment environment) {
        String overlay = environment.name().toLowerCase(Locale.ROOT);
        List<ObjectNode> objects = Kustomize.render(MODULE.resolve("overlays").resolve(overlay));
        Kustomize.write(objects, MODULE.resolve("target/rendered").resolve(overlay + ".yaml"));
        return objects;
    }

    @ParameterizedTest
    @EnumSource(ManifestRules.Environment.class)
    void everyObjectKeepsTheRules(ManifestRules.Environment environment) {
        List<String> violations = ManifestRules.check(render(environment), environment, AsyncApiDocuments.of(REPOSITORY));

        assertEquals(List.of(), violations, "overlay " + environment + ":\n" + String.join("\n", violations));
    }

    @ParameterizedTest
    @EnumSource(ManifestRules.Environment.class)
    void everyObjectLandsInTheOverlaysNamespace(ManifestRules.Environment environment) {
        String namespace = environment == ManifestRules.Environment.PROD ? "bureau" : "bureau-dev";
        List<ObjectNode> objects = render(environment);

        Set<String> namespaces = objects.stream().filter(o -> !ManifestRules.kind(o).equals("Namespace"))
                .map(o -> o.path("metadata").path("namespace").asText()).collect(Collectors.toSet());
        List<String> declared = objects.stream().filter(o -> ManifestRules.kind(o).equals("Namespace")).map(ManifestRules::name).toList();

        assertEquals(Set.of(namespace), namespaces);
        assertEquals(List.of(namespace), declared);
    }

    @Test
    void theRulesSeeWhatTheyCheck() {
        // A rule over nothing passes: make sure the overlays hold what the rules look at.
        List<ObjectNode> prod = render(ManifestRules.Environment.PROD);
        assertEquals(5, count(prod, "Deployment"));
        assertEquals(5, count(prod, "HorizontalPodAutoscaler"));
        assertEquals(5, count(prod, "PodDisruptionBudget"));
        assertEquals(4, count(prod, "Cluster"));
        assertEquals(4, count(prod, "ScheduledBackup"));
        assertEquals(5, count(prod, "KafkaUser"), "four services and the operators' replay user");
        assertTrue(count(prod, "KafkaTopic") >= Bureau.CATALOGUE_TOPICS.size() + 4);
        AsyncApiDocuments documents = AsyncApiDocuments.of(REPOSITORY);
        assertTrue(documents.byApp().keySet().containsAll(Set.of("staff-service", "scheduling-service")),
                "the services' AsyncAPI documents were not found under " + REPOSITORY + ": " + documents.byApp().keySet());
        assertTrue(documents.byApp().get("staff-service").sends().contains("bureau.staff.job-opening"));
    }

    @Test
    void eachOverlayPinsItsImages() {
        Set<String> prod = images(render(ManifestRules.Environment.PROD));
        Set<String> dev = images(render(ManifestRules.Environment.DEV));

        assertEquals(Bureau.APPS.stream().map(a -> "registry.example.com/bureau/" + a.name() + ":0.1.0").collect(Collectors.toCollection(TreeSet::new)), prod);
        assertEquals(Bureau.APPS.stream().map(a -> "bureau/" + a.name() + ":0.1.0").collect(Collectors.toCollection(TreeSet::new)), dev);
    }

    @Test
    void devRunsOneOfEverything() {
        List<ObjectNode> dev = render(ManifestRules.Environment.DEV);

        dev.stream().filter(o -> ManifestRules.kind(o).equals("Deployment"))
                .forEach(d -> assertEquals(1, d.path("spec").path("replicas").asInt(), ManifestRules.id(d)));
        dev.stream().filter(o -> ManifestRules.kind(o).equals("Cluster"))
                .forEach(c -> assertEquals(1, c.path("spec").path("instances").asInt(), ManifestRules.id(c)));
        dev.stream().filter(o -> ManifestRules.kind(o).equals("KafkaNodePool"))
                .forEach(p -> assertEquals(1, p.path("spec").path("replicas").asInt(), ManifestRules.id(p)));
        assertEquals(0, count(dev, "HorizontalPodAutoscaler"));
    }

    static long count(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> ManifestRules.kind(o).equals(kind)).count();
    }

    static Set<String> images(List<ObjectNode> objects) {
        Set<String> images = new TreeSet<>();
        objects.stream().filter(o -> ManifestRules.kind(o).equals("Deployment"))
                .forEach(d -> d.path("spec").path("template").path("spec").path("containers").forEach(c -> images.add(c.path("image").asText())));
        return images;
    }
}
