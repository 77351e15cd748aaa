package io.bureau.staff.events;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bureau.testing.KafkaEvents;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * reviews-service's events exactly as COMMON's contracts define them (every field, with the key
 * the producer uses), delivered to the real broker in CloudEvents binary mode.
 */
final class ReviewsFeed {

    static final String DLQ = "bureau.staff.dlq";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewsFeed() {
    }

    /** Delivers one event under a new id, and returns the id. */
    static String deliver(String topic, String type, UUID key, Map<String, Object> payload) {
        String eventId = UUID.randomUUID().toString();
        deliver(topic, eventId, type, key, payload);
        return eventId;
    }

    /** Delivers one event; the same {@code eventId} twice is a redelivery. */
    static void deliver(String topic, String eventId, String type, UUID key, Map<String, Object> payload) {
        try {
            KafkaEvents.deliver(topic, eventId, type, key, JSON.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Delivers a type staff skips behind the events under test, with the same key (so the same
     * partition), and waits until it is processed: every event before it was handled by then.
     */
    static void awaitAllHandled(String topic, UUID key) {
        String marker = deliver(topic, topic + ".test-marker.v1", key, Map.of("note", "marker"));
        awaitProcessed(marker);
    }

    static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> processed(eventId));
    }

    static boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue() > 0);
    }

    static List<KafkaEvents.Event> deadLettersAbout(UUID key) {
        return KafkaEvents.matching(e -> key.toString().equals(e.key()), DLQ);
    }

    /** Waits for the dead letter of an event about {@code key}, and returns its reason. */
    static String awaitDeadLetterReason(UUID key) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> deadLettersAbout(key), list -> !list.isEmpty())
                .get(0).headers().get("dead-letter-reason");
    }

    static Map<String, Object> reviewFinalized(UUID reviewId, UUID employeeId, String cycleName, String periodStart,
                                               String periodEnd, double overallScore, String finalizedAt, String summary) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("reviewId", reviewId);
        payload.put("employeeId", employeeId);
        payload.put("departmentId", UUID.randomUUID());
        payload.put("cycleId", UUID.randomUUID());
        payload.put("cycleName", cycleName);
        payload.put("periodStart", periodStart);
        payload.put("periodEnd", periodEnd);
        payload.put("overallScore", overallScore);
        payload.put("finalizedAt", finalizedAt);
        payload.put("finalizedBy", UUID.randomUUID());
        payload.put("summary", summary);
        return payload;
    }

    static Map<String, Object> planOpened(UUID planId, UUID employeeId, String openedOn, String dueOn) {
        return Map.of("planId", planId, "employeeId", employeeId, "departmentId", UUID.randomUUID(), "openedOn", openedOn,
                "dueOn", dueOn, "openedBy", UUID.randomUUID());
    }

    static Map<String, Object> planClosed(UUID planId, UUID employeeId, String outcome, String closedOn) {
        return Map.of("planId", planId, "employeeId", employeeId, "departmentId", UUID.randomUUID(), "outcome", outcome,
                "closedOn", closedOn);
    }

    static Map<String, Object> enrolmentCreated(UUID enrolmentId, UUID employeeId, String courseTitle, String startDate,
                                                String endDate) {
        return Map.of("enrolmentId", enrolmentId, "employeeId", employeeId, "courseId", UUID.randomUUID(),
                "courseTitle", courseTitle, "sessionId", UUID.randomUUID(), "startDate", startDate, "endDate", endDate);
    }

    static Map<String, Object> enrolmentCancelled(UUID enrolmentId, UUID employeeId, String startDate, String endDate) {
        return Map.of("enrolmentId", enrolmentId, "employeeId", employeeId, "sessionId", UUID.randomUUID(),
                "startDate", startDate, "endDate", endDate);
    }

    static Map<String, Object> trainingCompleted(UUID enrolmentId, UUID employeeId, String courseTitle, String result,
                                                 Integer score, List<Map<String, Object>> skillsGranted) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("enrolmentId", enrolmentId);
        payload.put("employeeId", employeeId);
        payload.put("courseId", UUID.randomUUID());
        payload.put("courseTitle", courseTitle);
        payload.put("completedOn", "2026-11-20");
        payload.put("result", result);
        if (score != null) {
            payload.put("score", score);
        }
        payload.put("skillsGranted", skillsGranted);
        return payload;
    }

    static Map<String, Object> granted(UUID skillId, String name, int level) {
        return Map.of("skillId", skillId, "name", name, "level", level);
    }

    static Map<String, Object> referralOpened(UUID referralId, UUID employeeId, String openedOn) {
        return Map.of("referralId", referralId, "employeeId", employeeId, "openedOn", openedOn);
    }
}
