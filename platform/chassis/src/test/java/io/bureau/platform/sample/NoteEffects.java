package io.bureau.platform.sample;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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

    @Incoming("sample-notes")
    @Blocking
    public void onNoteEvent(ConsumerRecord<String, String> record) {
        consumer.process("sample.note-effects", record, event -> {
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
}
