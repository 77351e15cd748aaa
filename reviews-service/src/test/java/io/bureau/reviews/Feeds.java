package io.bureau.reviews;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.bureau.reviews.people.Department;
import io.bureau.reviews.people.Person;
import io.bureau.testing.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Other contexts' events as their services publish them (CloudEvents binary mode, keyed by the
 * aggregate id), delivered to the real broker with the event time each test needs.
 */
public final class Feeds {

    public static final String EMPLOYEE_TOPIC = "bureau.staff.employee";
    public static final String DEPARTMENT_TOPIC = "bureau.staff.department";
    public static final String TASK_TOPIC = "bureau.scheduling.task";
    public static final String DLQ = "bureau.reviews.dlq";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Feeds() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Publishes one event; the same {@code eventId} twice is a redelivery. */
    public static void publish(String topic, String eventId, String type, UUID subject, OffsetDateTime time, Object payload) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject.toString(), JSON.writeValueAsString(payload));
            record.headers()
                    .add("ce_specversion", bytes("1.0"))
                    .add("ce_id", bytes(eventId))
                    .add("ce_source", bytes("/test"))
                    .add("ce_type", bytes(type))
                    .add("ce_subject", bytes(subject.toString()))
                    .add("ce_time", bytes(time.toString()))
                    .add("content-type", bytes("application/json"));
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaEvents.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + type, e);
        }
    }

    public static void employeeEvent(String event, UUID employeeId, OffsetDateTime time, Map<String, Object> payload) {
        publish(EMPLOYEE_TOPIC, UUID.randomUUID().toString(), "bureau.staff.employee." + event + ".v1", employeeId, time, payload);
    }

    public static void taskEvent(String eventId, String event, UUID taskId, Map<String, Object> payload) {
        publish(TASK_TOPIC, eventId, "bureau.scheduling.task." + event + ".v1", taskId, now(), payload);
    }

    /** A department managed by {@code managerId} (under {@code parentId} when given), once reviews knows it. */
    public static UUID department(UUID parentId, UUID managerId) {
        UUID id = UUID.randomUUID();
        Map<String, Object> payload = new HashMap<>();
        payload.put("departmentId", id);
        payload.put("name", "Dept " + id.toString().substring(0, 8));
        payload.put("parentId", parentId);
        payload.put("managerId", managerId);
        publish(DEPARTMENT_TOPIC, UUID.randomUUID().toString(), "bureau.staff.department.created.v1", id, now(), payload);
        awaitTrue(() -> Department.findById(id) != null);
        return id;
    }

    public static Map<String, Object> profile(UUID employeeId, UUID departmentId, UUID managerId) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("employeeId", employeeId);
        payload.put("firstName", "Fn" + employeeId.toString().substring(0, 6));
        payload.put("lastName", "Ln" + employeeId.toString().substring(0, 6));
        payload.put("position", "Clerk");
        payload.put("departmentId", departmentId);
        payload.put("managerId", managerId);
        payload.put("status", "ACTIVE");
        payload.put("skills", List.of());
        return payload;
    }

    /** Hires someone into the department under a line manager, and waits until reviews knows them. */
    public static UUID hire(UUID departmentId, UUID managerId) {
        UUID id = UUID.randomUUID();
        employeeEvent("hired", id, now(), profile(id, departmentId, managerId));
        awaitTrue(() -> {
            Person person = Person.findById(id);
            return person != null && person.hasProfile();
        });
        return id;
    }

    /** Waits (up to a minute) until the read-model condition holds, reading in a transaction of its own. */
    public static void awaitTrue(Supplier<Boolean> condition) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> QuarkusTransaction.requiringNew().call(condition::get));
    }

    /**
     * Publishes a type the consumer skips on the key's partition, after the events under test, and
     * waits until it is processed: every earlier event on that key has been handled by then.
     */
    public static void awaitHandled(String topic, UUID key) {
        String marker = UUID.randomUUID().toString();
        String context = topic.split("\\.")[1];
        String aggregate = topic.split("\\.")[2];
        publish(topic, marker, "bureau." + context + "." + aggregate + ".test-marker.v9", key, now(), Map.of());
        awaitTrue(() -> ((Number) Person.getEntityManager()
                .createNativeQuery("select count(*) from processed_event where event_id = ?1").setParameter(1, marker)
                .getSingleResult()).intValue() == 1);
    }

    public static List<KafkaEvents.Event> deadLettersAbout(UUID subject) {
        return KafkaEvents.matching(e -> subject.toString().equals(e.key()), DLQ);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
