package io.bureau.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
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
