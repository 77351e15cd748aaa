package io.bureau.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class JvmOptionsTest {

    @Test
    void theDefaultsBoundHeapMetaspaceCodeCacheAndStacks() {
        List<String> defaults = JvmOptions.forApps(null);
        assertTrue(defaults.contains("-Xmx160m"));
        assertTrue(defaults.contains("-XX:+UseSerialGC"));
        assertTrue(defaults.contains("-XX:MaxMetaspaceSize=160m"));
        assertEquals(defaults, JvmOptions.forApps("  "));
    }

    @Test
    void bureauJavaOptsReplacesThem() {
        assertEquals(List.of("-Xmx256m", "-XX:+UseSerialGC"), JvmOptions.forApps(" -Xmx256m   -XX:+UseSerialGC "));
    }
}
