package io.bureau.gateway.token;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.bureau.gateway.routing.GatewayConfig;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signs the gateway's own tokens with its signing key ({@code smallrye.jwt.sign.key.location}),
 * with the issuer and audience the services verify ({@code mp.jwt.verify.issuer},
 * {@code mp.jwt.verify.audiences}), so a token from here is accepted wherever a token of the
 * identity provider is. Without a signing key the gateway issues nothing (production that uses an
 * external OIDC provider).
 */
@Singleton
public class TokenIssuer {

    /** The claim that ties a caller to an employee record (as platform/infra DevTokens writes it). */
    public static final String EMPLOYEE_ID_CLAIM = "employee_id";

    private final boolean enabled;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final Map<String, Registered> clients = new TreeMap<>();
    /** Checked for an unknown client, so that it costs as long as a known one (no client-id probing by timing). */
    private final SecretHash unknownClient;

    record Registered(SecretHash secret, Set<String> roles) {
    }

    public TokenIssuer(Config config, GatewayConfig gateway) {
        Optional<String> keyLocation = config.getOptionalValue("smallrye.jwt.sign.key.location", String.class);
        Optional<String> key = config.getOptionalValue("smallrye.jwt.sign.key", String.class);
        this.issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse(null);
        this.audience = config.getOptionalValues("mp.jwt.verify.audiences", String.class).map(a -> a.get(0)).orElse(null);
        this.enabled = (keyLocation.isPresent() || key.isPresent()) && issuer != null && audience != null;
        this.lifetime = gateway.tokenLifetime();
        gateway.clients().forEach((id, client) -> {
            try {
                clients.put(id, new Registered(SecretHash.parse(client.secretHash()), Set.copyOf(client.roles())));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("bureau.gateway.clients." + id + ".secret-hash: " + e.getMessage(), e);
            }
        });
        int iterations = clients.values().stream().mapToInt(c -> c.secret().iterations()).max().orElse(1_000);
        this.unknownClient = SecretHash.parse(SecretHash.hash(SecretHash.newSecret(), iterations));
    }

    /** Whether this gateway issues tokens at all (a signing key, an issuer and an audience are configured). */
    public boolean enabled() {
        return enabled;
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** The client's allowed roles if the secret is its secret; empty for an unknown client or a wrong secret. */
    public Optional<Set<String>> authenticate(String clientId, String secret) {
        Registered client = clients.get(clientId);
        if (secret == null) {
            return Optional.empty();
        }
        if (client == null) {
            unknownClient.matches(secret);
            return Optional.empty();
        }
        return client.secret().matches(secret) ? Optional.of(client.roles()) : Optional.empty();
    }

    /** A token for a machine client: subject = client id, groups = the granted roles. */
    public String forClient(String clientId, Collection<String> roles) {
        return builder(clientId, clientId, roles).claim("client_id", clientId)
                .claim("scope", String.join(" ", roles)).sign();
    }

    /** A token for a person: subject and employee id are the same UUID (as the services expect). */
    public String forEmployee(UUID employeeId, String name, List<String> roles) {
        return builder(employeeId.toString(), name, roles).claim(EMPLOYEE_ID_CLAIM, employeeId.toString()).sign();
    }

    private JwtClaimsBuilder builder(String subject, String name, Collection<String> roles) {
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject(subject)
                .upn(name)
                .claim("name", name)
                .claim("jti", UUID.randomUUID().toString())
                .groups(Set.copyOf(roles))
                .expiresIn(lifetime);
    }
}
