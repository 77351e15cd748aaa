package io.bureau.platform.idempotency;

import java.util.regex.Pattern;

import io.bureau.platform.problem.Problems;

/** The {@code Idempotency-Key} request header every POST accepts: its name and what a key may be. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    /** 1 to 255 visible ASCII characters: safe to store, log and compare byte for byte. */
    public static final String PATTERN = "^[\\x21-\\x7E]{1,255}$";

    private static final Pattern ACCEPTABLE = Pattern.compile(PATTERN);

    private IdempotencyKeys() {
    }

    /** The key as offered, or a 400 naming the header when it is not one. */
    public static String require(String offered) {
        if (offered == null || !ACCEPTABLE.matcher(offered).matches()) {
            throw Problems.invalidField(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        return offered;
    }
}
