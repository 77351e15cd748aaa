package io.bureau.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bureau.gateway.EchoUpstream;
import io.bureau.infra.DevTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A token may live at most 24 h (exp - iat). The gateway refuses a longer-lived one before it
 * forwards anything, and so does a service: {@link TokenProbe} is a JAX-RS endpoint checked by
 * the same JWT mechanism and platform configuration every service has.
 */
@QuarkusTest
@QuarkusTestResource(value = EchoUpstream.class, restrictToAnnotatedClass = false)
class TokenLifetimeTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String THROUGH_GATEWAY = "/api/v1/departments";

    private final String oneHour = DevTokens.forClient("short-lived", Duration.ofHours(1), "admin");
    private final String twelveHours = DevTokens.forClient("demo-length", Duration.ofHours(12), "admin");
    private final String tenYears = DevTokens.forClient("long-lived", Duration.ofDays(3650), "admin");
    private final String twoDays = DevTokens.forClient("two-days", Duration.ofDays(2), "admin");
    private final String withoutIssuedAt = exactly(Map.of("exp", Instant.now().plus(Duration.ofHours(1)).getEpochSecond()));
    private final String withoutExpiry = exactly(Map.of("iat", Instant.now().getEpochSecond()));

    @Test
    void theGatewayPassesTokensWithinTheMaximumLifetime() {
        given().auth().oauth2(oneHour).get(THROUGH_GATEWAY).then().statusCode(201);
        given().auth().oauth2(twelveHours).get(THROUGH_GATEWAY).then().statusCode(201);
    }

    @Test
    void theGatewayRefusesLongerLivedTokensAndTokensWithoutIssueOrExpiryTime() {
        for (String token : List.of(tenYears, twoDays, withoutIssuedAt, withoutExpiry)) {
            given().auth().oauth2(token).get(THROUGH_GATEWAY)
                    .then().statusCode(401).contentType(PROBLEM).body("status", equalTo(401));
        }
    }

    @Test
    void aServiceRefusesThemToo() {
        given().auth().oauth2(oneHour).get(TokenProbe.PATH).then().statusCode(200).body(equalTo("short-lived"));
        for (String token : List.of(tenYears, twoDays, withoutIssuedAt, withoutExpiry)) {
            given().auth().oauth2(token).get(TokenProbe.PATH).then().statusCode(401).contentType(PROBLEM);
        }
    }

    private static String exactly(Map<String, Object> times) {
        Map<String, Object> claims = new HashMap<>(Map.of(
                "iss", DevTokens.ISSUER, "aud", DevTokens.AUDIENCE, "sub", "no-times", "upn", "no-times",
                "groups", List.of("admin")));
        claims.putAll(times);
        return DevTokens.signExactly(claims);
    }
}
