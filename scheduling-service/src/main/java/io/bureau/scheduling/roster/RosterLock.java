package io.bureau.scheduling.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;

import io.bureau.platform.problem.Problems;

/**
 * Keeps live staff events and an admin's replay of the roster apart, on every replica: a PostgreSQL
 * advisory lock held until the transaction ends, shared by each live event and exclusive for the
 * replay. A live event that finds the replay running fails as a transient lock failure, which the
 * platform's consumer retries with back-off while holding its partition (never a dead letter), so it
 * is applied on top of the rebuilt roster once the replay commits.
 */
@ApplicationScoped
public class RosterLock {

    private static final String ROSTER_KEY = "hashtextextended('bureau.scheduling.roster', 0)";
    private static final String REPLAY = "select pg_try_advisory_xact_lock(hashtextextended('bureau.scheduling.roster-rebuild', 0))";

    @Inject
    EntityManager entityManager;

    /** Called by a live consumer before it changes the roster. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shareForLiveEvent() {
        if (!query("select pg_try_advisory_xact_lock_shared(" + ROSTER_KEY + ")")) {
            throw new PessimisticLockException("the roster is being rebuilt; the event is retried once it is done");
        }
    }

    /**
     * Taken by the replay: 409 when another replay runs; then waits for the live events being applied
     * now (a moment) and holds every later one back until the transaction ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeForReplay() {
        if (!query(REPLAY)) {
            throw Problems.conflict("A rebuild of the roster is already running; wait for it to finish");
        }
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + ROSTER_KEY + ")) as locked")
                .getSingleResult();
    }

    private boolean query(String sql) {
        return Boolean.TRUE.equals(entityManager.createNativeQuery(sql).getSingleResult());
    }
}
