package io.bureau.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runbook's commands name what the manifests define: overlay paths, namespaces, objects, Secrets. */
class RunbookTest {

    private static final Path README = OverlaysTest.MODULE.resolve("README.md");
    private static final Set<String> OPERATOR_NAMESPACES = Set.of("cnpg-system", "strimzi", "cert-manager");
    private static final Pattern FENCE = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
    private static final Map<String, String> KINDS = Map.of(
            "deployment", "Deployment", "cluster", "Cluster", "kafka", "Kafka", "hpa", "HorizontalPodAutoscaler",
            "secret", "Secret", "pod", "Pod", "kafkatopic", "KafkaTopic", "kafkauser", "KafkaUser");

    @Test
    void commandsNameWhatTheManifestsDefine() throws IOException {
        List<ObjectNode> prod = OverlaysTest.render(ManifestRules.Environment.PROD);
        List<ObjectNode> objects = new ArrayList<>(prod);
        objects.addAll(Kustomize.readAll(OverlaysTest.MODULE.resolve("ops/kafka-tools.yaml")));
        Set<String> secrets = secretsReferenced(objects);
        Set<String> overlayNamespaces = Set.of("bureau", "bureau-dev");

        List<String> faults = new ArrayList<>();
        List<String> commands = commands();
        int applies = 0;
        int references = 0;
        for (String command : commands) {
            List<String> words = List.of(command.trim().split("\\s+"));
            String namespace = option(words, "-n", "--namespace");
            if (namespace != null && !overlayNamespaces.contains(namespace) && !OPERATOR_NAMESPACES.contains(namespace)) {
                faults.add("unknown namespace " + namespace + ": " + command);
            }
            String kustomization = option(words, "-k", "-k");
            if (kustomization != null) {
                applies++;
                if (!Files.isRegularFile(OverlaysTest.REPOSITORY.resolve(kustomization).resolve("kustomization.yaml"))) {
                    faults.add("no kustomization at " + kustomization + ": " + command);
                }
            }
            String file = option(words, "-f", "--filename");
            if (file != null && file.startsWith("deploy/") && !Files.isRegularFile(OverlaysTest.REPOSITORY.resolve(file))) {
                faults.add("no file " + file + ": " + command);
            }
            for (String path : words.stream().filter(w -> w.startsWith("deploy/k8s/")).toList()) {
                if (!Files.exists(OverlaysTest.REPOSITORY.resolve(path.replaceAll("/$", "")))) {
                    faults.add("no " + path + ": " + command);
                }
            }
            if (!words.contains("kubectl") || namespace == null || !overlayNamespaces.contains(namespace)) {
                continue;
            }
            for (String[] reference : references(words)) {
                references++;
                String kind = KINDS.get(reference[0]);
                String name = reference[1];
                boolean known = kind.equals("Secret") ? secrets.contains(name)
                        : objects.stream().anyMatch(o -> ManifestRules.kind(o).equals(kind) && ManifestRules.name(o).equals(name));
                if (!known) {
                    faults.add(kind + " " + name + " is not defined by the manifests: " + command);
                }
            }
        }
        assertEquals(List.of(), faults);
        assertTrue(applies >= 2 && references >= 20, "the runbook's commands were not found: " + applies + " applies, " + references + " references");
    }

    @Test
    void everySecretTheManifestsNeedIsExplained() throws IOException {
        String readme = Files.readString(README);
        List<ObjectNode> objects = OverlaysTest.render(ManifestRules.Environment.PROD);
        Set<String> missing = new TreeSet<>();
        for (String secret : secretsReferenced(objects)) {
            if (!readme.contains("`" + secret + "`")) {
                missing.add(secret);
            }
        }
        assertEquals(Set.of(), missing, "Secrets the manifests use that README.md does not name");
    }

    @Test
    void theRestorePatchRendersAValidProductionOverlay() throws IOException {
        Path dir = Files.createTempDirectory("restore");
        Files.writeString(dir.resolve("kustomization.yaml"), """
                resources:
                  - %s
                patches:
                  - path: %s
                """.formatted(OverlaysTest.MODULE.resolve("overlays/prod"), OverlaysTest.MODULE.resolve("restore/staff-db-from-backup.yaml")));
        List<ObjectNode> restored = Kustomize.render(dir);

        List<String> violations = ManifestRules.check(restored, ManifestRules.Environment.PROD, AsyncApiDocuments.of(OverlaysTest.REPOSITORY));
        ObjectNode cluster = restored.stream().filter(o -> ManifestRules.id(o).equals("Cluster/staff-db")).findFirst().orElseThrow();

        assertEquals(List.of(), violations);
        JsonNode recovery = cluster.path("spec").path("bootstrap").path("recovery");
        assertEquals("bureau_staff", recovery.path("database").asText());
        assertTrue(cluster.path("spec").path("bootstrap").path("initdb").isMissingNode());
        assertEquals("staff-db", cluster.path("spec").path("externalClusters").path(0).path("plugin").path("parameters").path("serverName").asText());
    }

    @Test
    void theToolsPodParsesAndConnectsAsTheOperatorsKafkaUser() {
        ObjectNode pod = Kustomize.readAll(OverlaysTest.MODULE.resolve("ops/kafka-tools.yaml")).get(0);
        List<ObjectNode> prod = OverlaysTest.render(ManifestRules.Environment.PROD);

        assertTrue(prod.stream().anyMatch(o -> ManifestRules.id(o).equals("KafkaUser/bureau-ops")));
        assertEquals("true", pod.path("metadata").path("labels").path("bureau.io/kafka-client").asText());
        assertEquals("bureau-ops", pod.path("spec").path("containers").path(0).path("env").path(0).path("valueFrom").path("secretKeyRef").path("name").asText());
        io.fabric8.kubernetes.api.model.Pod parsed = new io.fabric8.kubernetes.client.utils.KubernetesSerialization().unmarshal(pod.toString());
        assertTrue(parsed.getSpec().getContainers().get(0).getAdditionalProperties().isEmpty());
    }

    /** Every command line of the runbook's bash blocks, continuation lines joined and comments dropped. */
    private static List<String> commands() throws IOException {
        List<String> commands = new ArrayList<>();
        Matcher fence = FENCE.matcher(Files.readString(README));
        while (fence.find()) {
            for (String line : fence.group(1).replace("\\\n", " ").split("\n")) {
                String command = line.replaceAll("(^|\\s)#.*$", "").trim();
                if (!command.isEmpty()) {
                    commands.add(command);
                }
            }
        }
        return commands;
    }

    private static String option(List<String> words, String shortName, String longName) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if ((word.equals(shortName) || word.equals(longName)) && i + 1 < words.size()) {
                return words.get(i + 1);
            }
            if (word.startsWith(longName + "=")) {
                return word.substring(longName.length() + 1);
            }
        }
        return null;
    }

    /** kind/name words, "kubectl <verb> <kind> <name>", "create secret <type> <name>" and "cnpg backup <cluster>". */
    private static List<String[]> references(List<String> words) {
        List<String[]> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int slash = word.indexOf('/');
            if (slash > 0 && KINDS.containsKey(word.substring(0, slash).toLowerCase(Locale.ROOT)) && !word.startsWith("deploy/")) {
                found.add(new String[] {word.substring(0, slash).toLowerCase(Locale.ROOT), word.substring(slash + 1)});
            }
            boolean verb = Set.of("patch", "delete", "get", "scale", "wait", "describe").contains(word);
            if (verb && i + 2 < words.size() && KINDS.containsKey(words.get(i + 1)) && !words.get(i + 2).startsWith("-")) {
                found.add(new String[] {words.get(i + 1), words.get(i + 2)});
            }
            if (word.equals("create") && i + 3 < words.size() && words.get(i + 1).equals("secret")) {
                found.add(new String[] {"secret", words.get(i + 3)});
            }
            if (word.equals("cnpg") && i + 2 < words.size() && words.get(i + 1).equals("backup")) {
                found.add(new String[] {"cluster", words.get(i + 2)});
            }
        }
        return found;
    }

    /** The Secrets the objects read: env and volume references, the Ingress' TLS, the backup credentials. */
    static Set<String> secretsReferenced(List<ObjectNode> objects) {
        Set<String> secrets = new TreeSet<>();
        for (ObjectNode o : objects) {
            o.findValues("secretKeyRef").forEach(ref -> secrets.add(ref.path("name").asText()));
            o.findValues("secret").forEach(volume -> {
                if (volume.has("secretName")) {
                    secrets.add(volume.path("secretName").asText());
                }
            });
            o.path("spec").path("tls").forEach(tls -> secrets.add(tls.path("secretName").asText()));
            o.path("spec").path("configuration").path("s3Credentials").forEach(credential -> secrets.add(credential.path("name").asText()));
            if (ManifestRules.kind(o).equals("KafkaUser")) {
                secrets.add(ManifestRules.name(o));
            }
        }
        return secrets;
    }
}
