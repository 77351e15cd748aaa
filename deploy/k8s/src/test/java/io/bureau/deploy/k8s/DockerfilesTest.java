package io.bureau.deploy.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each app's image definition matches what the manifests expect of it. */
class DockerfilesTest {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM (\\S+)$");

    @Test
    void everyAppHasAPinnedNonRootFastJarImage() throws IOException {
        List<String> faults = new ArrayList<>();
        List<ObjectNode> prod = OverlaysTest.render(ManifestRules.Environment.PROD);
        for (Bureau.App app : Bureau.APPS) {
            Path file = OverlaysTest.REPOSITORY.resolve(app.name()).resolve("src/main/docker/Dockerfile.jvm");
            if (!Files.isRegularFile(file)) {
                faults.add(file + ": missing");
                continue;
            }
            String dockerfile = Files.readString(file);
            Matcher from = FROM.matcher(dockerfile);
            if (!from.find()) {
                faults.add(app.name() + ": no FROM");
            } else {
                String image = from.group(1);
                String suffix = image.substring(Kustomize.imageName(image).length());
                if (suffix.isEmpty() || suffix.equals(":latest")) {
                    faults.add(app.name() + ": base image " + image + " is not pinned");
                }
            }
            for (String dir : List.of("lib/", "app/", "quarkus/")) {
                if (!dockerfile.contains("COPY --chown=185 target/quarkus-app/" + dir)) {
                    faults.add(app.name() + ": does not copy the fast-jar folder " + dir);
                }
            }
            if (!dockerfile.contains("\nUSER 185\n")) {
                faults.add(app.name() + ": must run as the non-root user 185");
            }
            if (!dockerfile.contains("EXPOSE " + app.port() + " " + app.managementPort())) {
                faults.add(app.name() + ": must expose " + app.port() + " and " + app.managementPort());
            }
            ObjectNode deployment = prod.stream().filter(o -> ManifestRules.id(o).equals("Deployment/" + app.name())).findFirst().orElseThrow();
            int runAsUser = deployment.path("spec").path("template").path("spec").path("securityContext").path("runAsUser").asInt();
            if (runAsUser != 185) {
                faults.add(app.name() + ": the Deployment runs as " + runAsUser + ", the image as 185");
            }
        }
        assertEquals(List.of(), faults);
    }
}
