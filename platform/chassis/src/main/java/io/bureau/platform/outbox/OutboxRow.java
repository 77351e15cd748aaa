package io.bureau.platform.outbox;

import java.time.OffsetDateTime;

/** An outbox row as the relay reads it: everything needed to publish it as a CloudEvent. */
record OutboxRow(long id, String eventId, String topic, String type, String key, int lane,
                 String payload, String requestId, OffsetDateTime occurredAt) {
}
