package io.bureau.platform.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bureau.platform.events.CloudEvents;
import io.bureau.platform.requestid.RequestIds;

/**
 * Publishes domain events the only safe way: as rows written in the same transaction as the state
 * change they describe. If the transaction rolls back, the event never existed; once it commits,
 * the {@link OutboxRelay} delivers it, however long the broker is away.
 */
@ApplicationScoped
public class Outbox {

    /** Rows of one key share a lane, and a lane is published in order by one relay at a time. */
    public static final int LANES = 16;

    /** A relay holds a lane with the session advisory lock ({@code LANE_LOCK_CLASS}, lane). */
    public static final int LANE_LOCK_CLASS = 0x0B0E_0B0E;

    private static final Object WAKE_KEY = new Object();

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /**
     * Records event {@code type} about aggregate {@code aggregateId} with {@code payload} as its
     * JSON data. Must run inside the transaction that makes the change.
     *
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String type, Object aggregateId, Object payload) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.eventType = type;
        row.topic = CloudEvents.topicOf(type);
        row.aggregateId = aggregateId.toString();
        row.lane = Math.floorMod(row.aggregateId.hashCode(), LANES);
        row.payload = toJson(payload);
        row.requestId = RequestIds.current();
        row.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        entityManager.persist(row);
        wakeRelayAfterCommit();
        return row.eventId;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }

    private String toJson(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload is not serialisable: " + payload.getClass(), e);
        }
    }
}
