package io.bureau.gateway.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretHashTest {

    @Test
    void aHashMatchesItsSecretOnlyAndIsSalted() {
        String encoded = SecretHash.hash("correct horse", 2_000);
        assertTrue(encoded.startsWith("pbkdf2-sha256$2000$"));
        SecretHash hash = SecretHash.parse(encoded);
        assertTrue(hash.matches("correct horse"));
        assertFalse(hash.matches("correct horse "));
        assertFalse(hash.matches(""));
        assertNotEquals(encoded, SecretHash.hash("correct horse", 2_000));
        assertEquals(2_000, hash.iterations());
    }

    @Test
    void aPlainSecretOrAWeakHashIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SecretHash.parse("bureau-demo-hr-secret"));
        assertThrows(IllegalArgumentException.class, () -> SecretHash.parse("pbkdf2-sha1$20000$AAAA$AAAA"));
        assertThrows(IllegalArgumentException.class, () -> SecretHash.parse("pbkdf2-sha256$10$AAAA$AAAA"));
    }

    @Test
    void theLocalDemoClientsHashIsTheSecretTheLauncherPrints() {
        assertTrue(SecretHash.parse("pbkdf2-sha256$20000$vf3DXO4o2lBthvZgKRqjHQ$LB1aHl5LB1m7SNkAKmwDZ9bx3HAa1GAPUQtOfhHYlEY")
                .matches("bureau-demo-hr-secret"));
    }
}
