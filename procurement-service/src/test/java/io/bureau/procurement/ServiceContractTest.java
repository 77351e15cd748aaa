package io.bureau.procurement;

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

    private static final Pattern PROCUREMENT_SCHEMAS = Pattern.compile(
            "(Page)?(Procurement|FiscalPeriod|Budget|SupplyItem|Stock|Vendor|PurchaseRequest|PurchaseOrder|GoodsReceipt|Asset|StandardKit|Provisioning|ReturnChecklist)\\w*");

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
        OpenApiContract.assertSchemaNamesCannotCollide(OpenApiContract.served(), PROCUREMENT_SCHEMAS);
    }

    @Test
    void documentsEveryEventTypeItPublishesOrConsumes() throws Exception {
        AsyncApiContract.assertDocumentsEveryEventType();
    }
}
