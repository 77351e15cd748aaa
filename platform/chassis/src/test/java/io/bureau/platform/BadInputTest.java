package io.bureau.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.platform.paging.PageRequest;
import io.quarkus.test.junit.QuarkusTest;

/** Input a client can get wrong is a 4xx problem naming what was wrong, never a 404 or a 500. */
@QuarkusTest
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anUnreadableParameterIs400NamingIt() {
        given().queryParam("size", "ten").get("/api/v1/samples/labels")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("size"));
        given().queryParam("kind", "GREEN").get("/api/v1/samples/labels")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("kind"));
        given().queryParam("since", "yesterday").get("/api/v1/samples/labels")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("since"));
        given().get("/api/v1/samples/notes/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("id"));
        given().queryParam("kind", "BLUE").get("/api/v1/samples/labels").then().statusCode(200);
    }

    @Test
    void pagesAreBoundedSoTheOffsetCannotOverflow() {
        given().queryParam("page", PageRequest.MAX_PAGE + 1).get("/api/v1/samples/labels")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("page"));
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 100).get("/api/v1/samples/labels")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("page"));
        given().queryParam("page", "99999999999999999999").get("/api/v1/samples/labels")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("page"));
        given().queryParam("page", PageRequest.MAX_PAGE).queryParam("size", 100).get("/api/v1/samples/labels")
                .then().statusCode(200);
    }

    @Test
    void sortIsReadStrictly() {
        for (String sort : new String[] { ",", "name,asc,extra", "name,", ",asc", " ", "name,up" }) {
            given().queryParam("sort", sort).get("/api/v1/samples/labels")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("sort"));
        }
        given().queryParam("sort", "name,desc").get("/api/v1/samples/labels").then().statusCode(200);
    }

    @Test
    void controlCharactersAre400NamingTheFieldOrParameter() {
        given().urlEncodingEnabled(false).get("/api/v1/samples/labels?q=a%00b")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("q"));
        given().urlEncodingEnabled(false).get("/api/v1/samples/labels?q=a%1Bb")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("q"));
        given().contentType("application/json").body("{\"name\":\"a\\u0000b\"}").post("/api/v1/samples/labels")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("name"));
        given().contentType("application/json").body("{\"text\":\"line\\nbreak\\tand tab\"}").post("/api/v1/samples/notes")
                .then().statusCode(201);
    }

    @Test
    void aUniqueRaceIs409NamingTheField() {
        String name = "label-" + UUID.randomUUID();
        given().contentType("application/json").body("{\"name\":\"" + name + "\"}").post("/api/v1/samples/labels")
                .then().statusCode(201);
        given().contentType("application/json").body("{\"name\":\"" + name + "\"}").post("/api/v1/samples/labels")
                .then().statusCode(409).contentType(PROBLEM).body("errors[0].field", equalTo("name"));
    }

    @Test
    void wrongMediaTypesAreProblems() {
        given().contentType("text/plain").body("hello").post("/api/v1/samples/labels")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
        given().accept("application/xml").get("/api/v1/samples/labels")
                .then().statusCode(406).contentType(PROBLEM).body("status", equalTo(406));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() {
        byte[] big = ("{\"name\":\"" + "x".repeat(40_000) + "\"}").getBytes();
        // An InputStream body has no known length, so it is sent chunked.
        given().contentType("application/json").body(new ByteArrayInputStream(big)).post("/api/v1/samples/labels")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
    }
}
