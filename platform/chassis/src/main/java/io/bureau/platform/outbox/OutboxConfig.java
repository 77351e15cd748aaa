package io.bureau.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "bureau.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay (every replica may; lanes keep them apart). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for rows when no commit woke it. */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("500")
    int batchSize();

    /** How long one publication may wait for the broker's acknowledgement before it counts as failed. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** The longest pause between attempts while the broker is unreachable. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long published rows are kept before they are deleted. */
    @WithDefault("7d")
    Duration retention();
}
