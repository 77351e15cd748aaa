package io.bureau.procurement;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.bureau.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Callers for tests: people by their roles, and requests made as them. */
public final class Tokens {

    private Tokens() {
    }

    public static String employee(UUID id) {
        return TestTokens.employee(id, "employee");
    }

    public static String officeManager(UUID id) {
        return TestTokens.employee(id, "employee", "office-manager");
    }

    public static String topManager(UUID id) {
        return TestTokens.employee(id, "employee", "top-manager");
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as(TestTokens.admin());
    }
}
