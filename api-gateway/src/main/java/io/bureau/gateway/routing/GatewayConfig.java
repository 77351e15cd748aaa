package io.bureau.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which service owns which resources, and where it is. */
@ConfigMapping(prefix = "bureau.gateway")
public interface GatewayConfig {

    /** Service name → its base URL and the {@code /api/v1/<resource>} names it owns. */
    Map<String, ServiceRoute> services();

    /** How long the gateway waits for a service to connect. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a connection to a service may stay silent (no answer yet) before the gateway gives up with 503. */
    @WithDefault("30s")
    Duration idleTimeout();

    interface ServiceRoute {
        URI url();

        List<String> resources();
    }
}
