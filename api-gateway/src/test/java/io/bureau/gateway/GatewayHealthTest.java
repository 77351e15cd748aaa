package io.bureau.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.bureau.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The public port serves the API and its contract; health and metrics answer only on the
 * management interface, which Prometheus and the probes reach and callers do not.
 */
@QuarkusTest
class GatewayHealthTest {

    private static final String PROBLEM = "application/problem+json";

    // Relative to the management root path, /q.
    @TestHTTPResource(value = "/health", management = true)
    URL managementHealth;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementReadiness;

    @TestHTTPResource(value = "/health/live", management = true)
    URL managementLiveness;

    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @Test
    void servesItsContractAndSwaggerUiOnThePublicPort() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Bureau API"));
        given().get("/swagger-ui/").then().statusCode(200);
    }

    @Test
    void thePublicPortServesNoMetricsAndNoHealthEvenToAnAdmin() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready", "/metrics"}) {
            given().get(path).then().statusCode(404).contentType(PROBLEM);
            given().auth().oauth2(TestTokens.admin()).get(path).then().statusCode(404).contentType(PROBLEM);
        }
    }

    @Test
    void theManagementInterfaceServesHealthAndMetrics() {
        given().get(managementHealth).then().statusCode(200).body("status", equalTo("UP"));
        given().get(managementMetrics).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void readinessHasACheckPerServiceAndLivenessIsTheGatewayAlone() throws InterruptedException {
        // The probes run every 2 s from start-up; the services (the test's stand-in) answer ready.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (given().get(managementReadiness).statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        given().get(managementReadiness).then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItems("staff-service", "scheduling-service", "reviews-service",
                        "procurement-service"))
                .body("checks.find { it.name == 'staff-service' }.data.reachable", equalTo(true));
        given().get(managementLiveness).then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("staff-service")));
    }
}
