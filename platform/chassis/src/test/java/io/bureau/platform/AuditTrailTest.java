package io.bureau.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.ProblemException;
import io.bureau.platform.sample.NoteService;
import io.bureau.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Changes are audited in their own transaction with who made them, when, and the state after. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    AuditTrail audit;

    @Inject
    NoteService notes;

    @Inject
    EntityManager entityManager;

    @Test
    void recordsTheCallerTheRequestAndTheNewState() {
        UUID manager = UUID.randomUUID();
        String id = given().auth().oauth2(TestTokens.employee(manager, "office-manager"))
                .header("X-Request-Id", "req-audit-1")
                .contentType("application/json").body("{\"text\":\"audited\"}")
                .post("/api/v1/samples/notes")
                .then().statusCode(201).extract().asString();

        var history = QuarkusTransaction.requiringNew().call(() -> audit.history("note", id, PageRequest.of(0, 10)));
        assertEquals(1, history.totalItems());
        AuditTrail.Entry entry = history.items().get(0);
        assertEquals(manager.toString(), entry.actor());
        assertEquals("note.created", entry.action());
        assertEquals("req-audit-1", entry.requestId());
        assertNull(entry.before());
        assertEquals("audited", entry.after().get("text").asText());
        assertThrows(ProblemException.class, () -> audit.history("note", id, PageRequest.of(0, 10, "after,asc")),
                "only whitelisted fields sort the history");
        assertEquals(1, QuarkusTransaction.requiringNew().call(
                () -> audit.history("note", id, PageRequest.of(0, 10, "action,asc"))).totalItems());
    }

    @Test
    void aRolledBackChangeLeavesNoAuditEntry() {
        String text = "rolled back " + UUID.randomUUID();
        assertThrows(ProblemException.class, () -> notes.create(text, true));
        long entries = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from audit_entry where after_state ->> 'text' = ?1")
                .setParameter(1, text).getSingleResult()).longValue());
        assertEquals(0, entries);
        notes.create(text, false);
        long committed = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from audit_entry where after_state ->> 'text' = ?1")
                .setParameter(1, text).getSingleResult()).longValue());
        assertEquals(1, committed, "the same change, committed, is audited");
    }
}
