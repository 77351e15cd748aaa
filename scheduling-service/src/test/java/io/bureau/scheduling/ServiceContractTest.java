package io.bureau.scheduling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.bureau.testing.OpenApiContract;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The service starts against its real database and broker, reports healthy and serves its contract. */
@QuarkusTest
class ServiceContractTest {

    /** Health answers on the management interface (root path /q), not on the public port. */
    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @Test
    void isHealthyWithItsDatabaseAndBroker() {
        given().get(health).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesTheCommittedOpenApiDocument() throws Exception {
        OpenApiContract.assertServedMatchesCommitted();
    }
}
