package io.bureau.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
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
import io.quarkus.test.junit.QuarkusTest;

/** Proofs (a) and (b) of the outbox, against the real database and the real broker. */
@QuarkusTest
class OutboxTest {

    private static final String TOPIC = "bureau.sample.note";

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
        assertEquals(1, KafkaEvents.matching(KafkaEvents.withSubject(note.id), TOPIC).size(), "published once only");
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
                () -> io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString(),
                text -> text.contains("bureau_outbox_published_total") && text.contains("bureau_outbox_delay_seconds"));
        assertTrue(metrics.contains("bureau_outbox_pending"), "pending gauge missing");
        assertTrue(metrics.contains("bureau_outbox_oldest_age_seconds"), "oldest-age gauge missing");
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
