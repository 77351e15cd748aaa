package io.bureau.localrun.watchdog;

import java.io.IOException;

/**
 * Java agent the local run puts on every service JVM ({@code -javaagent:bureau-local-run-watchdog.jar}).
 * The launcher keeps the child's standard input as an open pipe and never writes to it; when the
 * launcher dies, however it dies (even {@code kill -9}), the operating system closes the pipe, this
 * thread reads end of stream and exits the JVM normally, so the service's own shutdown runs.
 * The Kafka broker has the same watchdog built in ({@code io.bureau.infra.BrokerProcessMain}).
 */
public final class ParentWatchdog {

    private ParentWatchdog() {
    }

    public static void premain(String args) {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the launcher never writes; only end of stream matters
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end of stream
            }
            System.exit(0);
        }, "bureau-parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
