package io.bureau.scheduling;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.bureau.testing.KafkaEvents;
import io.bureau.testing.TestTokens;

/**
 * Staff's events as staff-service publishes them (CloudEvents binary mode, keyed by the aggregate
 * id), delivered to the real broker with the event time each test needs: the roster orders by it.
 */
public final class StaffFeed {

    public static final String EMPLOYEE_TOPIC = "bureau.staff.employee";
    public static final String DEPARTMENT_TOPIC = "bureau.staff.department";
    public static final String DLQ = "bureau.scheduling.dlq";
    public static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private StaffFeed() {
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
                    .add("ce_source", bytes("/staff-service"))
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

    /** A department (created) managed by {@code managerId}, under {@code parentId} when given, once the roster has it. */
    public static UUID department(UUID parentId, UUID managerId) {
        UUID id = UUID.randomUUID();
        Map<String, Object> payload = new HashMap<>();
        payload.put("departmentId", id);
        payload.put("name", "Dept " + id.toString().substring(0, 8));
        payload.put("parentId", parentId);
        payload.put("managerId", managerId);
        publish(DEPARTMENT_TOPIC, UUID.randomUUID().toString(), "bureau.staff.department.created.v1", id, now(), payload);
        if (managerId != null) {
            // Departments arrive on a topic of their own: wait until the roster knows who manages this one.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                    .auth().oauth2(TestTokens.employee(managerId, "office-manager")).queryParam("department", id)
                    .get("/api/v1/roster").statusCode() == 200);
        }
        return id;
    }

    /** The payload of hired (with skills) or updated (skills null). */
    public static Map<String, Object> profile(UUID employeeId, UUID departmentId, UUID managerId, String position,
                                              double weeklyHours, List<String> workingDays, List<Map<String, Object>> skills) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("employeeId", employeeId);
        payload.put("firstName", "Fn" + employeeId.toString().substring(0, 6));
        payload.put("lastName", "Ln" + employeeId.toString().substring(0, 6));
        payload.put("workEmail", employeeId + "@bureau.example");
        payload.put("position", position);
        payload.put("departmentId", departmentId);
        payload.put("managerId", managerId);
        payload.put("hireDate", LocalDate.now().minusYears(1));
        payload.put("weeklyHours", weeklyHours);
        payload.put("workingDays", workingDays);
        payload.put("status", "ACTIVE");
        if (skills != null) {
            payload.put("skills", skills);
        }
        return payload;
    }

    public static Map<String, Object> skill(UUID skillId, String name, int level) {
        Map<String, Object> skill = new HashMap<>();
        skill.put("skillId", skillId);
        skill.put("name", name);
        skill.put("level", level);
        return skill;
    }

    public static Map<String, Object> skill(UUID skillId, String name, int level, LocalDate expiresOn) {
        Map<String, Object> skill = skill(skillId, name, level);
        skill.put("source", "VERIFIED");
        skill.put("expiresOn", expiresOn);
        return skill;
    }

    /** Hires someone into the department with these skills, full time on weekdays, and waits until the roster has them. */
    public static UUID hire(UUID departmentId, UUID managerId, List<Map<String, Object>> skills) {
        UUID id = UUID.randomUUID();
        employeeEvent("hired", id, now(), profile(id, departmentId, managerId, "Clerk", 37.5, WEEKDAYS, skills));
        awaitRosterEntry(id);
        return id;
    }

    public static void awaitRosterEntry(UUID employeeId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(TestTokens.admin()).get("/api/v1/roster/" + employeeId).statusCode() == 200);
    }

    /** A marker event (an absence far in the future) after the events under test: once it is in the roster, they were all handled. */
    public static void awaitAllHandled(UUID employeeId) {
        UUID marker = UUID.randomUUID();
        LocalDate day = LocalDate.now().plusYears(5);
        employeeEvent("absence-recorded", employeeId, now().plusDays(1), Map.of("employeeId", employeeId, "absenceId", marker,
                "kind", "TRAINING", "firstDay", day, "lastDay", day));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(TestTokens.admin()).get("/api/v1/roster/" + employeeId).then().extract()
                .<List<String>>path("absences.id").contains(marker.toString()));
    }

    public static List<KafkaEvents.Event> deadLettersAbout(UUID subject) {
        return KafkaEvents.matching(e -> subject.toString().equals(e.key()), DLQ);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
