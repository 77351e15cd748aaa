package io.bureau.platform.input;

/**
 * Text a client sends may not carry C0 control characters other than tab, line feed and carriage
 * return: PostgreSQL refuses NUL in text (a 500 if it gets that far), and the others have no
 * business in names, notes or search terms.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The first forbidden character, or -1. */
    public static int firstIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return c;
            }
        }
        return -1;
    }

    public static String describe(int character) {
        return String.format("must not contain control characters (found U+%04X)", character);
    }
}
