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

    /**
     * How long the producer keeps retrying an event through an outage before the relay counts it as
     * failed and sends it again later. Within it the broker drops retried duplicates; a longer
     * outage may leave a duplicate of an event the broker wrote but could not acknowledge.
     */
    @WithDefault("2m")
    Duration sendTimeout();

    /**
     * How many lanes (of 16) one cycle may hold. Replicas take free lanes in random order, so with
     * 4, up to four replicas publish side by side and none takes every lane.
     */
    @WithDefault("4")
    int lanesPerCycle();

    /**
     * After how many refusals by the broker (too large, topic not authorised) an event is parked
     * so that other keys of its lane move on. An outage never counts as a refusal.
     */
    @WithDefault("5")
    int parkAfterRefusals();

    /** The longest pause between attempts while the broker is unreachable. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long published rows are kept before they are deleted. */
    @WithDefault("7d")
    Duration retention();
}
