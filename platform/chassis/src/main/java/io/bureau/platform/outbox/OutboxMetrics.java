package io.bureau.platform.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * {@code bureau.outbox.pending} (rows waiting to be sent) and {@code bureau.outbox.oldest.age.seconds}:
 * the two numbers that say whether events are flowing; {@code bureau.outbox.parked}: events the
 * broker refused, which wait for an operator. Read from the table, at most every 5 seconds.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final Duration CACHE_FOR = Duration.ofSeconds(5);

    @Inject
    AgroalDataSource dataSource;

    private volatile Instant readAt = Instant.EPOCH;
    private volatile long pending;
    private volatile double oldestAgeSeconds;
    private volatile long parked;

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("bureau.outbox.pending", this, m -> m.refreshed().pending)
                .description("Outbox events committed but not yet acknowledged by the broker")
                .register(registry);
        Gauge.builder("bureau.outbox.oldest.age.seconds", this, m -> m.refreshed().oldestAgeSeconds)
                .description("Age of the oldest outbox event still waiting")
                .register(registry);
        Gauge.builder("bureau.outbox.parked", this, m -> m.refreshed().parked)
                .description("Outbox events the broker refused and the relay parked; later events of their keys wait")
                .register(registry);
    }

    public long pending() {
        return refreshed().pending;
    }

    public long parked() {
        return refreshed().parked;
    }

    private synchronized OutboxMetrics refreshed() {
        if (Instant.now().isBefore(readAt.plus(CACHE_FOR))) {
            return this;
        }
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select count(*) filter (where parked_at is null), min(occurred_at) filter (where parked_at is null),
                            count(*) filter (where parked_at is not null)
                     from outbox_event where published_at is null""")) {
            rs.next();
            pending = rs.getLong(1);
            parked = rs.getLong(3);
            OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
            oldestAgeSeconds = oldest == null ? 0 : Duration.between(oldest.toInstant(), Instant.now()).toMillis() / 1000.0;
            readAt = Instant.now();
        } catch (Exception e) {
            LOG.debugf("Outbox metrics unavailable: %s", e.toString());
        }
        return this;
    }
}
