package io.bureau.gateway.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bureau.gateway.EchoUpstream;
import io.bureau.infra.DevTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** POST /oauth2/token (RFC 6749 §4.4, answers per §5.1/§5.2) and the demo login, through the real gateway. */
@QuarkusTest
@QuarkusTestResource(value = EchoUpstream.class, restrictToAnnotatedClass = false)
class TokenEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aClientWithItsSecretInTheBodyGetsAShortLivedTokenTheGatewayAndServicesAccept() throws Exception {
        String token = given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "client_credentials", "client_id", "test-hr", "client_secret", "test-hr-secret"))
                .post("/oauth2/token").then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("scope", equalTo("hr-integration"))
                .extract().path("access_token");
        JsonNode claims = claims(token);
        assertEquals(DevTokens.ISSUER, claims.path("iss").asText());
        assertEquals(DevTokens.AUDIENCE, claims.path("aud").isArray() ? claims.path("aud").get(0).asText() : claims.path("aud").asText());
        assertEquals("test-hr", claims.path("sub").asText());
        assertEquals(900, claims.path("exp").asLong() - claims.path("iat").asLong());
        assertEquals("[\"hr-integration\"]", claims.path("groups").toString());
        // The gateway passes it on, as it does the identity provider's tokens.
        given().auth().oauth2(token).get("/api/v1/hr-exports/employees").then().statusCode(201)
                .body("authorization", equalTo("Bearer " + token));
    }

    @Test
    void httpBasicAuthenticatesTooAndScopePicksASubsetOfTheRoles() throws Exception {
        String token = given().header("Authorization", basic("test-admin", "test-admin-secret")).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "client_credentials", "scope", "hr-integration"))
                .post("/oauth2/token").then().statusCode(200).body("scope", equalTo("hr-integration"))
                .extract().path("access_token");
        assertEquals("[\"hr-integration\"]", claims(token).path("groups").toString());
        given().header("Authorization", basic("test-admin", "test-admin-secret")).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "client_credentials"))
                .post("/oauth2/token").then().statusCode(200).body("scope", equalTo("admin hr-integration"));
    }

    @Test
    void aWrongSecretOrUnknownClientIsInvalidClientWith401() {
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "client_credentials", "client_id", "test-hr", "client_secret", "guess"))
                .post("/oauth2/token").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_client"))
                .body(not(containsString("access_token")));
        given().header("Authorization", basic("nobody", "test-hr-secret")).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "client_credentials"))
                .post("/oauth2/token").then().statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_client\""))
                .body("error", equalTo("invalid_client"));
    }

    @Test
    void badRequestsAnswerTheRfcErrors() {
        given().header("Authorization", basic("test-hr", "test-hr-secret")).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password"))
                .post("/oauth2/token").then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
        given().header("Authorization", basic("test-hr", "test-hr-secret")).contentType(ContentType.URLENC)
                .formParams(Map.of("scope", "hr-integration"))
                .post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_request"));
        given().header("Authorization", basic("test-hr", "test-hr-secret")).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "client_credentials", "scope", "hr-integration admin"))
                .post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_scope"))
                .body("error_description", containsString("admin"));
    }

    @Test
    void theDemoLoginMintsATokenForASeededDemoPerson() throws Exception {
        String token = given().contentType(ContentType.URLENC).formParam("user", "dana").post("/demo/login")
                .then().statusCode(200).body("token_type", equalTo("Bearer")).extract().path("access_token");
        JsonNode claims = claims(token);
        assertEquals("00000000-0000-4000-8000-000000000001", claims.path("sub").asText());
        assertEquals("00000000-0000-4000-8000-000000000001", claims.path(DevTokens.EMPLOYEE_ID_CLAIM).asText());
        assertTrue(claims.path("groups").toString().contains("top-manager"));
        given().auth().oauth2(token).get("/api/v1/employees").then().statusCode(201);
        given().contentType(ContentType.URLENC).formParam("user", "mallory").post("/demo/login").then().statusCode(400);
    }

    @Test
    void theContractDocumentsTheTokenEndpointButNotTheDemoLogin() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/oauth2/token"))
                .body("paths", not(org.hamcrest.Matchers.hasKey("/demo/login")))
                .body("components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl", equalTo("/oauth2/token"));
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode claims(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
