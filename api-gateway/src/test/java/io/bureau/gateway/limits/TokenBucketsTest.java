package io.bureau.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBucketRefillsAtItsRateUpToItsBurst() {
        TokenBuckets buckets = new TokenBuckets(0.5, 2, 100, 60 * SECOND);
        assertEquals(0, buckets.take("a", 0));
        assertEquals(0, buckets.take("a", 0));
        assertEquals(2, buckets.take("a", 0));
        assertEquals(0, buckets.take("b", 0));
        assertEquals(0, buckets.take("a", 2 * SECOND));
        assertEquals(2, buckets.take("a", 2 * SECOND));
    }

    @Test
    void theMapStaysBoundedIdleBucketsGoFirst() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 10, SECOND);
        for (int i = 0; i < 10; i++) {
            buckets.take("old" + i, 0);
        }
        buckets.take("new", 5 * SECOND);
        assertEquals(1, buckets.size());
        for (int i = 0; i < 100; i++) {
            buckets.take("busy" + i, 6 * SECOND);
        }
        assertTrue(buckets.size() <= 10, "size " + buckets.size());
    }
}
