package io.bureau.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The relay's hold on lanes and its reads and writes of their rows, on one connection in
 * auto-commit: no database transaction stays open while events wait for the broker.
 *
 * <p>A lane is held with a session advisory lock ({@code pg_try_advisory_lock(Outbox.LANE_LOCK_CLASS, lane)}),
 * so two replicas never publish one lane at once, and a replica that dies lets go of its lanes
 * with its connection. Each cycle a relay takes at most {@code bureau.outbox.lanes-per-cycle} of
 * the free lanes that have work, in random order: with several replicas every one gets a share,
 * and no lane waits behind the others.
 */
@ApplicationScoped
class OutboxLanes {

    /** Takes up to {@code max} free lanes that have rows to publish, in random order. */
    List<Integer> take(Connection c, int max) throws SQLException {
        List<Integer> taken = new ArrayList<>();
        // OFFSET 0 keeps the lock attempts out of the inner query: only lanes with work are tried.
        try (PreparedStatement s = c.prepareStatement("""
                select lane from (
                    select l.lane from generate_series(0, ?) as l(lane)
                    where exists (select 1 from outbox_event e
                                  where e.lane = l.lane and e.published_at is null and e.parked_at is null)
                    order by random() offset 0) with_work
                where pg_try_advisory_lock(?, lane)""")) {
            s.setInt(1, Outbox.LANES - 1);
            s.setInt(2, Outbox.LANE_LOCK_CLASS);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    taken.add(rs.getInt(1));
                }
            }
        }
        if (taken.size() > max) {
            release(c, taken.subList(max, taken.size()));
            return new ArrayList<>(taken.subList(0, max));
        }
        return taken;
    }

    private void release(Connection c, List<Integer> lanes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_unlock(?, lane) from unnest(?) as lane")) {
            s.setInt(1, Outbox.LANE_LOCK_CLASS);
            s.setArray(2, c.createArrayOf("integer", lanes.toArray()));
            s.executeQuery().close();
        }
    }

    void releaseAll(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("select pg_advisory_unlock_all()");
        }
    }

    /**
     * The oldest rows of the lanes, in publication order. Rows of a key that has a parked row
     * before them are left out: they wait until an operator deals with the parked one.
     */
    List<OutboxRow> pendingRows(Connection c, List<Integer> lanes, int limit) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select e.id, e.event_id, e.topic, e.event_type, e.aggregate_id, e.lane, e.payload::text,
                       e.request_id, e.occurred_at
                from outbox_event e
                where e.published_at is null and e.parked_at is null and e.lane = any(?)
                  and not exists (select 1 from outbox_event p
                                  where p.parked_at is not null and p.published_at is null
                                    and p.lane = e.lane and p.aggregate_id = e.aggregate_id and p.id < e.id)
                order by e.id
                limit ?""")) {
            s.setArray(1, c.createArrayOf("integer", lanes.toArray()));
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getInt(6), rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class)));
                }
            }
        }
        return rows;
    }

    /**
     * Marks rows published without waiting for the mark to reach the disk ({@code synchronous_commit}
     * off for this one transaction, never for the connection): should the server crash before it is
     * written, the rows are sent again, which consumers take as the duplicates they already expect.
     * On a server that flushes every commit (production's; the embedded one runs with it off) the
     * flush would be most of a relay cycle, and events committed meanwhile wait behind it: one
     * synchronous 8 KiB write takes 6.5 ms on this project's machines.
     */
    void markPublished(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement local = c.createStatement(); PreparedStatement s = c.prepareStatement(
                "update outbox_event set published_at = now(), last_error = null where id = any(?)")) {
            local.execute("set local synchronous_commit to off");
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            s.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Counts a failed attempt; an outage never parks a row. */
    void recordFailure(Connection c, long id, String error) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where id = ?")) {
            s.setString(1, truncate(error));
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    /**
     * Counts a refusal of the row by the broker and parks the row at the {@code parkAfter}th.
     *
     * @return how many later rows of the same key now wait behind it, or -1 if it is not parked
     */
    int recordRefusal(Connection c, long id, String error, int parkAfter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                update outbox_event set attempts = attempts + 1, refusals = refusals + 1, last_error = ?,
                       parked_at = case when refusals + 1 >= ? then now() end
                where id = ?
                returning parked_at is not null,
                          (select count(*) from outbox_event w
                           where w.lane = outbox_event.lane and w.aggregate_id = outbox_event.aggregate_id
                             and w.published_at is null and w.id > outbox_event.id)""")) {
            s.setString(1, truncate(error));
            s.setInt(2, parkAfter);
            s.setLong(3, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1) ? rs.getInt(2) : -1;
            }
        }
    }

    private static String truncate(String error) {
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
