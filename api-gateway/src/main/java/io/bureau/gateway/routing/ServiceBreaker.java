package io.bureau.gateway.routing;

/**
 * A circuit breaker for one service: after {@code threshold} failures in a row its routes answer
 * 503 at once for {@code openMillis}, instead of holding every caller for a connect timeout; then
 * requests are tried again, and one more failure opens it anew while one answer closes it.
 */
final class ServiceBreaker {

    private final int threshold;
    private final long openMillis;
    private int failuresInARow;
    private long openUntil;

    ServiceBreaker(int threshold, long openMillis) {
        this.threshold = threshold;
        this.openMillis = openMillis;
    }

    synchronized boolean allows(long nowMillis) {
        return nowMillis >= openUntil;
    }

    synchronized void failed(long nowMillis) {
        failuresInARow++;
        if (failuresInARow >= threshold) {
            openUntil = nowMillis + openMillis;
        }
    }

    synchronized void answered() {
        failuresInARow = 0;
        openUntil = 0;
    }

    /** Whole seconds until requests are tried again, at least 1: the Retry-After of an open breaker. */
    synchronized long retryAfterSeconds(long nowMillis) {
        return Math.max(1, (openUntil - nowMillis + 999) / 1000);
    }
}
