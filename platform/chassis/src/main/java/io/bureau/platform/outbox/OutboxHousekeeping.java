package io.bureau.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

/**
 * The relay's chores between cycles: delete published rows past their retention, and say every
 * minute which keys wait behind a parked row, so nobody has to guess why their events stopped.
 */
@ApplicationScoped
class OutboxHousekeeping {

    private static final Logger LOG = Logger.getLogger(OutboxHousekeeping.class);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);
    private static final Duration REPORT_PARKED_EVERY = Duration.ofMinutes(1);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    private Instant nextCleanup = Instant.EPOCH;
    private Instant nextParkedReport = Instant.EPOCH;

    void runIfDue() throws SQLException {
        Instant now = Instant.now();
        if (now.isBefore(nextCleanup) && now.isBefore(nextParkedReport)) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!now.isBefore(nextCleanup)) {
                nextCleanup = now.plus(CLEANUP_EVERY);
                deletePublished(c);
            }
            if (!now.isBefore(nextParkedReport)) {
                nextParkedReport = now.plus(REPORT_PARKED_EVERY);
                reportWaitingBehindParked(c);
            }
        }
    }

    private void deletePublished(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "delete from outbox_event where published_at < now() - (? * interval '1 second')")) {
            s.setLong(1, config.retention().toSeconds());
            int deleted = s.executeUpdate();
            if (deleted > 0) {
                LOG.infof("Outbox relay removed %d published events older than %s", deleted, config.retention());
            }
        }
    }

    private void reportWaitingBehindParked(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select p.event_id, p.event_type, p.aggregate_id, p.parked_at, p.last_error,
                       (select count(*) from outbox_event w
                        where w.lane = p.lane and w.aggregate_id = p.aggregate_id
                          and w.published_at is null and w.id > p.id)
                from outbox_event p
                where p.parked_at is not null and p.published_at is null
                order by p.id
                limit 100""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                LOG.warnf("Outbox event %s (%s, key %s) is parked since %s: %s; %d later events of that key wait behind it",
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4), rs.getString(5), rs.getLong(6));
            }
        }
    }
}
