package io.bureau.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.bureau.platform.consumer.PoisonEventException;

/**
 * A domain event as a consumer receives it. The payload is read as a tolerant reader would:
 * fields the consumer's own copy of the event class does not know are ignored, so a producer's
 * additive change never breaks a consumer.
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
                            String requestId, JsonNode data) {

    private static final ObjectMapper TOLERANT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Reads the envelope; a record that is not a Bureau CloudEvent is poison. */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEvents.ID);
        String type = header(record, CloudEvents.TYPE);
        if (id == null || id.isBlank()) {
            throw new PoisonEventException("missing header " + CloudEvents.ID);
        }
        if (type == null || type.isBlank()) {
            throw new PoisonEventException("missing header " + CloudEvents.TYPE);
        }
        if (record.value() == null) {
            throw new PoisonEventException("event " + id + " has no payload");
        }
        OffsetDateTime time = null;
        String timeHeader = header(record, CloudEvents.TIME);
        try {
            time = timeHeader == null ? null : OffsetDateTime.parse(timeHeader);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("event " + id + " has an unreadable " + CloudEvents.TIME + ": " + timeHeader);
        }
        try {
            JsonNode data = TOLERANT.readTree(record.value());
            return new IncomingEvent(id, type, header(record, CloudEvents.SOURCE), header(record, CloudEvents.SUBJECT),
                    time, header(record, CloudEvents.REQUEST_ID), data);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("event " + id + " payload is not JSON: " + e.getOriginalMessage());
        }
    }

    /** The payload as the consumer's own event class; a payload that does not fit is poison. */
    public <T> T dataAs(Class<T> type) {
        try {
            return TOLERANT.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("event " + id + " (" + this.type + ") payload does not fit "
                    + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
