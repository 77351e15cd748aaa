package io.bureau.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.bureau.gateway.EchoUpstream;
import io.bureau.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** CORS: the configured SPA origins only, never "*", never with credentials. */
@QuarkusTest
@QuarkusTestResource(value = EchoUpstream.class, restrictToAnnotatedClass = false)
class CorsTest {

    @Test
    void anAllowedOriginIsNamedBackAndSeesTheUsefulHeaders() {
        given().header("Origin", "http://localhost:5173").auth().oauth2(TestTokens.admin())
                .get("/api/v1/departments").then().statusCode(201)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void aRefusedOriginGetsNoCorsHeaders() {
        given().header("Origin", "https://evil.example").auth().oauth2(TestTokens.admin())
                .get("/api/v1/departments").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredAndFromAnotherIsNot() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/v1/departments").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/departments").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
