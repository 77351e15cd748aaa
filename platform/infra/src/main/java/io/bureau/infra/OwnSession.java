package io.bureau.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a child in a session of its own ({@code setsid}), so the Ctrl-C a terminal sends to its
 * whole process group reaches only the launcher, which then stops its children in order (apps
 * before the broker they are still talking to). Children still die with the launcher: each one
 * watches a pipe from it. Where {@code setsid} is missing, the command runs as it is.
 */
public final class OwnSession {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private OwnSession() {
    }

    public static List<String> command(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> detached = new ArrayList<>(command.size() + 1);
        detached.add(SETSID.toString());
        detached.addAll(command);
        return detached;
    }
}
