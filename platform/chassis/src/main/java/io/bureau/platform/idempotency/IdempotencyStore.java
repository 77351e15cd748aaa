package io.bureau.platform.idempotency;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The {@code idempotency_key} table. Each step commits on its own (the request it guards runs
 * between them, in its own transactions): reserve the key, then store the answer or forget it.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

    /** What a request with a key may do: run (the key is now reserved for it) or be answered at once. */
    public sealed interface Outcome {
    }

    public record Reserved() implements Outcome {
    }

    public record InFlight() implements Outcome {
    }

    /** The first request's changes committed, but its process died before its answer was kept. */
    public record AnswerLost() implements Outcome {
    }

    public record Mismatch(String method, String path) implements Outcome {
    }

    public record Replay(StoredAnswer answer) implements Outcome {
    }

    public record StoredAnswer(int status, String contentType, String etag, String location, byte[] body) {
    }

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "bureau.idempotency.retention", defaultValue = "24h")
    Duration retention;

    @ConfigProperty(name = "bureau.idempotency.in-flight-timeout", defaultValue = "2m")
    Duration inFlightTimeout;

    public Outcome reserve(String caller, String key, String method, String path, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            int inserted = entityManager.createNativeQuery("""
                    insert into idempotency_key (caller, key, method, path, request_hash, created_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (caller, key) do nothing""")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, method)
                    .setParameter(4, path).setParameter(5, requestHash).setParameter(6, now)
                    .executeUpdate();
            if (inserted == 1) {
                return new Reserved();
            }
            Object[] row = (Object[]) entityManager.createNativeQuery("""
                    select method, path, request_hash, status, content_type, etag, location, body, created_at,
                           effect_committed_at
                    from idempotency_key where caller = ?1 and key = ?2 for update""")
                    .setParameter(1, caller).setParameter(2, key).getSingleResult();
            OffsetDateTime createdAt = toOffset(row[8]);
            boolean expired = createdAt.isBefore(now.minus(retention));
            // A reservation nobody answered for this long belongs to a request whose process died.
            boolean abandoned = row[3] == null && createdAt.isBefore(now.minus(inFlightTimeout));
            boolean sameRequest = method.equals(row[0]) && path.equals(row[1]) && requestHash.equals(row[2]);
            if (abandoned && !expired && row[9] != null) {
                return sameRequest ? new AnswerLost() : new Mismatch((String) row[0], (String) row[1]);
            }
            if (expired || abandoned) {
                entityManager.createNativeQuery("""
                        update idempotency_key set method = ?3, path = ?4, request_hash = ?5, status = null,
                        content_type = null, etag = null, location = null, body = null, created_at = ?6,
                        effect_committed_at = null
                        where caller = ?1 and key = ?2""")
                        .setParameter(1, caller).setParameter(2, key).setParameter(3, method)
                        .setParameter(4, path).setParameter(5, requestHash).setParameter(6, now)
                        .executeUpdate();
                return new Reserved();
            }
            if (!sameRequest) {
                return new Mismatch((String) row[0], (String) row[1]);
            }
            if (row[3] == null) {
                return new InFlight();
            }
            return new Replay(new StoredAnswer(((Number) row[3]).intValue(), (String) row[4], (String) row[5],
                    (String) row[6], (byte[]) row[7]));
        });
    }

    public void answer(String caller, String key, StoredAnswer answer) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update idempotency_key set status = ?3, content_type = ?4, etag = ?5, location = ?6, body = ?7
                where caller = ?1 and key = ?2""")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, answer.status())
                .setParameter(4, answer.contentType()).setParameter(5, answer.etag())
                .setParameter(6, answer.location()).setParameter(7, answer.body())
                .executeUpdate());
    }

    public void forget(String caller, String key) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from idempotency_key where caller = ?1 and key = ?2")
                .setParameter(1, caller).setParameter(2, key).executeUpdate());
    }

    @Scheduled(every = "${bureau.idempotency.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // Not once shutdown began: the database may already be closing.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeExpired() {
        int purged = purgeOlderThan(OffsetDateTime.now(ZoneOffset.UTC).minus(retention));
        if (purged > 0) {
            LOG.debugf("Purged %d expired idempotency keys", purged);
        }
    }

    int purgeOlderThan(OffsetDateTime cutoff) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "delete from idempotency_key where created_at < ?1").setParameter(1, cutoff).executeUpdate());
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
