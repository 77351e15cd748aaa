package io.bureau.gateway.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A client secret as configuration stores it: {@code pbkdf2-sha256$<iterations>$<salt-b64>$<hash-b64>}
 * (salted PBKDF2-HMAC-SHA256), never the secret itself. {@link #main} hashes a secret for the
 * configuration:
 * <pre>java -cp api-gateway/target/quarkus-app/app/api-gateway-*.jar io.bureau.gateway.token.SecretHash</pre>
 * (reads the secret from standard input, or generates one when it is empty).
 */
public final class SecretHash {

    public static final String PREFIX = "pbkdf2-sha256";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; configuration may carry fewer for random machine secrets. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final int MIN_ITERATIONS = 1_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private SecretHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Reads a configured hash; refuses anything that is not one (a plain secret, say). */
    public static SecretHash parse(String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.trim().split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("A secret hash looks like " + PREFIX + "$<iterations>$<salt-b64>$<hash-b64>");
        }
        int iterations = Integer.parseInt(parts[1]);
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("A secret hash needs at least " + MIN_ITERATIONS + " iterations");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new SecretHash(iterations, b64.decode(parts[2]), b64.decode(parts[3]));
    }

    public static String hash(String secret, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(secret, salt, iterations, HASH_BITS));
    }

    public int iterations() {
        return iterations;
    }

    /** Constant-time comparison of the derived key. */
    public boolean matches(String secret) {
        return MessageDigest.isEqual(hash, derive(secret, salt, iterations, hash.length * 8));
    }

    /** A fresh random secret, URL-safe, 256 bits. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] derive(String secret, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Hashes the secret on standard input (or a new random one, printed too) for bureau.gateway.clients.<id>.secret-hash. */
    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ITERATIONS;
        String secret = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
        if (secret.isEmpty()) {
            secret = newSecret();
            System.out.println("secret: " + secret);
        }
        System.out.println("secret-hash: " + hash(secret, iterations));
    }
}
