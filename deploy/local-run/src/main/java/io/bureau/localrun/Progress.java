package io.bureau.localrun;

import java.io.PrintStream;
import java.util.Locale;

/** Progress lines such as {@code [  3.2s] kafka                up (4.1 s)}, timed from the launcher's start. */
final class Progress {

    private final long startNanos = System.nanoTime();
    private final PrintStream out;

    Progress(PrintStream out) {
        this.out = out;
    }

    synchronized void line(String component, String message) {
        out.printf(Locale.ROOT, "[%5.1fs] %-20s %s%n", secondsSince(startNanos), component, message);
        out.flush();
    }

    /** Reports a component up (or stopped, ...) with how long that took since {@code sinceNanos}. */
    void done(String component, String state, long sinceNanos) {
        line(component, String.format(Locale.ROOT, "%s (%.1f s)", state, secondsSince(sinceNanos)));
    }

    static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
