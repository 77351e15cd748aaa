package io.bureau.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GatewayHealthTest {

    @Test
    void isHealthyAndServesItsContractAndSwaggerUi() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Bureau API"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
