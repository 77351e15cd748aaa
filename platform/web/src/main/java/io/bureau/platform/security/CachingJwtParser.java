package io.bureau.platform.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Every bearer token goes through {@link JWTParser#parse(String)}: the services' JWT mechanism and the
 * gateway alike. This decorator answers a token it has verified before from {@link VerifiedTokens};
 * anything else (first sight, another configuration, verification with a given key) is verified in full.
 */
@Decorator
@Priority(10)
public abstract class CachingJwtParser implements JWTParser {

    @Inject
    @Any
    @Delegate
    JWTParser delegate;

    @Inject
    VerifiedTokens verifiedTokens;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verifiedTokens.find(token);
        if (known != null) {
            return known;
        }
        JsonWebToken verified = delegate.parse(token);
        verifiedTokens.remember(token, verified);
        return verified;
    }
}
