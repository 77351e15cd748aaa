package io.bureau.gateway.limits;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets for one route class, one per caller (a token's subject, a client id, a remote
 * address). A request takes a token; a caller with none left is told how many seconds until the
 * next one. The map is bounded: above the limit, buckets idle longer than {@code idleNanos} (full
 * again, so forgetting them changes nothing) are dropped, and if that is not enough the oldest
 * half goes. Per request: one map lookup, one short lock, no allocation for a known caller.
 */
public final class TokenBuckets {

    private final double perNano;
    private final double burst;
    private final int maxBuckets;
    private final long idleNanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(double perSecond, int burst, int maxBuckets, long idleNanos) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("A rate limit needs a positive rate and a burst of at least 1");
        }
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.maxBuckets = maxBuckets;
        this.idleNanos = idleNanos;
    }

    /** Takes a token for the caller: 0 when granted, else the whole seconds until one is there (≥ 1). */
    public long take(String caller, long nowNanos) {
        return bucket(caller, nowNanos).take(nowNanos, perNano, burst);
    }

    /** Whether the caller has a token now, without taking it: 0 if so, else seconds until one is there. */
    public long peek(String caller, long nowNanos) {
        Bucket bucket = buckets.get(caller);
        return bucket == null ? 0 : bucket.peek(nowNanos, perNano, burst);
    }

    public int size() {
        return buckets.size();
    }

    /** Drops buckets idle longer than the idle time (they are full again). */
    public void evictIdle(long nowNanos) {
        buckets.values().removeIf(bucket -> nowNanos - bucket.lastUsed() > idleNanos);
    }

    private Bucket bucket(String caller, long nowNanos) {
        Bucket bucket = buckets.get(caller);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= maxBuckets) {
            evictIdle(nowNanos);
            if (buckets.size() >= maxBuckets) {
                // Everyone is active: forget half (they start full again), rather than grow without bound.
                Iterator<Bucket> it = buckets.values().iterator();
                for (int i = maxBuckets / 2; i > 0 && it.hasNext(); i--) {
                    it.next();
                    it.remove();
                }
            }
        }
        return buckets.computeIfAbsent(caller, c -> new Bucket(burst, nowNanos));
    }

    private static final class Bucket {

        private double tokens;
        private long updated;

        Bucket(double tokens, long nowNanos) {
            this.tokens = tokens;
            this.updated = nowNanos;
        }

        synchronized long take(long nowNanos, double perNano, double burst) {
            refill(nowNanos, perNano, burst);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return waitSeconds(perNano);
        }

        synchronized long peek(long nowNanos, double perNano, double burst) {
            refill(nowNanos, perNano, burst);
            return tokens >= 1 ? 0 : waitSeconds(perNano);
        }

        synchronized long lastUsed() {
            return updated;
        }

        private void refill(long nowNanos, double perNano, double burst) {
            long elapsed = nowNanos - updated;
            if (elapsed > 0) {
                tokens = Math.min(burst, tokens + elapsed * perNano);
                updated = nowNanos;
            }
        }

        private long waitSeconds(double perNano) {
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }
    }
}
