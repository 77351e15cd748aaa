package io.bureau.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Every kind of failure reaches the client as an RFC 9457 problem with the right status. */
@QuarkusTest
class ProblemsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void validationErrorsNameEveryField() {
        given().contentType("application/json")
                .body("{\"name\":\"\",\"email\":\"not-an-email\",\"level\":9,\"address\":{\"city\":\" \"}}")
                .post("/api/v1/samples")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:bureau:problem:validation"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/samples"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("level"))
                .body("errors.field", hasItem("address.city"));
    }

    @Test
    void invalidListElementsAreNamedWithTheirIndex() {
        given().contentType("application/json")
                .body("{\"name\":\"a\",\"level\":1,\"address\":{\"city\":\"x\"},"
                        + "\"branches\":[{\"city\":\"ok\"},{\"city\":\"\"}],\"tags\":[\"fine\",\" \"]}")
                .post("/api/v1/samples")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("branches[1].city", "tags[1]"));
    }

    @Test
    void aMissingBodyIsAValidationError() {
        given().contentType("application/json").post("/api/v1/samples")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("request"));
    }

    @Test
    void unknownJsonFieldsAreRefused() {
        given().contentType("application/json")
                .body("{\"name\":\"a\",\"level\":1,\"address\":{\"city\":\"x\"},\"salary\":1000000}")
                .post("/api/v1/samples")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("salary"))
                .body("errors[0].message", containsString("unknown field"));
    }

    @Test
    void malformedJsonAndWrongTypesAreRefused() {
        given().contentType("application/json").body("{\"name\": ").post("/api/v1/samples")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("body"));
        given().contentType("application/json").body("{\"name\":\"a\",\"level\":\"high\",\"address\":{\"city\":\"x\"}}")
                .post("/api/v1/samples")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("level"));
    }

    @Test
    void pagingParametersAreChecked() {
        given().queryParam("size", 500).get("/api/v1/samples/pages")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("size"));
        given().queryParam("sort", "salary,desc").get("/api/v1/samples/pages")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("sort"));
        given().queryParam("sort", "name,desc").get("/api/v1/samples/pages")
                .then().statusCode(200).body("size", equalTo(20)).body("totalItems", equalTo(1));
    }

    @Test
    void aPageOfAQueryCountsEveryMatchAndMapsTheItems() {
        String text = "paged-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body("{\"text\":\"" + text + "\"}").post("/api/v1/samples/notes")
                    .then().statusCode(201);
        }
        given().queryParam("text", text).queryParam("page", 1).queryParam("size", 2).get("/api/v1/samples/notes")
                .then().statusCode(200).body("totalItems", equalTo(3)).body("page", equalTo(1))
                .body("items", org.hamcrest.Matchers.contains(text));
    }

    @Test
    void unknownResourcesAndPathsAre404() {
        given().get("/api/v1/samples/notes/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("urn:bureau:problem:not-found"))
                .body("detail", containsString("Note "));
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aStaleIfMatchIs412AndTheCurrentOneWorks() {
        String id = given().contentType("application/json").body("{\"text\":\"first\"}").post("/api/v1/samples/notes")
                .then().statusCode(201).header("ETag", equalTo("\"0\"")).extract().asString();
        given().contentType("application/json").header("If-Match", "\"0\"").body("{\"text\":\"second\"}")
                .put("/api/v1/samples/notes/" + id).then().statusCode(200);
        given().contentType("application/json").header("If-Match", "\"0\"").body("{\"text\":\"third\"}")
                .put("/api/v1/samples/notes/" + id)
                .then().statusCode(412).contentType(PROBLEM).body("currentVersion", equalTo(1));
    }

    @Test
    void anOversizeBodyIs413() {
        String big = "{\"name\":\"" + "x".repeat(20_000) + "\"}";
        given().contentType("application/json").body(big).post("/api/v1/samples")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
    }

    @Test
    void anUnexpectedFailureIs500WithTheRequestIdAndNoInternals() {
        given().header("X-Request-Id", "req-boom-1").get("/api/v1/samples/boom")
                .then().statusCode(500).contentType(PROBLEM)
                .header("X-Request-Id", "req-boom-1")
                .body("requestId", equalTo("req-boom-1"))
                .body("detail", not(containsString("internal detail")));
    }

    @Test
    void requestIdsAreCreatedWhenMissingOrUnsafe() {
        given().get("/api/v1/samples/notes/" + UUID.randomUUID()).then().header("X-Request-Id", notNullValue());
        given().header("X-Request-Id", "bad id with spaces\"<>").get("/api/v1/samples/boom")
                .then().header("X-Request-Id", not(containsString(" ")));
    }

    @Test
    void callersWithoutAValidTokenGet401AndTheWrongRoleGets403() {
        given().get("/api/v1/samples/admin-only")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2("not-a-token").get("/api/v1/samples/admin-only")
                .then().statusCode(401).contentType(PROBLEM);
        UUID employee = UUID.randomUUID();
        given().auth().oauth2(TestTokens.employee(employee, "employee")).get("/api/v1/samples/admin-only")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/samples/admin-only")
                .then().statusCode(200).body(equalTo("admin"));
        given().auth().oauth2(TestTokens.employee(employee, "employee")).get("/api/v1/samples/me")
                .then().statusCode(200).body(equalTo(employee.toString()));
    }
}
