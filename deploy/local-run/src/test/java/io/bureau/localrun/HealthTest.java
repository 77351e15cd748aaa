package io.bureau.localrun;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void upWhenTheOverallStatusIsUp() {
        assertTrue(Health.isUp(200, """
                {
                    "status": "UP",
                    "checks": [
                        { "name": "Database connections health check", "status": "UP" }
                    ]
                }"""));
    }

    @Test
    void notUpWhenTheOverallStatusIsDownWhateverTheChecksSay() {
        assertFalse(Health.isUp(503, """
                { "status": "DOWN", "checks": [ { "name": "SmallRye Reactive Messaging - readiness check", "status": "DOWN" } ] }"""));
        assertFalse(Health.isUp(200, """
                {"status":"DOWN","checks":[{"name":"db","status":"UP"}]}"""));
    }

    @Test
    void notUpWithoutAHealthDocument() {
        assertFalse(Health.isUp(404, "Resource not found"));
        assertFalse(Health.isUp(200, ""));
        assertFalse(Health.isUp(200, null));
    }
}
