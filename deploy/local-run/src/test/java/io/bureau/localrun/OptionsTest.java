package io.bureau.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void noArgumentsKeepTheDataAndTheDefaultTimeout() {
        Options options = Options.parse();
        assertFalse(options.clean());
        assertTrue(options.demo(), "a new staff database gets the demo office unless --no-demo");
        assertFalse(options.help());
        assertEquals(Options.DEFAULT_START_TIMEOUT, options.startTimeout());
    }

    @Test
    void understandsEveryOption() {
        Options options = Options.parse("--clean", "--no-demo", "--timeout=300", "--help");
        assertTrue(options.clean());
        assertFalse(options.demo());
        assertTrue(options.help());
        assertEquals(Duration.ofSeconds(300), options.startTimeout());
        assertEquals(Duration.ofSeconds(45), Options.parse("--timeout", "45").startTimeout());
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        assertEquals("Unknown option: --no-build", assertThrows(IllegalArgumentException.class,
                () -> Options.parse("--no-build")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--timeout=0"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--timeout=soon"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--timeout"));
    }
}
