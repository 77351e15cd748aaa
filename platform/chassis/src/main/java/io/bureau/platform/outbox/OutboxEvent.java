package io.bureau.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of the transactional outbox; the relay reads these with plain SQL. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public int lane;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String payload;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** Times the broker refused this event itself; at {@code bureau.outbox.park-after-refusals} it is parked. */
    public int refusals;

    /** Set when the event was parked: it is not sent again, and later events of its key wait, until an operator clears it. */
    @Column(name = "parked_at")
    public OffsetDateTime parkedAt;
}
