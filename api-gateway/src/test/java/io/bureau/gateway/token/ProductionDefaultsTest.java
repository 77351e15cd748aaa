package io.bureau.gateway.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** What the gateway's configuration gives the production profile: no demo login, no signing key, no clients. */
class ProductionDefaultsTest {

    @Test
    void productionHasNoDemoLoginNoSigningKeyAndNoDemoClient() throws IOException {
        SmallRyeConfig prod = config("prod");
        assertFalse(prod.getOptionalValue("bureau.gateway.demo-login.enabled", Boolean.class).orElse(false));
        assertTrue(prod.getOptionalValue("smallrye.jwt.sign.key.location", String.class).isEmpty());
        assertTrue(prod.getOptionalValue("bureau.gateway.clients.demo-hr-system.secret-hash", String.class).isEmpty());
        // ...while the local run has all three.
        SmallRyeConfig local = config("local");
        assertEquals(true, local.getOptionalValue("bureau.gateway.demo-login.enabled", Boolean.class).orElse(false));
        assertTrue(local.getOptionalValue("bureau.gateway.clients.demo-hr-system.secret-hash", String.class).isPresent());
    }

    private static SmallRyeConfig config(String profile) throws IOException {
        URL properties = ProductionDefaultsTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, 250)).build();
    }
}
