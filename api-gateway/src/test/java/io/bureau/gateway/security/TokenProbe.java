package io.bureau.gateway.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** A service-style endpoint (JAX-RS, roles checked by quarkus-smallrye-jwt), present only in tests. */
@Path(TokenProbe.PATH)
public class TokenProbe {

    static final String PATH = "/token-probe";

    private final JsonWebToken token;

    public TokenProbe(JsonWebToken token) {
        this.token = token;
    }

    @GET
    @Operation(hidden = true)
    @RolesAllowed("admin")
    @Produces(MediaType.TEXT_PLAIN)
    public String caller() {
        return token.getSubject();
    }
}
