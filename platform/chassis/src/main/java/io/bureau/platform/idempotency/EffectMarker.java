package io.bureau.platform.idempotency;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.arc.Arc;

/**
 * Writes "this key's effect committed" into every transaction that a request holding an
 * Idempotency-Key reservation commits, as part of that transaction. So if the process dies after
 * the effect's commit but before the answer is stored, a retry learns that the work was done
 * instead of doing it again.
 */
@RequestScoped
public class EffectMarker {

    private static final Object MARKED = new Object();

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private String caller;
    private String key;

    void guard(String caller, String key) {
        this.caller = caller;
        this.key = key;
    }

    void release() {
        caller = null;
        key = null;
    }

    static void onTransactionBegun(@Observes @Initialized(TransactionScoped.class) Object event) {
        var requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return;
        }
        Arc.container().instance(EffectMarker.class).get().markBeforeCommitIfGuarding();
    }

    // Called through the client proxy: fields are only read inside the instance.
    void markBeforeCommitIfGuarding() {
        if (key == null || transactions.getResource(MARKED) != null) {
            return;
        }
        transactions.putResource(MARKED, Boolean.TRUE);
        String markedCaller = caller;
        String markedKey = key;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                entityManager.createNativeQuery(
                        "update idempotency_key set effect_committed_at = ?3 where caller = ?1 and key = ?2")
                        .setParameter(1, markedCaller).setParameter(2, markedKey)
                        .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
                        .executeUpdate();
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }
}
