package io.bureau.localrun;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are: the repository (found from this jar, deploy/local-run/target/), the apps'
 * runnable jars, and {@code .bureau/} at the repository root, which holds the local data, the logs
 * and the demo tokens.
 */
record Workspace(Path root, Path launcherJar) {

    static Workspace ofLauncherJar() {
        try {
            Path jar = Path.of(LocalRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // <root>/deploy/local-run/target/bureau-local-run.jar
            Path root = jar.getParent().getParent().getParent().getParent();
            if (!Files.isRegularFile(root.resolve("pom.xml"))) {
                throw new IllegalStateException("Run the launcher from deploy/local-run/target/ of a Bureau checkout, not from " + jar);
            }
            return new Workspace(root, jar);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path home() {
        return root.resolve(".bureau");
    }

    Path data() {
        return home().resolve("data");
    }

    Path postgresData() {
        return data().resolve("postgres");
    }

    Path kafkaData() {
        return data().resolve("kafka");
    }

    Path logs() {
        return home().resolve("logs");
    }

    Path log(String component) {
        return logs().resolve(component + ".log");
    }

    Path tokensFile() {
        return home().resolve("tokens.env");
    }

    Path lockFile() {
        return home().resolve("local-run.lock");
    }

    Path moduleDir(App app) {
        return root.resolve(app.module());
    }

    Path runnableJar(App app) {
        return moduleDir(app).resolve("target/quarkus-app/quarkus-run.jar");
    }

    Path watchdogAgent() {
        return launcherJar.resolveSibling("bureau-local-run-watchdog.jar");
    }

    /** Shows a path relative to the repository root, as the README names it. */
    String show(Path path) {
        return root.relativize(path).toString();
    }
}
