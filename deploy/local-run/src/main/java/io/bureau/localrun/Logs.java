package io.bureau.localrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

final class Logs {

    private Logs() {
    }

    /** The last {@code count} lines of a log; empty if it does not exist. Bad bytes are replaced, not fatal. */
    static List<String> tail(Path log, int count) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a log afresh: each holds the latest run only. */
    static void truncate(Path log) {
        try {
            Files.createDirectories(log.getParent());
            Files.write(log, new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
