package io.bureau.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = EchoUpstream.class, restrictToAnnotatedClass = false)
class ApiProxyTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void passesMethodPathQueryHeadersAndBodyToTheOwningService() {
        String token = TestTokens.employee(UUID.randomUUID(), "employee");
        given().urlEncodingEnabled(false).auth().oauth2(token).header("X-Request-Id", "req-proxy-1")
                .contentType("application/json").body("{\"name\":\"Ada\"}")
                .post("/api/v1/employees/42/skills?level=3&sort=name,asc")
                .then().statusCode(201)
                .header("ETag", "\"7\"")
                .header("X-Request-Id", "req-proxy-1")
                .body("method", equalTo("POST"))
                .body("path", equalTo("/api/v1/employees/42/skills"))
                .body("query", equalTo("level=3&sort=name,asc"))
                .body("requestId", equalTo("req-proxy-1"))
                .body("authorization", equalTo("Bearer " + token))
                .body("body", equalTo("{\"name\":\"Ada\"}"));
    }

    @Test
    void givesARequestIdWhenTheCallerHasNone() {
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/departments")
                .then().statusCode(201).body("requestId", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void refusesCallersWithoutAValidToken() {
        given().get("/api/v1/employees").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2("forged.token.value").get("/api/v1/employees").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aResourceNobodyOwnsIs404() {
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/spaceships")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("spaceships"));
    }

    @Test
    void aServiceThatIsDownIs503WithRetryAfter() {
        given().auth().oauth2(TestTokens.admin()).header("X-Request-Id", "req-down-1").get("/api/v1/budgets")
                .then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", "5")
                .body("detail", containsString("procurement"))
                .body("requestId", equalTo("req-down-1"));
    }
}
