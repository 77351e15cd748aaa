package io.bureau.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.bureau.platform.sample.NoteEffects;
import io.bureau.platform.sample.NoteService;
import io.bureau.testing.KafkaEvents;
import io.bureau.testing.KafkaEvents.Event;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Proofs (c) and (d): redelivery has one effect; a poison event goes to the dead-letter topic. */
@QuarkusTest
class IdempotentConsumerTest {

    private static final String TOPIC = "bureau.sample.note";
    private static final String DLQ = "bureau.sample.dlq";

    @Inject
    EntityManager entityManager;

    @Inject
    NoteEffects noteEffects;

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        UUID noteId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaEvents.deliver(TOPIC, eventId, NoteService.CREATED, noteId, "{\"noteId\":\"" + noteId + "\",\"text\":\"twice\"}");
        KafkaEvents.deliver(TOPIC, eventId, NoteService.CREATED, noteId, "{\"noteId\":\"" + noteId + "\",\"text\":\"twice\"}");
        // A later event in the same partition: once it has its effect, both copies have been handled.
        UUID markerId = UUID.randomUUID();
        KafkaEvents.deliver(TOPIC, UUID.randomUUID().toString(), NoteService.CREATED, markerId, "{\"noteId\":\"" + markerId + "\",\"text\":\"marker\"}");

        await().atMost(Duration.ofSeconds(60)).until(() -> effects(markerId) == 1);
        assertEquals(1, effects(noteId));
        assertEquals(1, noteEffects.handlerRuns(eventId), "the handler ran for the redelivered copy");
        // A dead letter of the second copy would have been written before the marker was handled.
        assertTrue(KafkaEvents.matching(e -> eventId.equals(e.id()), DLQ).isEmpty(), "the redelivered copy was dead-lettered");
        long processed = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
        assertEquals(1, processed);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndLaterEventsAreStillConsumed() throws Exception {
        UUID poisonId = UUID.randomUUID();
        String poisonEventId = UUID.randomUUID().toString();
        KafkaEvents.deliver(TOPIC, poisonEventId, NoteService.CREATED, poisonId, "{\"noteId\":\"" + poisonId + "\",\"text\":\"poison\"}");
        UUID malformedId = UUID.randomUUID();
        KafkaEvents.deliver(TOPIC, UUID.randomUUID().toString(), NoteService.CREATED, malformedId, "this is not json");
        UUID goodId = UUID.randomUUID();
        KafkaEvents.deliver(TOPIC, UUID.randomUUID().toString(), NoteService.CREATED, goodId, "{\"noteId\":\"" + goodId + "\",\"text\":\"good\"}");

        await().atMost(Duration.ofSeconds(60)).until(() -> effects(goodId) == 1);
        List<Event> deadLetters = await().atMost(Duration.ofSeconds(30))
                .until(() -> KafkaEvents.all(DLQ), list -> list.stream().filter(e -> poisonId.toString().equals(e.key())
                        || malformedId.toString().equals(e.key())).count() == 2);
        Event poison = deadLetters.stream().filter(e -> poisonId.toString().equals(e.key())).findFirst().orElseThrow();
        assertEquals(poisonEventId, poison.id(), "the dead letter keeps the original event");
        assertTrue(poison.headers().get("dead-letter-reason").contains("the text 'poison' is refused"),
                () -> "reason was " + poison.headers());
        Event malformed = deadLetters.stream().filter(e -> malformedId.toString().equals(e.key())).findFirst().orElseThrow();
        assertTrue(malformed.headers().get("dead-letter-reason").contains("not JSON"), () -> "reason was " + malformed.headers());
        assertEquals(0, effects(poisonId));
        assertEquals(0, effects(malformedId));
    }

    private long effects(UUID noteId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from note_effect where note_id = ?1")
                .setParameter(1, noteId).getSingleResult()).longValue());
    }

}
