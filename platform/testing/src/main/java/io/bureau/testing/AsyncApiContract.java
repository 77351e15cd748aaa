package io.bureau.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;

/**
 * A service's AsyncAPI document ({@code src/main/asyncapi/asyncapi.yaml}) lists exactly the event
 * types its code publishes and consumes: every type named in the sources is documented, and
 * nothing is documented that the code no longer names.
 */
public final class AsyncApiContract {

    public static final Path DOCUMENT = Path.of("src/main/asyncapi/asyncapi.yaml");

    private static final Pattern EVENT_TYPE = Pattern.compile("bureau\\.[a-z]+\\.[a-z-]+\\.[a-z-]+\\.v\\d+");
    private static final Path SOURCES = Path.of("src/main/java");

    private AsyncApiContract() {
    }

    public static void assertDocumentsEveryEventType() throws IOException {
        Set<String> inCode = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> inCode.addAll(typesIn(read(f))));
        }
        Assertions.assertFalse(inCode.isEmpty(), "no event types found in " + SOURCES);
        Set<String> documented = typesIn(Files.readString(DOCUMENT));
        Assertions.assertEquals(inCode, documented,
                "event types named in the code (expected) and in " + DOCUMENT + " (actual) differ");
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
