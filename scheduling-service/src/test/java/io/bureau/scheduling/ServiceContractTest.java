package io.bureau.scheduling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.bureau.testing.AsyncApiContract;
import io.bureau.testing.OpenApiContract;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The service starts against its real database and broker, reports healthy and serves its contract. */
@QuarkusTest
class ServiceContractTest {

    /** Health answers on the management interface (root path /q), not on the public port. */
    @TestHTTPResource(value = "/health", management = true)
    URL health;

    /** Scheduling's schemas name the feature they belong to, so they cannot collide in the gateway's merged contract. */
    private static final Pattern SCHEDULING_SCHEMAS = Pattern.compile("(Page)?(Roster|Task|WorkPlan|Workload)\\w*");

    @Test
    void isHealthyWithItsDatabaseAndBroker() {
        given().get(health).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesTheCommittedOpenApiDocument() throws Exception {
        OpenApiContract.assertServedMatchesCommitted();
    }

    @Test
    void everyOperationIsNamedDescribedAndDocumentsItsAnswersAndProblems() throws Exception {
        OpenApiContract.assertEveryOperationIsDocumented(OpenApiContract.served());
    }

    @Test
    void everyResponseSchemaListsItsRequiredProperties() throws Exception {
        OpenApiContract.assertResponseSchemasListRequiredProperties(OpenApiContract.served());
    }

    @Test
    void schemaNamesCannotCollideWithAnotherServices() throws Exception {
        OpenApiContract.assertSchemaNamesCannotCollide(OpenApiContract.served(), SCHEDULING_SCHEMAS);
    }

    @Test
    void documentsEveryEventTypeItPublishesOrConsumes() throws Exception {
        AsyncApiContract.assertDocumentsEveryEventType();
    }
}
