package io.bureau.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bureau.gateway.EchoUpstream;
import io.bureau.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Token buckets per caller and route class: 429 problem with Retry-After, nobody else slowed. */
@QuarkusTest
@TestProfile(StrictProfile.class)
@QuarkusTestResource(value = EchoUpstream.class, restrictToAnnotatedClass = false)
class RateLimitTest {

    @Test
    void aCallerOverItsWriteBudgetGets429WithRetryAfterAndOthersAreUnaffected() {
        String busy = TestTokens.client("busy-integration", "admin");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(busy).contentType(ContentType.JSON).body("{}").post("/api/v1/departments").then().statusCode(201);
        }
        String retryAfter = given().auth().oauth2(busy).contentType(ContentType.JSON).body("{}").post("/api/v1/departments")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("type", equalTo("urn:bureau:problem:too-many-requests"))
                .extract().header("Retry-After");
        assertTrue(Long.parseLong(retryAfter) >= 1, retryAfter);
        // Reads are another route class; another caller has buckets of its own.
        given().auth().oauth2(busy).get("/api/v1/departments").then().statusCode(201);
        given().auth().oauth2(TestTokens.client("calm-integration", "admin")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/departments").then().statusCode(201);
    }

    @Test
    void repeatedFailedClientAuthenticationsFromOneAddressGet429EvenWithTheRightSecret() {
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.URLENC)
                    .formParams(Map.of("grant_type", "client_credentials", "client_id", "test-hr", "client_secret", "guess" + i))
                    .post("/oauth2/token").then().statusCode(401);
        }
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "client_credentials", "client_id", "test-hr", "client_secret", "test-hr-secret"))
                .post("/oauth2/token").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .contentType("application/problem+json");
    }

    @Test
    void theDemoLoginDoesNotExistWhenNotEnabled() {
        given().contentType(ContentType.URLENC).formParam("user", "dana").post("/demo/login").then().statusCode(404);
    }
}
