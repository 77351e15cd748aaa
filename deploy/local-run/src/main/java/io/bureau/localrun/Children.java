package io.bureau.localrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import io.bureau.infra.OwnSession;

/**
 * The app processes the launcher started, stopped in reverse order. Each child's standard input is
 * a pipe only the launcher holds: the watchdog agent in the child exits when it closes, so children
 * do not outlive a launcher that is killed without running its shutdown hook.
 */
final class Children {

    private static final long GRACE_SECONDS = 20;

    private final List<Child> started = new ArrayList<>();
    private boolean stopping;

    record Child(String name, Process process) {
    }

    synchronized Process start(String name, List<String> command, Map<String, String> env, Path workDir, Path log) {
        if (stopping) {
            throw new IllegalStateException("Stopping; " + name + " not started");
        }
        ProcessBuilder builder = new ProcessBuilder(OwnSession.command(command))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            started.add(new Child(name, process));
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    synchronized boolean any() {
        return !started.isEmpty();
    }

    /** Tells {@code listener} (name, exit code) when a child ends, for whatever reason. */
    synchronized void onExit(BiConsumer<String, Integer> listener) {
        started.forEach(child -> child.process().onExit().thenAccept(p -> listener.accept(child.name(), p.exitValue())));
    }

    /**
     * Stops every child: the last started first (the gateway, so no new request reaches a service
     * that is stopping), then all the others at once, since none depends on another's shutdown.
     * Each gets SIGTERM, then after a grace period SIGKILL.
     */
    void stopAll(Progress progress) {
        List<Child> toStop;
        synchronized (this) {
            stopping = true;
            toStop = new ArrayList<>(started);
        }
        if (toStop.isEmpty()) {
            return;
        }
        stop(toStop.remove(toStop.size() - 1), progress);
        List<Thread> stoppers = toStop.stream()
                .map(child -> new Thread(() -> stop(child, progress), "stop-" + child.name()))
                .toList();
        stoppers.forEach(Thread::start);
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void stop(Child child, Progress progress) {
        Process process = child.process();
        // Noted first: once the child is gone, its descendants are re-parented and no longer found through it.
        List<ProcessHandle> descendants = process.descendants().toList();
        if (process.isAlive()) {
            long since = System.nanoTime();
            progress.line(child.name(), "stopping (pid " + process.pid() + ")");
            process.destroy();
            try {
                if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                    progress.line(child.name(), "did not stop within " + GRACE_SECONDS + " s; killing it");
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            progress.done(child.name(), "stopped", since);
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
