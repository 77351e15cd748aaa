package io.bureau.staff.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document lists exactly the event types the code publishes and consumes: every
 * type named in the sources is documented, and nothing documented is missing from the sources.
 */
class AsyncApiDocumentTest {

    private static final Pattern EVENT_TYPE = Pattern.compile("bureau\\.[a-z]+\\.[a-z-]+\\.[a-z-]+\\.v\\d+");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path DOCUMENT = Path.of("src/main/asyncapi/asyncapi.yaml");

    @Test
    void documentsEveryEventTypeTheCodeNamesAndNoOther() throws IOException {
        Set<String> inCode = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> inCode.addAll(typesIn(read(f))));
        }
        Set<String> documented = typesIn(Files.readString(DOCUMENT));
        assertFalse(inCode.isEmpty(), "no event types found in " + SOURCES);
        assertEquals(inCode, documented, "event types in the code (expected) and in " + DOCUMENT + " (actual) differ");
    }

    private static Set<String> typesIn(String text) {
        Set<String> types = new TreeSet<>();
        Matcher matcher = EVENT_TYPE.matcher(text);
        while (matcher.find()) {
            types.add(matcher.group());
        }
        return types;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
