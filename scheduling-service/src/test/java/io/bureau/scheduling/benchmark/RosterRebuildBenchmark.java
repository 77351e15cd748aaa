package io.bureau.scheduling.benchmark;

import static io.bureau.scheduling.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.bureau.scheduling.StaffFeed;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Prints how long live consumption and the admin's replay take for a staff history of 1,000 people
 * with ten events each (hire, updates, skills, absences and their cancellations). Figures, not a test.
 */
@QuarkusTest
@Tag("benchmark")
class RosterRebuildBenchmark {

    private static final int PEOPLE = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    DataSource dataSource;

    @Test
    void replayOfTenThousandEvents() throws Exception {
        UUID manager = UUID.randomUUID();
        UUID department = StaffFeed.department(null, manager);
        List<UUID> people = new ArrayList<>();
        long start = System.nanoTime();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaEvents.bootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(), new StringSerializer())) {
            OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
            LocalDate day = LocalDate.now().plusDays(30);
            for (int i = 0; i < PEOPLE; i++) {
                UUID person = UUID.randomUUID();
                people.add(person);
                send(producer, "hired", person, at, StaffFeed.profile(person, department, manager, "Clerk", 37.5, StaffFeed.WEEKDAYS,
                        List.of(StaffFeed.skill(UUID.randomUUID(), "Filing", 2))));
                send(producer, "updated", person, at.plusSeconds(1), StaffFeed.profile(person, department, manager, "Senior clerk",
                        30, StaffFeed.WEEKDAYS, null));
                send(producer, "skills-changed", person, at.plusSeconds(2), Map.of("employeeId", person, "skills",
                        List.of(StaffFeed.skill(UUID.randomUUID(), "Bookkeeping", 3), StaffFeed.skill(UUID.randomUUID(), "Typing", 4))));
                for (int a = 0; a < 3; a++) {
                    UUID absence = UUID.randomUUID();
                    Map<String, Object> body = Map.of("employeeId", person, "absenceId", absence, "kind", "LEAVE",
                            "firstDay", day.plusDays(a * 7), "lastDay", day.plusDays(a * 7 + 2));
                    send(producer, "absence-recorded", person, at.plusSeconds(3 + a), body);
                    if (a < 2) {
                        send(producer, "absence-cancelled", person, at.plusSeconds(10 + a), body);
                    }
                }
                send(producer, "status-changed", person, at.plusSeconds(20), Map.of("employeeId", person, "status", "ACTIVE",
                        "since", LocalDate.now()));
                send(producer, "updated", person, at.plusSeconds(21), StaffFeed.profile(person, department, manager, "Clerk " + i,
                        37.5, StaffFeed.WEEKDAYS, null));
            }
            producer.flush();
        }
        long published = System.nanoTime();
        String ids = people.stream().map(p -> "'" + p + "'").reduce((a, b) -> a + "," + b).orElseThrow();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("select count(*) from roster_absence where person_id in (" + ids + ")") == PEOPLE * 3L
                        && count("select count(*) from roster_person where position like 'Clerk %' and id in (" + ids + ")") == PEOPLE);
        long consumed = System.nanoTime();
        ExtractableResponse<Response> rebuilt = asAdmin().post("/api/v1/roster/rebuild").then().statusCode(200).extract();
        long replayed = System.nanoTime();
        long records = rebuilt.<Number>path("recordsRead").longValue();
        System.out.printf("%nRoster rebuild benchmark: %d people x 10 events published in %d ms; live consumption caught up in %d ms"
                        + "%nreplay: %d records (%s people on the roster) in %d ms, %.0f records/s%n%n",
                PEOPLE, ms(published - start), ms(consumed - published), records, rebuilt.path("people"), ms(replayed - consumed),
                records * 1e9 / (replayed - consumed));
    }

    private static void send(KafkaProducer<String, String> producer, String event, UUID person, OffsetDateTime at, Object payload)
            throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(StaffFeed.EMPLOYEE_TOPIC, person.toString(), JSON.writeValueAsString(payload));
        record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(UUID.randomUUID().toString()))
                .add("ce_source", bytes("/staff-service")).add("ce_type", bytes("bureau.staff.employee." + event + ".v1"))
                .add("ce_subject", bytes(person.toString())).add("ce_time", bytes(at.toString()))
                .add("content-type", bytes("application/json"));
        producer.send(record);
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
