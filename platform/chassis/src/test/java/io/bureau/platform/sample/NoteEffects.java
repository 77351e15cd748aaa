package io.bureau.platform.sample;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.consumer.PoisonEventException;
import io.smallrye.common.annotation.Blocking;

/** A consumer of the sample's own events, writing one effect row per event it processes. */
@ApplicationScoped
public class NoteEffects {

    record NoteCreated(UUID noteId, String text) {
    }

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EntityManager entityManager;

    /** How often the handler ran per event id (a run that rolled back counts too). */
    private final Map<String, AtomicInteger> handlerRuns = new ConcurrentHashMap<>();

    public int handlerRuns(String eventId) {
        AtomicInteger runs = handlerRuns.get(eventId);
        return runs == null ? 0 : runs.get();
    }

    @Incoming("sample-notes")
    @Blocking
    public void onNoteEvent(ConsumerRecord<String, String> record) {
        consumer.process("sample.note-effects", record, event -> {
            handlerRuns.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
            NoteCreated created = event.dataAs(NoteCreated.class);
            if ("poison".equals(created.text())) {
                throw new PoisonEventException("the text 'poison' is refused");
            }
            entityManager.createNativeQuery("insert into note_effect (event_id, note_id, text) values (?1, ?2, ?3)")
                    .setParameter(1, event.id())
                    .setParameter(2, created.noteId())
                    .setParameter(3, created.text())
                    .executeUpdate();
        });
    }

    /** A consumer whose database is gone, as it is when the application stops under it. */
    @Incoming("sample-database-gone")
    @Blocking
    public void onEventWhileTheDatabaseIsGone(ConsumerRecord<String, String> record) {
        consumer.process("sample.database-gone", record, event -> {
            handlerRuns.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
            throw new PersistenceException(new SQLException("Connection to localhost:5432 refused", "08001"));
        });
    }
}
