package io.bureau.procurement;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.bureau.testing.KafkaEvents;
import io.bureau.testing.TestTokens;

/** Staff's and reviews' events delivered to the real broker as their services publish them, and setup over the API. */
public final class Org {

    public static final String EMPLOYEE_TOPIC = "bureau.staff.employee";
    public static final String DEPARTMENT_TOPIC = "bureau.staff.department";
    public static final String TRAINING_TOPIC = "bureau.reviews.training";
    public static final String DLQ = "bureau.procurement.dlq";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Org() {
    }

    public static String json(Object payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A department managed by {@code managerId}, once procurement knows who manages it. */
    public static UUID department(UUID managerId) {
        UUID id = UUID.randomUUID();
        Map<String, Object> payload = new HashMap<>();
        payload.put("departmentId", id);
        payload.put("name", "Dept " + id.toString().substring(0, 8));
        payload.put("managerId", managerId);
        KafkaEvents.deliver(DEPARTMENT_TOPIC, UUID.randomUUID().toString(), "bureau.staff.department.created.v1", id, json(payload));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(TestTokens.employee(managerId, "office-manager")).queryParam("department", id)
                .get("/api/v1/budget-lines").statusCode() == 200);
        return id;
    }

    public static Map<String, Object> profile(UUID employeeId, UUID departmentId, UUID managerId, String position) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("employeeId", employeeId);
        payload.put("firstName", "Fn");
        payload.put("lastName", "Ln");
        payload.put("position", position);
        payload.put("departmentId", departmentId);
        payload.put("managerId", managerId);
        payload.put("hireDate", LocalDate.now());
        payload.put("status", "ACTIVE");
        payload.put("skills", List.of());
        return payload;
    }

    /** Delivers an event with the given event time (ce_time), as staff-service would publish it. */
    public static void deliverAt(String topic, String type, UUID subject, OffsetDateTime time, Object payload) {
        deliverAt(topic, UUID.randomUUID().toString(), type, subject, time, payload);
    }

    /** The same with the event id given, so a test can look for it among the processed events. */
    public static void deliverAt(String topic, String eventId, String type, UUID subject, OffsetDateTime time, Object payload) {
        org.apache.kafka.clients.producer.ProducerRecord<String, String> record =
                new org.apache.kafka.clients.producer.ProducerRecord<>(topic, subject.toString(), json(payload));
        record.headers()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(eventId))
                .add("ce_source", bytes("/staff-service"))
                .add("ce_type", bytes(type))
                .add("ce_subject", bytes(subject.toString()))
                .add("ce_time", bytes(time.toString()))
                .add("content-type", bytes("application/json"));
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<>(Map.<String, Object>of(
                "bootstrap.servers", KafkaEvents.bootstrapServers()),
                new org.apache.kafka.common.serialization.StringSerializer(), new org.apache.kafka.common.serialization.StringSerializer())) {
            producer.send(record).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + type, e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Delivers a hired event (its id given, so a test can redeliver it). */
    public static void hired(String eventId, UUID employeeId, UUID departmentId, UUID managerId, String position) {
        KafkaEvents.deliver(EMPLOYEE_TOPIC, eventId, "bureau.staff.employee.hired.v1", employeeId,
                json(profile(employeeId, departmentId, managerId, position)));
    }

    /** Hires someone and waits until procurement has handled it (their provisioning request exists). */
    public static UUID hire(UUID departmentId, UUID managerId, String position) {
        UUID id = UUID.randomUUID();
        hired(UUID.randomUUID().toString(), id, departmentId, managerId, position);
        awaitProvisioning(id);
        return id;
    }

    public static void awaitProvisioning(UUID employeeId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(TestTokens.admin()).queryParam("employee", employeeId)
                .get("/api/v1/provisioning-requests").then().extract().<Integer>path("totalItems") == 1);
    }

    public static List<KafkaEvents.Event> deadLettersAbout(UUID subject) {
        return KafkaEvents.matching(e -> subject.toString().equals(e.key()), DLQ);
    }

    public static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "EUR");
    }
}
