package io.bureau.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.agroal.api.AgroalDataSource;
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

    // Inside a transaction the pool hands out the connection enlisted in it: the mark commits with the effect.
    @Inject
    AgroalDataSource dataSource;

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
                try (Connection c = dataSource.getConnection();
                     PreparedStatement s = c.prepareStatement(
                             "update idempotency_key set effect_committed_at = now() where caller = ? and key = ?")) {
                    s.setString(1, markedCaller);
                    s.setString(2, markedKey);
                    s.executeUpdate();
                } catch (SQLException e) {
                    // Failing here rolls the effect back, so a retry safely runs it again.
                    throw new IllegalStateException("could not mark Idempotency-Key " + markedKey, e);
                }
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }
}
