package io.bureau.staff.hrsync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.bureau.platform.problem.ProblemException;

class CsvTest {

    @Test
    void readsQuotedCommasQuotesAndLineBreaksAndSkipsBlankLines() {
        String text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\n1,,3\n";
        assertEquals(List.of(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"), List.of("1", "", "3")),
                Csv.parse(text));
    }

    @Test
    void keepsATrailingEmptyFieldAndALastLineWithoutBreak() {
        assertEquals(List.of(List.of("a", ""), List.of("b", "c")), Csv.parse("a,\nb,c"));
    }

    @Test
    void anUnclosedQuoteIsABadRequest() {
        ProblemException problem = assertThrows(ProblemException.class, () -> Csv.parse("a,b\n\"open,c\n"));
        assertEquals(400, problem.status());
    }

    @Test
    void writesWhatItReadsBack() {
        List<Object> values = Arrays.asList("plain", "with, comma", "with \"quote\"", null, 7);
        String line = Csv.line(values);
        assertEquals("plain,\"with, comma\",\"with \"\"quote\"\"\",,7\r\n", line);
        assertEquals(List.of(List.of("plain", "with, comma", "with \"quote\"", "", "7")), Csv.parse(line));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreMadePlainText() {
        String line = Csv.line(Arrays.asList("=HYPERLINK(\"http://x\")", "+44 20", "-1", "@SUM(A1)", "\tx", "\rx", "plain", 7));
        assertEquals(List.of(List.of("'=HYPERLINK(\"http://x\")", "'+44 20", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "plain", "7")),
                Csv.parse(line));
    }
}
