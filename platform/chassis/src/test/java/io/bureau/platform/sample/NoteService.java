package io.bureau.platform.sample;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.problem.Problems;

@ApplicationScoped
public class NoteService {

    public static final String CREATED = "bureau.sample.note.created.v1";

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    /** Saves a note and publishes its event; fails after both when asked to, to prove the rollback. */
    @Transactional
    public Note create(String text, boolean failAfterwards) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.text = text;
        note.persist();
        outbox.publish(CREATED, note.id, Map.of("noteId", note.id, "text", text));
        audit.record("note.created", "note", note.id, null, Map.of("text", text));
        if (failAfterwards) {
            throw Problems.conflict("asked to fail after publishing");
        }
        return note;
    }

    @Transactional
    public Note rename(UUID id, String text, String ifMatch) {
        Note note = Lookups.requireForUpdate(Note.class, id);
        io.bureau.platform.concurrency.ETags.checkIfMatch(ifMatch, note.version);
        note.text = text;
        return note;
    }
}
