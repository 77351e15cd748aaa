package io.bureau.gateway.token;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.gateway.limits.RateLimits;
import io.bureau.platform.problem.ProblemResponses;
import io.vertx.core.http.HttpServerRequest;

/**
 * The client-credentials grant (RFC 6749 §4.4) for registered machine clients: HR integrations
 * trade their id and secret for a short-lived bearer token. Answers as RFC 6749 §5.1 and §5.2 say
 * (not problem+json), never cached. 404 when the gateway has no signing key.
 */
@Path("/oauth2/token")
@Tag(name = "Authentication", description = "Tokens for machine clients (OAuth 2.0 client credentials)")
@SecuritySchemes({ @SecurityScheme(securitySchemeName = "clientBasic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A machine client's id and secret, at the token endpoint only"),
@SecurityScheme(securitySchemeName = "oauth2", type = SecuritySchemeType.OAUTH2,
        description = "Registered machine clients (HR integrations) obtain a bearer token with the client-credentials grant",
        flows = @OAuthFlows(clientCredentials = @OAuthFlow(tokenUrl = "/oauth2/token", scopes = {
                @OAuthScope(name = "hr-integration", description = "HR system: exports and imports of people"),
                @OAuthScope(name = "admin", description = "Everything") }))) })
public class TokenResource {

    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED;

    private final TokenIssuer issuer;
    private final RateLimits limits;

    public TokenResource(TokenIssuer issuer, RateLimits limits) {
        this.issuer = issuer;
        this.limits = limits;
    }

    /** The form fields, for the document only (the method reads the raw form to see repeated fields). */
    @Schema(name = "TokenRequest", requiredProperties = "grant_type")
    public record TokenRequest(
            @Schema(enumeration = "client_credentials", required = true) String grant_type,
            @Schema(description = "Space-separated roles, a subset of the client's; all of them when absent",
                    examples = "hr-integration") String scope,
            @Schema(description = "When the client does not authenticate with HTTP Basic") String client_id,
            @Schema(description = "When the client does not authenticate with HTTP Basic") String client_secret) {
    }

    @Schema(name = "TokenResponse", requiredProperties = { "access_token", "token_type", "expires_in", "scope" })
    public record TokenResponse(String access_token, @Schema(enumeration = "Bearer") String token_type,
            @Schema(description = "Seconds", examples = "900") long expires_in,
            @Schema(description = "The granted roles, space-separated") String scope) {
    }

    @Schema(name = "TokenError", requiredProperties = "error")
    public record TokenError(
            @Schema(enumeration = { "invalid_request", "invalid_client", "unsupported_grant_type", "invalid_scope" }) String error,
            String error_description) {
    }

    @POST
    @PermitAll
    @Consumes(FORM)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "clientBasic")
    @Operation(operationId = "issueToken", summary = "Obtain a token with the client-credentials grant",
            description = "RFC 6749 §4.4. The client authenticates with HTTP Basic (client id and secret, form-encoded) or with "
                    + "client_id and client_secret in the body. The token is valid for expires_in seconds (15 min by default) "
                    + "and carries the granted roles. Rate limited per client id, and failed attempts per address.")
    @RequestBody(required = true, content = @Content(mediaType = FORM, schema = @Schema(implementation = TokenRequest.class)))
    @APIResponse(responseCode = "200", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid_request, unsupported_grant_type or invalid_scope",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenError.class)))
    @APIResponse(responseCode = "401", description = "invalid_client: unknown client or wrong secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenError.class)))
    @APIResponse(responseCode = "429", description = "Too many tokens for this client, or failed attempts from this address",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Retry-After",
                    description = "Seconds to wait before retrying", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response token(MultivaluedMap<String, String> form, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request) {
        if (!issuer.enabled()) {
            return ProblemResponses.response(404, "not-found", "Not found", "This gateway issues no tokens", "/oauth2/token");
        }
        String address = request.remoteAddress() == null ? "" : request.remoteAddress().host();
        long wait = limits.failuresAllowed(address);
        if (wait > 0) {
            return tooMany(wait, "Too many failed client authentications from this address");
        }
        for (String field : List.of("grant_type", "scope", "client_id", "client_secret")) {
            if (form.get(field) != null && form.get(field).size() > 1) {
                return error(400, "invalid_request", field + " is repeated");
            }
        }
        // Client authentication first: an unauthenticated caller learns nothing about the rest.
        String clientId = form.getFirst("client_id");
        String secret = form.getFirst("client_secret");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (basic) {
            if (clientId != null || secret != null) {
                return error(400, "invalid_request", "Authenticate with HTTP Basic or with the body, not both");
            }
            String[] pair = basicCredentials(authorization.substring(6).trim());
            if (pair == null) {
                return invalidClient(address, true);
            }
            clientId = pair[0];
            secret = pair[1];
        } else if (clientId == null || secret == null) {
            return invalidClient(address, false);
        }
        Optional<Set<String>> allowed = issuer.authenticate(clientId, secret);
        if (allowed.isEmpty()) {
            return invalidClient(address, basic);
        }
        String grant = form.getFirst("grant_type");
        if (grant == null || grant.isBlank()) {
            return error(400, "invalid_request", "grant_type is required");
        }
        if (!"client_credentials".equals(grant)) {
            return error(400, "unsupported_grant_type", "Only client_credentials is supported");
        }
        Set<String> granted = new LinkedHashSet<>();
        String scope = form.getFirst("scope");
        if (scope == null || scope.isBlank()) {
            granted.addAll(new java.util.TreeSet<>(allowed.get()));
        } else {
            List<String> refused = new ArrayList<>();
            for (String role : scope.trim().split(" +")) {
                if (allowed.get().contains(role)) {
                    granted.add(role);
                } else {
                    refused.add(role);
                }
            }
            if (!refused.isEmpty()) {
                return error(400, "invalid_scope", "Not allowed for this client: " + String.join(" ", refused));
            }
        }
        wait = limits.tokenFor(clientId);
        if (wait > 0) {
            return tooMany(wait, "Too many tokens requested by this client");
        }
        String token = issuer.forClient(clientId, granted);
        return noStore(Response.ok(new TokenResponse(token, "Bearer", issuer.lifetime().toSeconds(), String.join(" ", granted)),
                MediaType.APPLICATION_JSON)).build();
    }

    private Response invalidClient(String address, boolean basic) {
        limits.failed(address);
        Response.ResponseBuilder answer = noStore(Response.status(401).type(MediaType.APPLICATION_JSON)
                .entity(new TokenError("invalid_client", "Unknown client or wrong secret")));
        // RFC 6749 §5.2: 401 with the scheme the client used (or may use).
        answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"bureau\"" + (basic ? ", error=\"invalid_client\"" : ""));
        return answer.build();
    }

    private static Response error(int status, String error, String description) {
        return noStore(Response.status(status).type(MediaType.APPLICATION_JSON).entity(new TokenError(error, description))).build();
    }

    static Response tooMany(long wait, String detail) {
        Response problem = ProblemResponses.response(429, "too-many-requests", "Too many requests",
                detail + "; try again in " + wait + " s", "/oauth2/token");
        return Response.fromResponse(problem).header("Retry-After", Long.toString(wait)).header("Cache-Control", "no-store").build();
    }

    private static Response.ResponseBuilder noStore(Response.ResponseBuilder answer) {
        return answer.header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }

    /** RFC 6749 §2.3.1: id and secret are form-encoded before Basic's base64. Null when malformed. */
    private static String[] basicCredentials(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] { java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
