package io.bureau.gateway.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bureau.gateway.EchoUpstream;
import io.bureau.infra.DevTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * A token is verified in full once, then recognised by its exact text until it expires: the
 * platform's decorator sits in front of every {@link JWTParser} use, the gateway's and the JWT
 * mechanism's. Nothing else is recognised: another signature or other claims are verified anew.
 */
@QuarkusTest
@QuarkusTestResource(value = EchoUpstream.class, restrictToAnnotatedClass = false)
class VerifiedTokensTest {

    @Inject
    JWTParser parser;

    @Inject
    io.bureau.platform.security.VerifiedTokens verifiedTokens;

    @Test
    void theSameTokenIsVerifiedOnceAndThenRecognised() throws ParseException {
        String token = DevTokens.forClient("cached-" + System.nanoTime(), Duration.ofHours(1), "admin");
        assertSame(parser.parse(token), parser.parse(token));
        assertSame(parser.parse(token), verifiedTokens.find(token));
        given().auth().oauth2(token).get("/api/v1/departments").then().statusCode(201);
    }

    @Test
    void aTokenWithAnotherSignatureIsNotRecognisedFromTheOneVerifiedBefore() throws ParseException {
        String token = DevTokens.forClient("tampered-" + System.nanoTime(), Duration.ofHours(1), "admin");
        assertNotNull(parser.parse(token));
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        given().auth().oauth2(forged).get("/api/v1/departments").then().statusCode(401);
        given().auth().oauth2(token).get("/api/v1/departments").then().statusCode(201);
    }

    @Test
    void aTokenIsRecognisedNoLongerThanItsExpiry() throws ParseException {
        // Expired a minute and a half ago: beyond the verifier's grace period, refused in full every time.
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new HashMap<>(Map.of("iss", DevTokens.ISSUER, "aud", DevTokens.AUDIENCE,
                "sub", "expired", "upn", "expired", "groups", List.of("admin"), "iat", now - 3600, "exp", now - 90));
        String expired = DevTokens.signExactly(claims);
        given().auth().oauth2(expired).get("/api/v1/departments").then().statusCode(401);
        given().auth().oauth2(expired).get("/api/v1/departments").then().statusCode(401);
        // A refused token never enters the table: it is verified in full (and refused) every time.
        org.junit.jupiter.api.Assertions.assertNull(verifiedTokens.find(expired));
    }
}
