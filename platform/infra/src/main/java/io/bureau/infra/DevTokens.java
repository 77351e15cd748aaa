package io.bureau.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints RS256 tokens with the development key, which only the dev, test and local profiles
 * trust. Production verifies tokens of a real identity provider and never sees this key.
 */
public final class DevTokens {

    public static final String ISSUER = "https://bureau.local/dev";
    public static final String AUDIENCE = "bureau";
    /** The claim that ties a caller to an employee record, for ownership checks. */
    public static final String EMPLOYEE_ID_CLAIM = "employee_id";

    private static final PrivateKey KEY = loadKey();

    private DevTokens() {
    }

    /** A token for a person: subject and employee id are the same UUID. */
    public static String forEmployee(UUID employeeId, String name, Duration validity, String... roles) {
        return builder(employeeId.toString(), name, validity, roles)
                .claim(EMPLOYEE_ID_CLAIM, employeeId.toString())
                .sign(KEY);
    }

    /** A token for a machine client or a user with no employee record (an admin, an HR system). */
    public static String forClient(String subject, Duration validity, String... roles) {
        return builder(subject, subject, validity, roles).sign(KEY);
    }

    /**
     * Signs exactly these claims, adding none (the token builder above always adds {@code iat} and
     * {@code exp}): for tests of what a verifier must refuse. Values are JSON values; times are
     * seconds since the epoch.
     */
    public static String signExactly(Map<String, Object> claims) {
        JwtClaims jwtClaims = new JwtClaims();
        claims.forEach(jwtClaims::setClaim);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(jwtClaims.toJson());
        jws.setKey(KEY);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign the claims", e);
        }
    }

    private static JwtClaimsBuilder builder(String subject, String name, Duration validity, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(name)
                .claim("name", name)
                .groups(Set.of(roles))
                .expiresIn(validity);
    }

    private static PrivateKey loadKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("dev-jwt-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Development signing key unreadable", e);
        }
    }
}
