package io.bureau.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.bureau.testing.AsyncApiContract;
import io.bureau.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

/** The service starts against its real database and broker, reports healthy and serves its contract. */
@QuarkusTest
class ServiceContractTest {

    /** Shared by every service and identical everywhere, so the gateway may merge them. */
    private static final Set<String> SHARED_SCHEMAS = Set.of("UUID", "LocalDate", "OffsetDateTime", "DayOfWeek",
            "Problem", "ProblemField");
    /** The gateway merges same-named schemas silently: ours name the feature they belong to. */
    private static final Pattern STAFF_SCHEMA = Pattern.compile(
            "(Page)?(Absence|Candidate|Department|Employee|Hire|Hr|Interview|Job|Onboarding|PersonnelFile|Scorecard|Skill|Staff)\\w*");

    @Test
    void isHealthyWithItsDatabaseAndBroker() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesTheCommittedOpenApiDocument() throws Exception {
        OpenApiContract.assertServedMatchesCommitted();
    }

    @Test
    void documentsEveryEventTypeItPublishesOrConsumes() throws Exception {
        AsyncApiContract.assertDocumentsEveryEventType();
    }

    @Test
    void everyOperationIsNamedSummarisedAndDocumentsItsAnswersAndErrors() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        List<String> lacking = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            boolean answers = responses.entrySet().stream().anyMatch(r -> r.getKey().equals("204")
                    || r.getKey().startsWith("2") && r.getValue().containsKey("content"));
            if (operation.get("operationId") == null || operation.get("summary") == null || !answers
                    || !responses.keySet().containsAll(Set.of("400", "401", "403"))) {
                lacking.add(method.toUpperCase() + " " + path);
            }
        }));
        assertEquals(List.of(), lacking, "operations without an id, a summary, a documented answer or their 400/401/403");
    }

    @Test
    void everyOperationDocumentsItsAuthenticationAndServerFailuresAsProblems() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        List<String> lacking = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Map<String, Object>>> responses = (Map<String, Map<String, Map<String, Object>>>) operation.get("responses");
            for (String status : List.of("401", "403", "500")) {
                Map<String, Map<String, Object>> response = responses.get(status);
                if (response == null || response.get("content") == null || !response.get("content").containsKey("application/problem+json")) {
                    lacking.add(method.toUpperCase() + " " + path + " " + status);
                }
            }
        }));
        assertEquals(List.of(), lacking, "responses that do not document their problem+json body");
    }

    @Test
    void everySchemaNameSaysWhichFeatureItBelongsTo() {
        Map<String, Object> schemas = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("components.schemas");
        List<String> ambiguous = schemas.keySet().stream()
                .filter(name -> !SHARED_SCHEMAS.contains(name) && !STAFF_SCHEMA.matcher(name).matches())
                .sorted().toList();
        assertEquals(List.of(), ambiguous, "schema names that could collide with another service's in the merged contract");
    }
}
