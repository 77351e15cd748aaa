package io.bureau.platform.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens whose signature and claims were already checked, by their exact text, until they expire.
 * Verifying an RS256 signature was over 80 % of the gateway's CPU per request (JFR, 2026-11-28), and
 * a client sends the same token with every request for its lifetime. A token is only ever found
 * here by the same string that was verified, and never past its {@code exp}; the table is bounded.
 */
@ApplicationScoped
public class VerifiedTokens {

    private final Map<String, JsonWebToken> byText = new ConcurrentHashMap<>();
    private final int capacity;

    public VerifiedTokens(@ConfigProperty(name = "bureau.security.verified-tokens.capacity", defaultValue = "2000") int capacity) {
        this.capacity = capacity;
    }

    /** The verified token of this text, or null when it is unknown or has expired. */
    public JsonWebToken find(String token) {
        JsonWebToken known = byText.get(token);
        if (known == null) {
            return null;
        }
        if (expired(known, Instant.now().getEpochSecond())) {
            byText.remove(token);
            return null;
        }
        return known;
    }

    public void remember(String token, JsonWebToken verified) {
        if (capacity <= 0) {
            return;
        }
        if (byText.size() >= capacity) {
            long now = Instant.now().getEpochSecond();
            byText.values().removeIf(known -> expired(known, now));
            if (byText.size() >= capacity) {
                // Still full of live tokens: start afresh rather than track recency on every request.
                byText.clear();
            }
        }
        byText.put(token, verified);
    }

    public int size() {
        return byText.size();
    }

    private static boolean expired(JsonWebToken token, long now) {
        return token.getExpirationTime() <= now;
    }
}
