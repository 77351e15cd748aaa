package io.bureau.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.bureau.testing.DatabaseOutage;
import io.bureau.testing.InjectDatabaseOutage;
import io.quarkus.test.junit.QuarkusTest;

/**
 * While PostgreSQL is down, reads and writes answer 503 with Retry-After (the caller did nothing
 * wrong and may retry) and readiness reports DOWN; once it is back, both recover by themselves.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final String PROBLEM = "application/problem+json";

    @InjectDatabaseOutage
    DatabaseOutage outage;

    @Test
    void anOutageIs503WithRetryAfterAndNotReadyUntilTheDatabaseIsBack() {
        Assumptions.assumeTrue(outage != null, "a configured PostgreSQL is not ours to stop");
        String id = given().contentType("application/json").body("{\"text\":\"before\"}").post("/api/v1/samples/notes")
                .then().statusCode(201).extract().asString();
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        outage.begin();
        try {
            given().get("/api/v1/samples/notes/" + id)
                    .then().statusCode(503).contentType(PROBLEM)
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo("urn:bureau:problem:unavailable"))
                    .body("requestId", notNullValue());
            given().contentType("application/json").body("{\"text\":\"during\"}").post("/api/v1/samples/notes")
                    .then().statusCode(503).contentType(PROBLEM).header("Retry-After", equalTo("5"));
            given().get("/api/v1/samples/notes/" + UUID.randomUUID())
                    .then().statusCode(503).contentType(PROBLEM);
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            outage.end();
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/api/v1/samples/notes/" + id).then().statusCode(200).body(equalTo("before")));
        given().contentType("application/json").body("{\"text\":\"after\"}").post("/api/v1/samples/notes")
                .then().statusCode(201);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
