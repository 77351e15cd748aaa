package io.bureau.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.bureau.infra.KafkaBroker;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.outbox.OutboxMetrics;
import io.bureau.platform.problem.ProblemException;
import io.bureau.platform.sample.Note;
import io.bureau.platform.sample.NoteService;
import io.bureau.testing.InjectKafkaBroker;
import io.bureau.testing.KafkaEvents;
import io.bureau.testing.KafkaEvents.Event;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Proofs (a) and (b) of the outbox, against the real database and the real broker. */
@QuarkusTest
class OutboxTest {

    // Metrics answer on the management interface only (relative to its root, /q).
    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    private static final String TOPIC = "bureau.sample.note";
    private static final String PARKING_TYPE = "bureau.sample.parking.changed.v1";
    private static final String PARKING_TOPIC = "bureau.sample.parking";

    @Inject
    Outbox outbox;

    @Inject
    NoteService notes;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    OutboxMetrics metrics;

    @Inject
    AgroalDataSource dataSource;

    @InjectKafkaBroker
    KafkaBroker broker;

    @Test
    void aCommittedChangePublishesExactlyItsEventAsACloudEvent() throws Exception {
        Note note = notes.create("hello", false);

        List<Event> events = awaitEvents(note.id, 1);
        Event event = events.get(0);
        assertEquals(NoteService.CREATED, event.type());
        assertEquals(note.id.toString(), event.key());
        assertEquals("1.0", event.headers().get("ce_specversion"));
        assertEquals("/chassis-sample", event.headers().get("ce_source"));
        assertEquals("application/json", event.headers().get("content-type"));
        UUID.fromString(event.id());
        JsonNode payload = objectMapper.readTree(event.value());
        assertEquals("hello", payload.get("text").asText());
        assertEquals(note.id.toString(), payload.get("noteId").asText());
        // A later event of the same key is published behind it: once it is on the topic, a re-sent copy would be too.
        UUID marker = QuarkusTransaction.requiringNew().call(() ->
                outbox.publish(NoteService.CREATED, note.id, Map.of("noteId", note.id, "text", "marker")));
        List<Event> upToMarker = KafkaEvents.allUntil(e -> marker.toString().equals(e.id()), Duration.ofSeconds(60), TOPIC);
        assertEquals(1, upToMarker.stream().filter(e -> event.id().equals(e.id())).count(), "published once only");
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        ProblemException failure = assertThrows(ProblemException.class, () -> notes.create("never", true));
        assertEquals(409, failure.status());
        // A later event of the same topic being out proves the relay has passed the rolled-back one's place.
        Note later = notes.create("after the rollback", false);
        awaitEvents(later.id, 1);

        List<Event> all = KafkaEvents.all(TOPIC);
        assertTrue(all.stream().noneMatch(e -> e.value().contains("\"never\"")), "the rolled-back event was published");
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where payload ->> 'text' = 'never'")
                .getSingleResult()).longValue());
        assertEquals(0, rows, "the rolled-back outbox row exists");
        long notesNamedNever = QuarkusTransaction.requiringNew().call(() -> Note.count("text", "never"));
        assertEquals(0, notesNamedNever);
    }

    @Test
    void anEventCommittedWhileTheBrokerIsDownIsPublishedWhenItIsBack() {
        assumeTrue(broker != null, "needs the broker the tests started (not a configured one)");
        broker.stop();
        try {
            Note note = notes.create("written during the outage", false);
            await().atMost(Duration.ofSeconds(30)).until(() -> attempts(note.id) > 0);
            assertTrue(isPending(note.id), "the row must still wait while the broker is down");
            // The gauge reads the table at most every 5 s, so it may take that long to count the row.
            await().atMost(Duration.ofSeconds(15)).until(() -> metrics.pending() >= 1);

            broker.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> !isPending(note.id));
            List<Event> events = awaitEvents(note.id, 1);
            assertEquals(NoteService.CREATED, events.get(0).type());
        } finally {
            broker.start();
        }
    }

    @Test
    void rowsInALaneAnotherReplicaHoldsWaitUntilItLetsGo() throws Exception {
        // Another replica's relay holds every lane (as it does while publishing them).
        try (Connection otherReplica = dataSource.getConnection()) {
            try (Statement lock = otherReplica.createStatement()) {
                lock.executeQuery("select pg_advisory_lock(" + Outbox.LANE_LOCK_CLASS + ", lane) from generate_series(0, 15) lane").close();
            }
            Note note = notes.create("held by another replica", false);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> isPending(note.id));
            assertTrue(KafkaEvents.matching(KafkaEvents.withSubject(note.id), TOPIC).isEmpty(),
                    "published although another replica held the lane");
            try (Statement unlock = otherReplica.createStatement()) {
                unlock.execute("select pg_advisory_unlock_all()");
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> !isPending(note.id));
            assertEquals(1, awaitEvents(note.id, 1).size());
        }
    }

    @Test
    void theRelayExposesItsMetrics() {
        notes.create("counted", false);
        String metrics = await().atMost(Duration.ofSeconds(30)).until(
                () -> io.restassured.RestAssured.given().get(managementMetrics).then().statusCode(200).extract().asString(),
                text -> text.contains("bureau_outbox_published_total") && text.contains("bureau_outbox_delay_seconds"));
        assertTrue(metrics.contains("bureau_outbox_pending"), "pending gauge missing");
        assertTrue(metrics.contains("bureau_outbox_oldest_age_seconds"), "oldest-age gauge missing");
    }

    @Test
    void anEventTheBrokerRefusesIsParkedOtherKeysOfItsLaneMoveOnAndItsOwnKeyWaits() {
        String key = "parking-" + UUID.randomUUID();
        String otherKeyInTheSameLane = keyInTheLaneOf(key);
        UUID tooLarge = publish(key, "x".repeat(1_100_000));
        UUID behindIt = publish(key, "after the large one");
        UUID otherKey = publish(otherKeyInTheSameLane, "another key of the lane");

        await().atMost(Duration.ofSeconds(30)).until(() -> rowState(tooLarge, "parked_at is not null"));
        assertTrue(rowState(tooLarge, "refusals = 3 and last_error like '%RecordTooLargeException%'"),
                "parked at the third refusal, naming the reason");
        await().atMost(Duration.ofSeconds(30)).until(() -> rowState(otherKey, "published_at is not null"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> rowState(behindIt, "published_at is null"));
        await().atMost(Duration.ofSeconds(15)).until(() -> metrics.parked() >= 1);
        String prometheus = io.restassured.RestAssured.given().get(managementMetrics).then().statusCode(200).extract().asString();
        assertTrue(prometheus.contains("bureau_outbox_parked"), "parked gauge missing");

        // The operator gives the parked event up; the key's waiting event follows.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from outbox_event where event_id = ?1").setParameter(1, tooLarge).executeUpdate());
        await().atMost(Duration.ofSeconds(30)).until(() -> rowState(behindIt, "published_at is not null"));
        List<Event> ofKey = KafkaEvents.matching(KafkaEvents.withSubject(key), PARKING_TOPIC);
        assertEquals(List.of(behindIt.toString()), ofKey.stream().map(Event::id).toList());
    }

    private UUID publish(String key, String text) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish(PARKING_TYPE, key, Map.of("text", text)));
    }

    private static String keyInTheLaneOf(String key) {
        int lane = Math.floorMod(key.hashCode(), Outbox.LANES);
        while (true) {
            String candidate = "parking-" + UUID.randomUUID();
            if (Math.floorMod(candidate.hashCode(), Outbox.LANES) == lane) {
                return candidate;
            }
        }
    }

    private boolean rowState(UUID eventId, String condition) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where event_id = ?1 and " + condition)
                .setParameter(1, eventId).getSingleResult()).longValue() == 1);
    }

    private List<Event> awaitEvents(UUID subject, int count) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> KafkaEvents.matching(KafkaEvents.withSubject(subject), TOPIC), list -> list.size() >= count);
    }

    private int attempts(UUID noteId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select attempts from outbox_event where aggregate_id = ?1")
                .setParameter(1, noteId.toString()).getSingleResult()).intValue());
    }

    private boolean isPending(UUID noteId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select published_at from outbox_event where aggregate_id = ?1")
                .setParameter(1, noteId.toString()).getSingleResult() == null);
    }
}
