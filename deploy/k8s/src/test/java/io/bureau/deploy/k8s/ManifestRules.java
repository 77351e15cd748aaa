package io.bureau.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every rendered overlay must keep. {@link #check} answers every violation found, each
 * naming the object and what is wrong, so a test can assert there are none, or that a broken
 * manifest yields exactly the ones it was broken for.
 */
final class ManifestRules {

    enum Environment { DEV, PROD }

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Set<String> CUSTOM_GROUPS = Set.of("kafka.strimzi.io", "postgresql.cnpg.io", "barmancloud.cnpg.io");
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw(?:\\.[a-z0-9.-]+)?:5432/([a-z0-9_]+)");
    private static final Set<String> SECRET_ENV_NAMES = Set.of("PASSWORD", "SECRET", "JAAS", "TOKEN", "CREDENTIAL");

    private final List<ObjectNode> objects;
    private final Environment environment;
    private final AsyncApiDocuments documents;
    private final List<String> violations = new ArrayList<>();

    private ManifestRules(List<ObjectNode> objects, Environment environment, AsyncApiDocuments documents) {
        this.objects = objects;
        this.environment = environment;
        this.documents = documents;
    }

    static List<String> check(List<ObjectNode> objects, Environment environment, AsyncApiDocuments documents) {
        ManifestRules rules = new ManifestRules(objects, environment, documents);
        rules.run();
        return rules.violations;
    }

    private void run() {
        Set<String> ids = new HashSet<>();
        for (ObjectNode o : objects) {
            if (!ids.add(kind(o) + "/" + name(o))) {
                violate(o, "is defined twice");
            }
            parsesAsItsKind(o);
            noSecretValues(o);
        }
        for (Bureau.App app : Bureau.APPS) {
            ObjectNode deployment = find("Deployment", app.name());
            if (deployment == null) {
                violations.add("Deployment/" + app.name() + ": missing");
                continue;
            }
            deployment(app, deployment);
            service(app);
            networkPolicy(app);
            if (app.isService()) {
                database(app, deployment);
                kafkaUser(app, deployment);
            }
            if (environment == Environment.PROD) {
                highAvailability(app, deployment);
            }
        }
        ingress();
        kafka();
        topics();
    }

    // ---- every object

    private void parsesAsItsKind(ObjectNode o) {
        String apiVersion = o.path("apiVersion").asText();
        if (apiVersion.isEmpty() || kind(o).isEmpty() || name(o).isEmpty()) {
            violate(o, "lacks apiVersion, kind or metadata.name");
            return;
        }
        if (!name(o).matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?") || name(o).length() > 253) {
            violate(o, "name is not a valid Kubernetes object name");
        }
        KubernetesResource parsed;
        try {
            parsed = SERIALIZATION.unmarshal(o.toString());
        } catch (RuntimeException e) {
            violate(o, "does not parse as " + apiVersion + " " + kind(o) + ": " + e.getMessage());
            return;
        }
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        if (CUSTOM_GROUPS.contains(group)) {
            CustomResourceShapes.check(o, message -> violate(o, message));
        } else if (parsed instanceof GenericKubernetesResource) {
            violate(o, apiVersion + " " + kind(o) + " is not a Kubernetes kind the model knows");
        } else {
            List<String> unknown = new ArrayList<>();
            unknownFields(parsed, "", unknown);
            unknown.forEach(field -> violate(o, "unknown field " + field));
        }
    }

    /** Fields the model did not recognise land in additionalProperties: a typo ("livenesProbe") would pass unseen otherwise. */
    private static void unknownFields(Object value, String path, List<String> found) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, found));
            return;
        }
        Class<?> type = value.getClass();
        if (!type.getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : type.getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> found.add(path + "." + key));
                }
            } else if (!(value instanceof Quantity) && !field.equals("additionalProperties")) {
                unknownFields(child, path + "." + field, found);
            }
        }
    }

    private void noSecretValues(ObjectNode o) {
        if (kind(o).equals("Secret") && (o.has("data") || o.has("stringData"))) {
            violate(o, "holds secret values: secrets are created outside the repository or by the operators");
        }
        if (kind(o).equals("ConfigMap")) {
            o.path("data").fieldNames().forEachRemaining(key -> {
                if (SECRET_ENV_NAMES.stream().anyMatch(word -> key.toUpperCase().contains(word))) {
                    violate(o, "data." + key + " looks like a secret value in a ConfigMap");
                }
            });
        }
        for (JsonNode c : containers(o)) {
            for (JsonNode env : c.path("env")) {
                String envName = env.path("name").asText();
                if (env.has("value") && SECRET_ENV_NAMES.stream().anyMatch(envName::contains)) {
                    violate(o, "env " + envName + " carries a literal value: reference a Secret");
                }
            }
        }
    }

    // ---- apps

    private void deployment(Bureau.App app, ObjectNode d) {
        JsonNode pod = d.path("spec").path("template").path("spec");
        JsonNode podLabels = d.path("spec").path("template").path("metadata").path("labels");
        if (!app.name().equals(podLabels.path("app.kubernetes.io/name").asText())
                || !app.name().equals(d.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText())) {
            violate(d, "pods and selector must carry app.kubernetes.io/name=" + app.name());
        }
        JsonNode annotations = d.path("spec").path("template").path("metadata").path("annotations");
        if (!"true".equals(annotations.path("prometheus.io/scrape").asText())
                || !String.valueOf(app.managementPort()).equals(annotations.path("prometheus.io/port").asText())
                || !"/q/metrics".equals(annotations.path("prometheus.io/path").asText())) {
            violate(d, "pod template lacks the Prometheus scrape annotations for port " + app.managementPort() + " /q/metrics");
        }
        if (!pod.path("securityContext").path("runAsNonRoot").asBoolean(false)) {
            violate(d, "pod securityContext.runAsNonRoot must be true");
        }
        JsonNode containers = pod.path("containers");
        if (containers.size() != 1) {
            violate(d, "must run exactly one container");
        }
        Set<String> emptyDirs = new HashSet<>();
        pod.path("volumes").forEach(v -> {
            if (v.has("emptyDir")) {
                emptyDirs.add(v.path("name").asText());
            }
        });
        for (JsonNode c : containers) {
            String where = "container " + c.path("name").asText() + ": ";
            image(d, where, c.path("image").asText());
            Map<String, Integer> ports = new HashMap<>();
            c.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
            if (!Objects.equals(ports.get("http"), app.port()) || !Objects.equals(ports.get("management"), app.managementPort())) {
                violate(d, where + "ports must be http " + app.port() + " and management " + app.managementPort());
            }
            probe(d, where, c, "startupProbe", "/q/health/started", app);
            probe(d, where, c, "livenessProbe", "/q/health/live", app);
            probe(d, where, c, "readinessProbe", "/q/health/ready", app);
            resources(d, where, c.path("resources"));
            JsonNode security = c.path("securityContext");
            boolean nonRoot = security.path("runAsNonRoot").asBoolean(pod.path("securityContext").path("runAsNonRoot").asBoolean(false));
            if (!nonRoot) {
                violate(d, where + "runAsNonRoot must be true");
            }
            if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                violate(d, where + "readOnlyRootFilesystem must be true");
            }
            if (!security.has("allowPrivilegeEscalation") || security.path("allowPrivilegeEscalation").asBoolean(true)) {
                violate(d, where + "allowPrivilegeEscalation must be false");
            }
            boolean tmp = false;
            for (JsonNode mount : c.path("volumeMounts")) {
                tmp |= mount.path("mountPath").asText().equals("/tmp") && emptyDirs.contains(mount.path("name").asText());
            }
            if (!tmp) {
                violate(d, where + "needs a writable emptyDir at /tmp (the root filesystem is read-only)");
            }
            Map<String, String> env = environment(c);
            jvm(d, where, env, c.path("resources"));
            if (env.get("MP_JWT_VERIFY_ISSUER") == null || !env.getOrDefault("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "").startsWith("https://")) {
                violate(d, where + "must name the identity provider (MP_JWT_VERIFY_ISSUER, MP_JWT_VERIFY_PUBLICKEY_LOCATION over https)");
            }
            if (environment == Environment.PROD && !"true".equals(env.get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"))) {
                violate(d, where + "logs must be JSON in production (QUARKUS_LOG_CONSOLE_JSON_ENABLED=true)");
            }
        }
    }

    private static final Pattern MAX_RAM_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");
    private static final Pattern METASPACE = Pattern.compile("-XX:MaxMetaspaceSize=(\\d+)m");
    private static final Pattern CODE_CACHE = Pattern.compile("-XX:ReservedCodeCacheSize=(\\d+)m");
    private static final Pattern COLLECTOR = Pattern.compile("-XX:\\+Use\\w*GC\\b");

    /**
     * The JVM's own ceilings fit in the container: heap (MaxRAMPercentage of the limit), metaspace
     * and code cache together stay under the memory limit, so the kernel never kills a JVM that
     * keeps within its flags. The image's run-java.sh picks a collector itself (-XX:+UseParallelGC
     * unless GC_CONTAINER_OPTIONS says otherwise); naming another in JAVA_OPTS_APPEND would give
     * the JVM two collectors, and it refuses to start.
     */
    private void jvm(ObjectNode d, String where, Map<String, String> env, JsonNode resources) {
        String options = env.getOrDefault("JAVA_OPTS_APPEND", "");
        Matcher heap = MAX_RAM_PERCENTAGE.matcher(options);
        Matcher metaspace = METASPACE.matcher(options);
        Matcher codeCache = CODE_CACHE.matcher(options);
        if (!heap.find() || !metaspace.find() || !codeCache.find()) {
            violate(d, where + "JAVA_OPTS_APPEND must bound the JVM: -XX:MaxRAMPercentage, -XX:MaxMetaspaceSize=<n>m, -XX:ReservedCodeCacheSize=<n>m");
            return;
        }
        if (COLLECTOR.matcher(options).find()) {
            violate(d, where + "JAVA_OPTS_APPEND names a garbage collector: set it in GC_CONTAINER_OPTIONS (the image adds its own)");
        }
        if (!resources.path("limits").has("memory")) {
            return;
        }
        BigDecimal mebibyte = BigDecimal.valueOf(1024L * 1024);
        BigDecimal limit = bytes(resources.path("limits").path("memory"));
        BigDecimal ceilings = limit.multiply(new BigDecimal(heap.group(1))).divide(BigDecimal.valueOf(100))
                .add(new BigDecimal(metaspace.group(1)).multiply(mebibyte))
                .add(new BigDecimal(codeCache.group(1)).multiply(mebibyte));
        if (ceilings.compareTo(limit) > 0) {
            violate(d, where + "heap, metaspace and code cache may reach " + ceilings.divide(mebibyte, 0, java.math.RoundingMode.UP)
                    + "Mi, over the memory limit " + resources.path("limits").path("memory").asText());
        }
    }

    private void image(ObjectNode d, String where, String image) {
        String name = Kustomize.imageName(image);
        String suffix = image.substring(name.length());
        if (suffix.isEmpty()) {
            violate(d, where + "image " + image + " has no tag: pin one");
        } else if (suffix.equals(":latest")) {
            violate(d, where + "image " + image + " uses latest: pin a version");
        }
    }

    private void probe(ObjectNode d, String where, JsonNode container, String probe, String path, Bureau.App app) {
        JsonNode get = container.path(probe).path("httpGet");
        if (get.isMissingNode()) {
            violate(d, where + "has no " + probe);
            return;
        }
        JsonNode port = get.path("port");
        boolean management = port.isInt() ? port.asInt() == app.managementPort() : port.asText().equals("management");
        if (!path.equals(get.path("path").asText()) || !management) {
            violate(d, where + probe + " must GET " + path + " on the management port " + app.managementPort());
        }
    }

    private void resources(ObjectNode d, String where, JsonNode resources) {
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (!resources.path(kind).has(resource)) {
                    violate(d, where + "resources." + kind + "." + resource + " missing");
                }
            }
        }
        if (violations.stream().anyMatch(v -> v.startsWith(id(d)) && v.contains("resources."))) {
            return;
        }
        BigDecimal memoryLimit = bytes(resources.path("limits").path("memory"));
        BigDecimal memoryRequest = bytes(resources.path("requests").path("memory"));
        if (memoryRequest.compareTo(memoryLimit) > 0 || bytes(resources.path("requests").path("cpu")).compareTo(bytes(resources.path("limits").path("cpu"))) > 0) {
            violate(d, where + "requests exceed limits");
        }
        // Measured 2026-11-28: 120-270 MiB resident after load, 30-60 MiB more with C2 on; under
        // 512Mi the heap has no room to grow.
        if (memoryLimit.compareTo(BigDecimal.valueOf(512L * 1024 * 1024)) < 0) {
            violate(d, where + "memory limit below 512Mi");
        }
        if (memoryRequest.compareTo(BigDecimal.valueOf(256L * 1024 * 1024)) < 0) {
            violate(d, where + "memory request below 256Mi");
        }
    }

    private static BigDecimal bytes(JsonNode quantity) {
        return Quantity.getAmountInBytes(new Quantity(quantity.asText()));
    }

    private void service(Bureau.App app) {
        ObjectNode service = find("Service", app.name());
        if (service == null) {
            violations.add("Service/" + app.name() + ": missing");
            return;
        }
        if (!app.name().equals(service.path("spec").path("selector").path("app.kubernetes.io/name").asText())) {
            violate(service, "must select app.kubernetes.io/name=" + app.name());
        }
        boolean http = false;
        for (JsonNode port : service.path("spec").path("ports")) {
            http |= port.path("port").asInt() == app.port();
        }
        if (!http) {
            violate(service, "must expose port " + app.port());
        }
        if (find("ConfigMap", app.name()) == null) {
            violations.add("ConfigMap/" + app.name() + ": missing");
        }
    }

    private void networkPolicy(Bureau.App app) {
        ObjectNode policy = objects.stream()
                .filter(o -> kind(o).equals("NetworkPolicy"))
                .filter(o -> app.name().equals(o.path("spec").path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText()))
                .findFirst().orElse(null);
        if (policy == null) {
            violations.add("NetworkPolicy for " + app.name() + ": missing");
            return;
        }
        // Who must get through: the ingress controller to the gateway's API; the gateway to each
        // service's API and to its readiness on the management port (the gateway's own readiness
        // waits for every service's); Prometheus to every management port.
        Set<String> admitted = new TreeSet<>();
        Set<String> needed = app.isService()
                ? Set.of("gateway:" + app.port(), "gateway:" + app.managementPort(), "monitoring:" + app.managementPort())
                : Set.of("ingress-controller:" + app.port(), "monitoring:" + app.managementPort());
        for (JsonNode rule : policy.path("spec").path("ingress")) {
            Set<Integer> ports = new TreeSet<>();
            rule.path("ports").forEach(p -> ports.add(p.path("port").asInt()));
            if (rule.path("from").isEmpty() || ports.isEmpty()) {
                violate(policy, "every ingress rule must name its sources and ports");
                continue;
            }
            for (JsonNode from : rule.path("from")) {
                String pods = from.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText();
                boolean ingressController = "true".equals(from.path("namespaceSelector").path("matchLabels").path("network.bureau.io/ingress-controller").asText());
                boolean monitoring = "true".equals(from.path("namespaceSelector").path("matchLabels").path("network.bureau.io/monitoring").asText());
                boolean gateway = pods.equals("api-gateway") && !from.has("namespaceSelector");
                boolean allowed = monitoring ? ports.equals(Set.of(app.managementPort()))
                        : app.isService() ? gateway && Set.of(app.port(), app.managementPort()).containsAll(ports)
                        : ingressController && ports.equals(Set.of(app.port()));
                if (!allowed) {
                    violate(policy, "admits " + from + " on " + ports + ": only " + (app.isService() ? "the gateway" : "the ingress controller")
                            + " on " + app.port() + (app.isService() ? " and " + app.managementPort() : "")
                            + " and Prometheus on " + app.managementPort() + " may connect");
                    continue;
                }
                String source = monitoring ? "monitoring" : app.isService() ? "gateway" : "ingress-controller";
                ports.forEach(port -> admitted.add(source + ":" + port));
            }
        }
        for (String need : new TreeSet<>(needed)) {
            if (!admitted.contains(need)) {
                violate(policy, "does not admit " + need.replace(":", " on port ")
                        + (need.startsWith("gateway:" + app.managementPort()) ? " (the gateway's readiness polls it)" : ""));
            }
        }
        ObjectNode denyAll = objects.stream().filter(o -> kind(o).equals("NetworkPolicy"))
                .filter(o -> o.path("spec").path("podSelector").isEmpty() && o.path("spec").path("ingress").isEmpty()
                        && o.path("spec").path("policyTypes").toString().contains("Ingress"))
                .findFirst().orElse(null);
        if (denyAll == null) {
            violations.add("NetworkPolicy denying all other ingress: missing");
        }
    }

    private void database(Bureau.App app, ObjectNode deployment) {
        ObjectNode cluster = find("Cluster", app.database());
        if (cluster == null) {
            violations.add("Cluster/" + app.database() + " (database of " + app.name() + "): missing");
            return;
        }
        JsonNode spec = cluster.path("spec");
        int instances = spec.path("instances").asInt(0);
        if (environment == Environment.PROD ? instances < 3 : instances < 1) {
            violate(cluster, "instances " + instances + (environment == Environment.PROD ? ", production needs 3" : ""));
        }
        // Created empty (initdb) or brought back from its backups (recovery, README.md "Restore a database").
        JsonNode bootstrap = spec.path("bootstrap").has("recovery") ? spec.path("bootstrap").path("recovery") : spec.path("bootstrap").path("initdb");
        String database = bootstrap.path("database").asText();
        String owner = bootstrap.path("owner").asText();
        if (!database.equals("bureau_" + app.context()) || owner.isEmpty()) {
            violate(cluster, "must create database bureau_" + app.context() + " with its own owner");
        }
        boolean archives = false;
        for (JsonNode plugin : spec.path("plugins")) {
            archives |= plugin.path("isWALArchiver").asBoolean(false) && find("ObjectStore", plugin.path("parameters").path("barmanObjectName").asText()) != null;
        }
        if (!archives) {
            violate(cluster, "must archive WAL to an ObjectStore of this overlay (barman-cloud plugin)");
        }
        boolean scheduled = objects.stream().anyMatch(o -> kind(o).equals("ScheduledBackup")
                && o.path("spec").path("cluster").path("name").asText().equals(app.database()));
        if (!scheduled) {
            violate(cluster, "has no ScheduledBackup");
        }
        JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").path(0);
        Map<String, String> env = environment(container);
        Matcher jdbc = JDBC.matcher(env.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", ""));
        if (!jdbc.matches() || !jdbc.group(1).equals(app.database()) || !jdbc.group(2).equals(database)) {
            violate(deployment, "QUARKUS_DATASOURCE_JDBC_URL must name " + app.database() + "-rw:5432/" + database);
        }
        String secret = "secret:" + app.database() + "-app/";
        if (!(secret + "username").equals(env.get("QUARKUS_DATASOURCE_USERNAME")) || !(secret + "password").equals(env.get("QUARKUS_DATASOURCE_PASSWORD"))) {
            violate(deployment, "QUARKUS_DATASOURCE_USERNAME/PASSWORD must come from the operator's Secret " + app.database() + "-app");
        }
        ObjectNode policy = objects.stream().filter(o -> kind(o).equals("NetworkPolicy"))
                .filter(o -> app.database().equals(o.path("spec").path("podSelector").path("matchLabels").path("cnpg.io/cluster").asText()))
                .findFirst().orElse(null);
        if (policy == null) {
            violations.add("NetworkPolicy for " + app.database() + ": missing");
            return;
        }
        Set<String> admitted = new TreeSet<>();
        for (JsonNode rule : policy.path("spec").path("ingress")) {
            for (JsonNode from : rule.path("from")) {
                String pods = from.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText();
                String ownInstances = from.path("podSelector").path("matchLabels").path("cnpg.io/cluster").asText();
                String namespace = from.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText();
                boolean allowed = (pods.equals(app.name()) && !from.has("namespaceSelector"))
                        || (ownInstances.equals(app.database()) && !from.has("namespaceSelector"))
                        || namespace.equals("cnpg-system");
                if (!allowed) {
                    violate(policy, "admits " + from + ": only " + app.name() + ", the database's own instances and the operator may connect");
                    continue;
                }
                String source = pods.equals(app.name()) ? app.name() : ownInstances.equals(app.database()) ? "its own instances" : "the operator";
                if (rule.path("ports").isEmpty()) {
                    admitted.add(source + ":any");
                }
                rule.path("ports").forEach(p -> admitted.add(source + ":" + p.path("port").asInt()));
            }
        }
        // The service to PostgreSQL, the instances to each other (replication), the operator to
        // each instance's manager (8000).
        for (String need : List.of(app.name() + ":5432", "its own instances:any", "the operator:8000")) {
            String[] sourceAndPort = need.split(":");
            if (!admitted.contains(need) && !admitted.contains(sourceAndPort[0] + ":any")) {
                violate(policy, "does not admit " + sourceAndPort[0] + (sourceAndPort[1].equals("any") ? "" : " on port " + sourceAndPort[1]));
            }
        }
    }

    private void kafkaUser(Bureau.App app, ObjectNode deployment) {
        ObjectNode user = find("KafkaUser", app.name());
        if (user == null) {
            violations.add("KafkaUser/" + app.name() + ": missing");
            return;
        }
        Map<String, Set<String>> operations = new LinkedHashMap<>();
        boolean group = false;
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            String type = resource.path("type").asText();
            String name = resource.path("name").asText();
            String pattern = resource.path("patternType").asText("literal");
            if (type.equals("group")) {
                group = true;
                if (!name.equals(app.name())) {
                    violate(user, "may join only its own consumer group " + app.name() + ", not " + name);
                }
                continue;
            }
            if (!type.equals("topic") || !pattern.equals("literal") || acl.path("type").asText("allow").equals("deny")) {
                violate(user, "ACLs must allow literal topics only, found " + acl);
                continue;
            }
            acl.path("operations").forEach(op -> operations.computeIfAbsent(op.asText(), k -> new TreeSet<>()).add(name));
        }
        Set<String> writes = operations.getOrDefault("Write", Set.of());
        Set<String> reads = operations.getOrDefault("Read", Set.of());
        operations.keySet().stream().filter(op -> !Set.of("Write", "Read", "Describe").contains(op))
                .forEach(op -> violate(user, "operation " + op + " is more than a service needs"));
        AsyncApiDocuments.Topics documented = documents.byApp().get(app.name());
        Set<String> mustWrite = new TreeSet<>(Set.of(Bureau.deadLetterTopic(app.context())));
        Set<String> mustRead;
        if (documented != null) {
            mustWrite.addAll(documented.sends());
            mustRead = documented.receives();
        } else {
            mustRead = Bureau.CONSUMES_UNTIL_DOCUMENTED.getOrDefault(app.name(), Set.of());
        }
        for (String topic : mustWrite) {
            if (!writes.contains(topic)) {
                violate(user, "cannot write " + topic + ", which " + app.name() + " publishes to");
            }
        }
        for (String topic : writes) {
            if (!Bureau.contextOfTopic(topic).equals(app.context())) {
                violate(user, "may write " + topic + ", another context's topic");
            }
        }
        if (!reads.equals(mustRead)) {
            violate(user, "reads " + reads + " but " + app.name() + " consumes " + mustRead);
        }
        if (!reads.isEmpty() && !group) {
            violate(user, "has no ACL for its consumer group " + app.name());
        }
        if (!"scram-sha-512".equals(user.path("spec").path("authentication").path("type").asText())) {
            violate(user, "must authenticate with scram-sha-512 (the listener's mechanism)");
        }
        Map<String, String> env = environment(deployment.path("spec").path("template").path("spec").path("containers").path(0));
        if (!("secret:" + app.name() + "/sasl.jaas.config").equals(env.get("KAFKA_SASL_JAAS_CONFIG"))
                || !"SASL_SSL".equals(env.get("KAFKA_SECURITY_PROTOCOL")) || !"SCRAM-SHA-512".equals(env.get("KAFKA_SASL_MECHANISM"))) {
            violate(deployment, "must connect to Kafka as KafkaUser " + app.name() + " (SASL_SSL, SCRAM-SHA-512, sasl.jaas.config from its Secret)");
        }
        ObjectNode kafka = first("Kafka");
        if (kafka != null) {
            String bootstrap = name(kafka) + "-kafka-bootstrap:";
            if (!env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "").startsWith(bootstrap)) {
                violate(deployment, "KAFKA_BOOTSTRAP_SERVERS must be " + bootstrap + "<port>");
            }
        }
        if (!"true".equals(deployment.path("spec").path("template").path("metadata").path("labels").path("bureau.io/kafka-client").asText())) {
            violate(deployment, "pods need the label bureau.io/kafka-client=true to pass the Kafka listener's network policy");
        }
    }

    private void highAvailability(Bureau.App app, ObjectNode d) {
        // Either a fixed count of 2 or more, or none at all and the autoscaler below (min 2) owns it.
        JsonNode replicas = d.path("spec").path("replicas");
        if (!replicas.isMissingNode() && replicas.asInt(0) < 2) {
            violate(d, "production runs at least 2 replicas");
        }
        JsonNode antiAffinity = d.path("spec").path("template").path("spec").path("affinity").path("podAntiAffinity");
        boolean spread = false;
        List<JsonNode> terms = new ArrayList<>();
        antiAffinity.path("requiredDuringSchedulingIgnoredDuringExecution").forEach(terms::add);
        antiAffinity.path("preferredDuringSchedulingIgnoredDuringExecution").forEach(t -> terms.add(t.path("podAffinityTerm")));
        for (JsonNode term : terms) {
            boolean ownPods = app.name().equals(term.path("labelSelector").path("matchLabels").path("app.kubernetes.io/name").asText())
                    || term.path("matchLabelKeys").toString().contains("\"app.kubernetes.io/name\"");
            spread |= ownPods && term.path("topologyKey").asText().equals("kubernetes.io/hostname");
        }
        if (!spread) {
            violate(d, "production needs pod anti-affinity over kubernetes.io/hostname among the app's own pods");
        }
        boolean hpa = objects.stream().anyMatch(o -> kind(o).equals("HorizontalPodAutoscaler")
                && o.path("spec").path("scaleTargetRef").path("name").asText().equals(app.name())
                && o.path("spec").path("scaleTargetRef").path("kind").asText().equals("Deployment")
                && o.path("spec").path("minReplicas").asInt(1) >= 2
                && o.path("spec").path("metrics").toString().contains("\"name\":\"cpu\""));
        if (!hpa) {
            violations.add("HorizontalPodAutoscaler on CPU for " + app.name() + " (min 2 replicas): missing");
        }
        boolean pdb = objects.stream().anyMatch(o -> kind(o).equals("PodDisruptionBudget")
                && app.name().equals(o.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText())
                && (o.path("spec").has("minAvailable") || o.path("spec").has("maxUnavailable")));
        if (!pdb) {
            violations.add("PodDisruptionBudget for " + app.name() + ": missing");
        }
    }

    private void ingress() {
        List<ObjectNode> ingresses = objects.stream().filter(o -> kind(o).equals("Ingress")).toList();
        if (ingresses.isEmpty()) {
            violations.add("Ingress for api-gateway: missing");
        }
        for (ObjectNode ingress : ingresses) {
            Set<String> backends = new TreeSet<>();
            ingress.path("spec").findValues("service").forEach(s -> backends.add(s.path("name").asText()));
            if (ingress.path("spec").has("defaultBackend")) {
                backends.add(ingress.path("spec").path("defaultBackend").path("service").path("name").asText());
            }
            if (!backends.equals(Set.of("api-gateway"))) {
                violate(ingress, "routes to " + backends + ": only the gateway is exposed");
            }
            Set<String> tlsHosts = new TreeSet<>();
            ingress.path("spec").path("tls").forEach(t -> {
                if (t.path("secretName").asText().isEmpty()) {
                    violate(ingress, "tls entry without secretName");
                }
                t.path("hosts").forEach(h -> tlsHosts.add(h.asText()));
            });
            ingress.path("spec").path("rules").forEach(r -> {
                if (!tlsHosts.contains(r.path("host").asText())) {
                    violate(ingress, "host " + r.path("host").asText() + " is served without TLS");
                }
            });
        }
    }

    // ---- Kafka

    private void kafka() {
        List<ObjectNode> clusters = objects.stream().filter(o -> kind(o).equals("Kafka")).toList();
        if (clusters.size() != 1) {
            violations.add("exactly one Kafka cluster expected, found " + clusters.size());
            return;
        }
        ObjectNode kafka = clusters.get(0);
        int brokers = 0;
        for (ObjectNode pool : objects.stream().filter(o -> kind(o).equals("KafkaNodePool")).toList()) {
            if (!name(kafka).equals(pool.path("metadata").path("labels").path("strimzi.io/cluster").asText())) {
                violate(pool, "must carry strimzi.io/cluster=" + name(kafka));
            }
            if (pool.path("spec").path("roles").toString().contains("\"broker\"")) {
                brokers += pool.path("spec").path("replicas").asInt();
            }
        }
        if (environment == Environment.PROD ? brokers < 3 : brokers < 1) {
            violate(kafka, brokers + " brokers" + (environment == Environment.PROD ? ", production needs 3" : ""));
        }
        JsonNode config = kafka.path("spec").path("kafka").path("config");
        if (config.path("auto.create.topics.enable").asBoolean(true)) {
            violate(kafka, "auto.create.topics.enable must be false: every topic is a KafkaTopic");
        }
        if (!"simple".equals(kafka.path("spec").path("kafka").path("authorization").path("type").asText())) {
            violate(kafka, "authorization must be simple, so KafkaUser ACLs are enforced");
        }
        for (JsonNode listener : kafka.path("spec").path("kafka").path("listeners")) {
            if (!listener.path("tls").asBoolean(false) || !"scram-sha-512".equals(listener.path("authentication").path("type").asText())) {
                violate(kafka, "listener " + listener.path("name").asText() + " must use TLS and scram-sha-512");
            }
            if (!listener.path("networkPolicyPeers").toString().contains("bureau.io/kafka-client")) {
                violate(kafka, "listener " + listener.path("name").asText() + " must admit only the services (networkPolicyPeers)");
            }
        }
        int minIsr = config.path("min.insync.replicas").asInt(1);
        for (String key : List.of("default.replication.factor", "offsets.topic.replication.factor", "transaction.state.log.replication.factor",
                "share.coordinator.state.topic.replication.factor")) {
            int factor = config.path(key).asInt(3);
            if (factor > brokers) {
                violate(kafka, key + " " + factor + " exceeds the " + brokers + " broker(s)");
            }
            if (environment == Environment.PROD && factor < 3) {
                violate(kafka, key + " must be 3 in production");
            }
        }
        if (environment == Environment.PROD && minIsr != 2) {
            violate(kafka, "min.insync.replicas must be 2 in production");
        }
        this.brokers = brokers;
    }

    private int brokers;

    private void topics() {
        Set<String> required = new TreeSet<>(Bureau.CATALOGUE_TOPICS);
        documents.byApp().values().forEach(t -> required.addAll(t.all()));
        Bureau.APPS.stream().filter(Bureau.App::isService).forEach(a -> required.add(Bureau.deadLetterTopic(a.context())));
        ObjectNode kafka = first("Kafka");
        Map<String, ObjectNode> byTopic = new HashMap<>();
        for (ObjectNode topic : objects.stream().filter(o -> kind(o).equals("KafkaTopic")).toList()) {
            String topicName = topic.path("spec").path("topicName").asText(name(topic));
            byTopic.put(topicName, topic);
            if (kafka != null && !name(kafka).equals(topic.path("metadata").path("labels").path("strimzi.io/cluster").asText())) {
                violate(topic, "must carry strimzi.io/cluster=" + name(kafka));
            }
            JsonNode spec = topic.path("spec");
            int replicas = spec.path("replicas").asInt(0);
            int minIsr = spec.path("config").path("min.insync.replicas").asInt(0);
            if (spec.path("partitions").asInt(0) < 1 || replicas < 1 || minIsr < 1 || !spec.path("config").has("retention.ms")) {
                violate(topic, "must state partitions, replicas, min.insync.replicas and retention.ms");
            } else if (environment == Environment.PROD && (replicas != 3 || minIsr != 2)) {
                violate(topic, "production topics have 3 replicas and min.insync.replicas 2");
            } else if (replicas > brokers || minIsr > replicas) {
                violate(topic, "replicas " + replicas + " / min.insync.replicas " + minIsr + " do not fit " + brokers + " broker(s)");
            }
        }
        for (String topic : required) {
            if (!byTopic.containsKey(topic)) {
                violations.add("KafkaTopic for " + topic + ": missing");
            }
        }
    }

    // ---- helpers

    /** A container's environment as it will be: ConfigMaps of envFrom, then env; a Secret reference reads "secret:name/key". */
    private Map<String, String> environment(JsonNode container) {
        Map<String, String> env = new HashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            ObjectNode configMap = find("ConfigMap", from.path("configMapRef").path("name").asText());
            if (configMap != null) {
                configMap.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
            } else if (from.has("configMapRef")) {
                violations.add("ConfigMap/" + from.path("configMapRef").path("name").asText() + ": missing (named by envFrom)");
            }
        }
        for (JsonNode e : container.path("env")) {
            JsonNode secret = e.path("valueFrom").path("secretKeyRef");
            env.put(e.path("name").asText(), secret.isMissingNode() ? e.path("value").asText()
                    : "secret:" + secret.path("name").asText() + "/" + secret.path("key").asText());
        }
        return env;
    }

    private static List<JsonNode> containers(ObjectNode o) {
        List<JsonNode> found = new ArrayList<>();
        o.path("spec").path("template").path("spec").path("containers").forEach(found::add);
        o.path("spec").path("template").path("spec").path("initContainers").forEach(found::add);
        return found;
    }

    private ObjectNode find(String kind, String name) {
        return objects.stream().filter(o -> kind(o).equals(kind) && name(o).equals(name)).findFirst().orElse(null);
    }

    private ObjectNode first(String kind) {
        return objects.stream().filter(o -> kind(o).equals(kind)).findFirst().orElse(null);
    }

    private void violate(ObjectNode o, String message) {
        violations.add(id(o) + ": " + message);
    }

    static String id(ObjectNode o) {
        return kind(o) + "/" + name(o);
    }

    static String kind(JsonNode o) {
        return o.path("kind").asText();
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }
}
