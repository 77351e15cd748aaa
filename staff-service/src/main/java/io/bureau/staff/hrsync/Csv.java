package io.bureau.staff.hrsync;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.bureau.platform.problem.Problems;

/** RFC 4180 CSV: comma-separated, fields with commas, quotes or line breaks in double quotes. */
final class Csv {

    private Csv() {
    }

    /** The records of the text, blank lines skipped; an unterminated quote is a 400 naming the line. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, record, field, fieldStarted);
                record = new ArrayList<>();
                fieldStarted = false;
                line++;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw Problems.invalidField("body", "a quoted field opened before line " + line + " is never closed");
        }
        endRecord(records, record, field, fieldStarted);
        return records;
    }

    /** One exported line; every cell is {@linkplain #inert made inert} for spreadsheets, then quoted as needed. */
    static String line(List<?> values) {
        return values.stream().map(Csv::inert).map(Csv::escape).collect(Collectors.joining(",")) + "\r\n";
    }

    /**
     * A spreadsheet opening the file runs a cell that starts with =, +, -, @, a tab or a carriage
     * return as a formula (CSV injection); a leading apostrophe makes it plain text.
     */
    static String inert(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field, boolean fieldStarted) {
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        field.setLength(0);
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
