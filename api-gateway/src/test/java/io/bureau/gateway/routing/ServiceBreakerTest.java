package io.bureau.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServiceBreakerTest {

    @Test
    void opensAfterTheThresholdOfFailuresInARowAndLetsRequestsThroughAfterItsPause() {
        ServiceBreaker breaker = new ServiceBreaker(3, 5000);
        breaker.failed(0);
        breaker.failed(10);
        assertTrue(breaker.allows(20));
        breaker.failed(20);
        assertFalse(breaker.allows(21));
        assertEquals(5, breaker.retryAfterSeconds(21));
        assertEquals(1, breaker.retryAfterSeconds(4990));
        assertTrue(breaker.allows(5020));
        breaker.failed(5020);
        assertFalse(breaker.allows(5021), "one more failure after the pause opens it again");
    }

    @Test
    void anAnswerClosesItAndResetsTheCount() {
        ServiceBreaker breaker = new ServiceBreaker(2, 5000);
        breaker.failed(0);
        breaker.answered();
        breaker.failed(1);
        assertTrue(breaker.allows(2), "failures must be in a row");
        breaker.failed(2);
        assertFalse(breaker.allows(3));
        breaker.answered();
        assertTrue(breaker.allows(4));
    }
}
