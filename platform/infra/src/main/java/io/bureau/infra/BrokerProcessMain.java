package io.bureau.infra;

import java.io.IOException;
import java.util.Arrays;

/**
 * Entry point of a child JVM (the Kafka broker): runs the given main class and exits when its
 * standard input closes, which happens when the parent process dies, however it dies. Depends
 * on nothing but the JDK, so it runs on the broker's own class path.
 */
public final class BrokerProcessMain {

    private BrokerProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent never writes; we only wait for end of stream
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end of stream
            }
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Class.forName(args[0]).getMethod("main", String[].class)
                .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }
}
