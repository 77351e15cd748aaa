package io.bureau.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.bureau.platform.sample.Note;
import io.bureau.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** A POST repeated with the same Idempotency-Key answers the first result instead of acting twice. */
@QuarkusTest
class IdempotencyTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String NOTES = "/api/v1/samples/notes";

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyStore store;

    private static ExtractableResponse<Response> create(String token, String key, String text) {
        var request = given().contentType("application/json").header("Idempotency-Key", key)
                .body("{\"text\":\"" + text + "\"}");
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post(NOTES).then().extract();
    }

    private static long notesWithText(String text) {
        return QuarkusTransaction.requiringNew().call(() -> Note.count("text", text));
    }

    @Test
    void aRepeatAnswersTheFirstResultWithoutActingAgain() {
        String key = UUID.randomUUID().toString();
        String text = "once-" + key;
        var first = create(null, key, text);
        assertEquals(201, first.statusCode());
        var repeat = create(null, key, text);
        assertEquals(201, repeat.statusCode());
        assertEquals(first.asString(), repeat.asString());
        assertEquals("\"0\"", repeat.header("ETag"));
        assertEquals("true", repeat.header("Idempotent-Replayed"));
        assertEquals(1, notesWithText(text));
    }

    @Test
    void theSameKeyForAnotherBodyOrPathIs422() {
        String key = UUID.randomUUID().toString();
        assertEquals(201, create(null, key, "first-" + key).statusCode());
        given().contentType("application/json").header("Idempotency-Key", key).body("{\"text\":\"other-" + key + "\"}")
                .post(NOTES).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:bureau:problem:idempotency-key-reused"));
        given().contentType("application/json").header("Idempotency-Key", key).body("{\"text\":\"first-" + key + "\"}")
                .post("/api/v1/samples").then().statusCode(422).contentType(PROBLEM);
        assertEquals(0, notesWithText("other-" + key));
    }

    @Test
    void callersDoNotSeeEachOthersKeys() {
        String key = UUID.randomUUID().toString();
        var dana = create(TestTokens.employee(UUID.randomUUID(), "employee"), key, "dana-" + key);
        var omar = create(TestTokens.employee(UUID.randomUUID(), "employee"), key, "omar-" + key);
        assertEquals(201, dana.statusCode());
        assertEquals(201, omar.statusCode());
        assertNotEquals(dana.asString(), omar.asString());
        assertEquals(null, omar.header("Idempotent-Replayed"));
    }

    @Test
    void aClientErrorIsReplayedAndAServerErrorIsForgotten() {
        String key = UUID.randomUUID().toString();
        given().contentType("application/json").header("Idempotency-Key", key).body("{\"text\":\" \"}").post(NOTES)
                .then().statusCode(400).header("Idempotent-Replayed", nullValue());
        given().contentType("application/json").header("Idempotency-Key", key).body("{\"text\":\" \"}").post(NOTES)
                .then().statusCode(400).contentType(PROBLEM).header("Idempotent-Replayed", equalTo("true"))
                .body("errors[0].field", equalTo("text"));

        String failing = UUID.randomUUID().toString();
        given().header("Idempotency-Key", failing).post("/api/v1/samples/boom").then().statusCode(500);
        given().header("Idempotency-Key", failing).post("/api/v1/samples/boom")
                .then().statusCode(500).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aRepeatWhileTheFirstIsInFlightIs409() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"text\":\"x\"}";
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(IdempotencyStore.Reserved.class, store.reserve("anonymous", key, "POST", NOTES, hash).getClass());
        given().contentType("application/json").header("Idempotency-Key", key).body(body).post(NOTES)
                .then().statusCode(409).contentType(PROBLEM).header("Retry-After", equalTo("1"))
                .body("type", equalTo("urn:bureau:problem:idempotency-key-in-flight"));
    }

    @Test
    void anExpiredKeyRunsAgainAndIsPurged() {
        String key = UUID.randomUUID().toString();
        String text = "expiring-" + key;
        var first = create(null, key, text);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update idempotency_key set created_at = ?1 where key = ?2")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(25)).setParameter(2, key).executeUpdate());
        var again = create(null, key, text);
        assertEquals(201, again.statusCode());
        assertNotEquals(first.asString(), again.asString());
        assertEquals(2, notesWithText(text));

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update idempotency_key set created_at = ?1 where key = ?2")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(25)).setParameter(2, key).executeUpdate());
        store.purgeExpired();
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from idempotency_key where key = ?1").setParameter(1, key).getSingleResult()).longValue());
        assertEquals(0, left);
    }

    @Test
    void anUnusableKeyIs400NamingTheHeader() {
        given().contentType("application/json").header("Idempotency-Key", "has space").body("{\"text\":\"x\"}").post(NOTES)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("Idempotency-Key"));
        given().contentType("application/json").header("Idempotency-Key", "k".repeat(256)).body("{\"text\":\"x\"}").post(NOTES)
                .then().statusCode(400).contentType(PROBLEM);
    }
}
