package io.bureau.scheduling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.bureau.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

/** The service starts against its real database and broker, reports healthy and serves its contract. */
@QuarkusTest
class ServiceContractTest {

    @Test
    void isHealthyWithItsDatabaseAndBroker() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesTheCommittedOpenApiDocument() throws Exception {
        OpenApiContract.assertServedMatchesCommitted();
    }
}
