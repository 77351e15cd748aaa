package io.bureau.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.bureau.platform.security.VerifiedTokens;

/** The table of verified tokens: found by exact text, never past expiry, never beyond its capacity. */
class VerifiedTokensTableTest {

    @Test
    void findsOnlyTheExactTextUntilExpiry() {
        VerifiedTokens table = new VerifiedTokens(10);
        JsonWebToken live = expiringIn(3600);
        table.remember("a.b.c", live);
        assertSame(live, table.find("a.b.c"));
        assertNull(table.find("a.b.d"));
        table.remember("x.y.z", expiringIn(0));
        assertNull(table.find("x.y.z"), "a token at its expiry second is no longer recognised");
        assertEquals(1, table.size(), "the expired one is dropped when met");
    }

    @Test
    void staysWithinItsCapacityDroppingExpiredTokensFirst() {
        VerifiedTokens table = new VerifiedTokens(3);
        table.remember("live-1", expiringIn(3600));
        table.remember("gone-1", expiringIn(-10));
        table.remember("gone-2", expiringIn(-10));
        table.remember("live-2", expiringIn(3600));
        assertEquals(2, table.size());
        table.remember("live-3", expiringIn(3600));
        table.remember("live-4", expiringIn(3600));
        assertEquals(1, table.size(), "full of live tokens: starts afresh");
        assertSame(null, table.find("live-1"));
    }

    @Test
    void aCapacityOfZeroRemembersNothing() {
        VerifiedTokens table = new VerifiedTokens(0);
        table.remember("a.b.c", expiringIn(3600));
        assertNull(table.find("a.b.c"));
    }

    private static JsonWebToken expiringIn(long seconds) {
        long exp = Instant.now().getEpochSecond() + seconds;
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
            }
        };
    }
}
