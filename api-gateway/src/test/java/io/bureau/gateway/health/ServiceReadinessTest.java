package io.bureau.gateway.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** What the gateway's readiness says of one service, as its probes come back. */
class ServiceReadinessTest {

    private final ServiceReadiness readiness = new ServiceReadiness(null);

    @Test
    void isDownUntilTheServiceHasBeenReadyOnce() {
        readiness.record("staff", false, "Connection refused");
        HealthCheckResponse check = readiness.check("staff", "http://staff:9081/q/health/ready");
        assertEquals(HealthCheckResponse.Status.DOWN, check.getStatus());
        assertEquals("Connection refused", check.getData().orElseThrow().get("problem"));
    }

    @Test
    void staysUpWhenAServiceThatWasReadyGoesDownSayingItIsNotReachable() {
        readiness.record("staff", true, null);
        assertEquals(HealthCheckResponse.Status.UP, readiness.check("staff", "u").getStatus());
        readiness.record("staff", false, "readiness answered 503");
        HealthCheckResponse check = readiness.check("staff", "u");
        assertEquals(HealthCheckResponse.Status.UP, check.getStatus());
        assertEquals(false, check.getData().orElseThrow().get("reachable"));
        assertEquals("readiness answered 503", check.getData().orElseThrow().get("problem"));
    }
}
