package io.bureau.deploy.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules fail a broken overlay, naming each fault (src/test/resources/broken). */
class BrokenManifestsTest {

    private static final Path BROKEN = OverlaysTest.MODULE.resolve("src/test/resources/broken");

    @Test
    void everyFaultIsReported() {
        List<ObjectNode> objects = Kustomize.render(BROKEN);
        // The services' committed documents, but staff's replaced by one that publishes an extra topic.
        Map<String, AsyncApiDocuments.Topics> byApp = new java.util.HashMap<>(AsyncApiDocuments.of(OverlaysTest.REPOSITORY).byApp());
        byApp.put("staff-service", AsyncApiDocuments.read(BROKEN.resolve("staff-asyncapi.yaml")));
        AsyncApiDocuments documents = new AsyncApiDocuments(byApp);

        List<String> violations = ManifestRules.check(objects, ManifestRules.Environment.PROD, documents);
        String report = String.join("\n", violations);

        List<String> expected = List.of(
                "Secret/leaked: holds secret values",
                "Deployment/staff-service: production runs at least 2 replicas",
                "Deployment/staff-service: container app: has no readinessProbe",
                "Deployment/staff-service: container app: resources.limits.cpu missing",
                "Deployment/staff-service: container app: resources.limits.memory missing",
                "Deployment/scheduling-service: container app: image registry.example.com/bureau/scheduling-service:latest uses latest",
                "Deployment/procurement-service: unknown field .spec.template.spec.containers[0].livenesProbe",
                "Deployment/procurement-service: pod securityContext.runAsNonRoot must be true",
                "Deployment/procurement-service: container app: runAsNonRoot must be true",
                "Deployment/procurement-service: container app: allowPrivilegeEscalation must be false",
                "Deployment/reviews-service: container app: JAVA_OPTS_APPEND names a garbage collector",
                "Deployment/reviews-service: container app: heap, metaspace and code cache may reach 608Mi, over the memory limit 512Mi",
                "NetworkPolicy/api-gateway: admits {\"namespaceSelector\":{}} on [8080]",
                "NetworkPolicy/api-gateway: does not admit ingress-controller on port 8080",
                "NetworkPolicy/api-gateway: does not admit monitoring on port 9080",
                "NetworkPolicy/reviews-service: does not admit gateway on port 9083 (the gateway's readiness polls it)",
                "NetworkPolicy/procurement-db: does not admit procurement-service on port 5432",
                "KafkaTopic/bureau.staff.employee: unknown field .spec.partiton",
                "KafkaTopic/bureau.staff.employee: production topics have 3 replicas and min.insync.replicas 2",
                "KafkaTopic for bureau.staff.payroll: missing",
                "KafkaUser/staff-service: cannot write bureau.staff.payroll",
                "KafkaUser/staff-service: reads [bureau.reviews.case, bureau.reviews.counseling, bureau.reviews.enrolment, bureau.reviews.improvement-plan, bureau.reviews.review, bureau.reviews.training] but staff-service consumes [bureau.reviews.training]");
        for (String violation : expected) {
            assertTrue(violations.stream().anyMatch(v -> v.startsWith(violation)), "not reported: " + violation + "\nreported:\n" + report);
        }
        assertEquals(expected.size(), violations.size(), "reported more than the fixture broke:\n" + report);
    }

    @Test
    void aKustomizationFeatureTheRendererDoesNotKnowIsRefused() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("kustomization");
        java.nio.file.Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\nnamePrefix: x-\n");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir));
        assertTrue(refused.getMessage().contains("'namePrefix' is not supported"), refused.getMessage());
    }

    @Test
    void aPatchThatMatchesNothingIsRefused() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("kustomization");
        java.nio.file.Files.writeString(dir.resolve("kustomization.yaml"), """
                resources:
                  - %s
                patches:
                  - patch: |-
                      apiVersion: apps/v1
                      kind: Deployment
                      metadata:
                        name: staff-servic
                      spec:
                        replicas: 3
                """.formatted(OverlaysTest.MODULE.resolve("base")));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir));
        assertTrue(refused.getMessage().contains("matches no resource"), refused.getMessage());
    }
}
