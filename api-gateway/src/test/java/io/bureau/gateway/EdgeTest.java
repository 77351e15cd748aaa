package io.bureau.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.bureau.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** What every answer of the gateway carries, and what its metrics say per route. */
@QuarkusTest
class EdgeTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void everyAnswerCarriesTheSecurityHeadersWhoeverWroteIt() {
        strict(given().auth().oauth2(TestTokens.admin()).get("/api/v1/departments").then().statusCode(201));
        strict(given().get("/api/v1/departments").then().statusCode(401));
        strict(given().get("/api/v1/nothing-here").then().statusCode(404));
        strict(given().get("/openapi.json").then().statusCode(200));
        given().get("/swagger-ui/").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void metricsCountAndTimeEachRouteByResourceNotById() {
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/employees/00000000-0000-4000-8000-00000000abcd")
                .then().statusCode(201);
        given().get(metrics).then().statusCode(200)
                .body(containsString("http_server_requests_seconds_bucket{method=\"GET\",outcome=\"SUCCESS\",status=\"201\","
                        + "uri=\"/api/v1/employees/{path}\""))
                .body(org.hamcrest.Matchers.not(containsString("00000000abcd")));
    }

    private static void strict(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Cache-Control", org.hamcrest.Matchers.notNullValue());
    }
}
