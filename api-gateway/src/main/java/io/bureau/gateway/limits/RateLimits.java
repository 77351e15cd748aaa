package io.bureau.gateway.limits;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.bureau.gateway.routing.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;

/** The gateway's buckets, per route class: API reads, API writes, tokens per client, failed logins per address. */
@Singleton
public class RateLimits {

    private final TokenBuckets reads;
    private final TokenBuckets writes;
    private final TokenBuckets tokens;
    private final TokenBuckets failures;

    public RateLimits(GatewayConfig config) {
        GatewayConfig.RateLimits limits = config.rateLimits();
        long idle = limits.idleAfter().toNanos();
        reads = new TokenBuckets(limits.readsPerSecond(), limits.readsBurst(), limits.maxBuckets(), idle);
        writes = new TokenBuckets(limits.writesPerSecond(), limits.writesBurst(), limits.maxBuckets(), idle);
        tokens = new TokenBuckets(limits.tokensPerSecond(), limits.tokensBurst(), limits.maxBuckets(), idle);
        failures = new TokenBuckets(limits.failuresPerSecond(), limits.failuresBurst(), limits.maxBuckets(), idle);
    }

    void sweep(@Observes io.quarkus.runtime.StartupEvent start, Vertx vertx) {
        vertx.setPeriodic(TimeUnit.MINUTES.toMillis(1), id -> {
            long now = System.nanoTime();
            reads.evictIdle(now);
            writes.evictIdle(now);
            tokens.evictIdle(now);
            failures.evictIdle(now);
        });
    }

    /** An API request by this caller: 0 when allowed, else seconds to wait. */
    public long api(HttpMethod method, String caller) {
        TokenBuckets buckets = method == HttpMethod.GET || method == HttpMethod.HEAD ? reads : writes;
        return buckets.take(caller, System.nanoTime());
    }

    /** A token issued to this client: 0 when allowed, else seconds to wait. */
    public long tokenFor(String clientId) {
        return tokens.take(clientId, System.nanoTime());
    }

    /** Whether this address may try to authenticate now (it has failed too often otherwise). */
    public long failuresAllowed(String address) {
        return failures.peek(address, System.nanoTime());
    }

    public void failed(String address) {
        failures.take(address, System.nanoTime());
    }
}
