package io.bureau.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The relay's published mark, against the real database. */
@QuarkusTest
class OutboxLanesTest {

    @Inject
    OutboxLanes lanes;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void thePublishedMarkSkipsTheDiskFlushForItsOwnTransactionOnly() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            // The embedded server runs with synchronous_commit off; a production server has it on.
            execute(c, "set synchronous_commit to on");
            long id = insertUnpublishedRow(c);

            lanes.markPublished(c, List.of(id));

            try (PreparedStatement s = c.prepareStatement("select published_at is not null from outbox_event where id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next() && rs.getBoolean(1), "the row is marked published");
                }
            }
            // The connection goes back to the pool as it came: auto-commit, and every later
            // transaction on it (a service's own) still waits for its commit to reach the disk.
            assertTrue(c.getAutoCommit());
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show synchronous_commit")) {
                rs.next();
                assertEquals("on", rs.getString(1));
            }
            execute(c, "reset synchronous_commit");
        }
    }

    private static void execute(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long insertUnpublishedRow(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement("""
                insert into outbox_event (event_id, topic, event_type, aggregate_id, lane, payload, occurred_at, published_at)
                values (?, 'bureau.sample.lanes-test', 'bureau.sample.lanes-test.marked.v1', 'k', 0, '{}'::jsonb, now(), now())
                returning id""")) {
            // Inserted already published, so the running relay leaves it alone; the mark is then cleared.
            s.setObject(1, UUID.randomUUID());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                try (PreparedStatement clear = c.prepareStatement("update outbox_event set published_at = null, parked_at = now() where id = ?")) {
                    clear.setLong(1, id);
                    clear.executeUpdate();
                }
                return id;
            }
        }
    }
}
