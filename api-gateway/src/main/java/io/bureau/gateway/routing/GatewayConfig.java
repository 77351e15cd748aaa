package io.bureau.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

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

    /** How long a connection to a service may stay silent (no answer yet) before the gateway gives up with 503. */
    @WithDefault("30s")
    Duration idleTimeout();

    interface ServiceRoute {
        URI url();
    }
}
