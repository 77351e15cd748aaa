package io.bureau.deploy.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where kubectl is installed, its own Kustomize must render each overlay exactly as this module's
 * renderer does (the rules are only as good as the rendering they see). Without kubectl the test
 * is reported as skipped; the rules themselves never need it.
 */
class KubectlKustomizeTest {

    @ParameterizedTest
    @EnumSource(ManifestRules.Environment.class)
    void kubectlRendersWhatTheTestsCheck(ManifestRules.Environment environment) throws Exception {
        Path kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "kubectl is not installed: the renderer is not compared with kubectl kustomize");
        String overlay = environment.name().toLowerCase(Locale.ROOT);

        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", OverlaysTest.MODULE.resolve("overlays").resolve(overlay).toString())
                .redirectErrorStream(false).start();
        Path output = Files.createTempFile("kustomize-" + overlay, ".yaml");
        Files.copy(process.getInputStream(), output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
        assertEquals(0, process.exitValue(), errors);

        Map<String, ObjectNode> expected = byId(Kustomize.readAll(output));
        Map<String, ObjectNode> rendered = byId(OverlaysTest.render(environment));
        assertEquals(expected.keySet(), rendered.keySet());
        expected.forEach((id, object) -> assertEquals(object, rendered.get(id), id));
        Files.delete(output);
    }

    private static Map<String, ObjectNode> byId(List<ObjectNode> objects) {
        Map<String, ObjectNode> byId = new TreeMap<>();
        objects.forEach(o -> byId.put(ManifestRules.id(o), o));
        return byId;
    }

    private static Path onPath(String program) throws IOException {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable).findFirst().orElse(null);
    }
}
