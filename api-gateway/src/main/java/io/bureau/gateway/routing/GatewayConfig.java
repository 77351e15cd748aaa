package io.bureau.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where each service is; which resources it owns comes from the merged contract (MergedContract). */
@ConfigMapping(prefix = "bureau.gateway")
public interface GatewayConfig {

    /** Service name (as the merged contract names it: staff, scheduling, reviews, procurement) → where it is. */
    Map<String, ServiceRoute> services();

    /** How long the gateway waits for a service to connect. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a pooled connection to a service may stay unused before it is closed. */
    @WithDefault("30s")
    Duration idleTimeout();

    /** After this many failures in a row (refused, unreachable, timed out) a service's routes answer 503 at once... */
    @WithDefault("5")
    int breakerThreshold();

    /** ...for this long; then requests are tried again, and the first failure opens the breaker anew. */
    @WithDefault("5s")
    Duration breakerOpenFor();

    /** How often the gateway checks each service's readiness (for its own readiness and the breaker). */
    @WithDefault("2s")
    Duration healthCheckEvery();

    /** Machine clients (HR integrations) that may obtain tokens at POST /oauth2/token; id → client. */
    Map<String, Client> clients();

    /** How long a token from /oauth2/token or the demo login is valid. */
    @WithDefault("15m")
    Duration tokenLifetime();

    /** The demo login for the seeded demo people: true only in the local, dev and test profiles. */
    DemoLogin demoLogin();

    interface DemoLogin {
        @WithDefault("false")
        boolean enabled();
    }

    /** Token buckets per caller and route class. */
    RateLimits rateLimits();

    interface Client {
        /** pbkdf2-sha256$<iterations>$<salt-b64>$<hash-b64> (SecretHash), never the secret. */
        String secretHash();

        /** The roles its tokens may carry; a token request's scope picks a subset. */
        List<String> roles();
    }

    interface RateLimits {
        /** GET and HEAD under /api/v1, per token subject. */
        @WithDefault("50")
        double readsPerSecond();

        @WithDefault("200")
        int readsBurst();

        /** Every other method under /api/v1, per token subject. */
        @WithDefault("10")
        double writesPerSecond();

        @WithDefault("40")
        int writesBurst();

        /** Tokens issued per client id at /oauth2/token. */
        @WithDefault("1")
        double tokensPerSecond();

        @WithDefault("10")
        int tokensBurst();

        /** Failed client authentications per remote address at /oauth2/token. */
        @WithDefault("0.1")
        double failuresPerSecond();

        @WithDefault("10")
        int failuresBurst();

        /** At most this many callers' buckets are kept; idle ones go first. */
        @WithDefault("100000")
        int maxBuckets();

        /** A bucket unused this long is full again and is dropped. */
        @WithDefault("10m")
        Duration idleAfter();
    }

    interface ServiceRoute {
        URI url();

        /** How long a request may wait for the service's answer before the caller gets a 504 problem. */
        @WithDefault("30s")
        Duration timeout();

        /** The service's readiness endpoint; by default its management port (public port + 1000) /q/health/ready. */
        Optional<URI> healthUrl();

        default URI readinessUrl() {
            return healthUrl().orElseGet(() -> URI.create(url().getScheme() + "://" + url().getHost() + ":"
                    + ((url().getPort() > 0 ? url().getPort() : 80) + 1000) + "/q/health/ready"));
        }
    }
}
