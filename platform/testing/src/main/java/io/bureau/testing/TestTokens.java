package io.bureau.testing;

import java.time.Duration;
import java.util.UUID;

import io.bureau.infra.DevTokens;

/** Bearer tokens for tests, signed with the development key the test profile trusts. */
public final class TestTokens {

    private static final Duration VALIDITY = Duration.ofHours(1);

    private TestTokens() {
    }

    public static String employee(UUID employeeId, String... roles) {
        return DevTokens.forEmployee(employeeId, "user-" + employeeId, VALIDITY, roles);
    }

    public static String admin() {
        return DevTokens.forClient("admin", VALIDITY, "admin");
    }

    public static String client(String subject, String... roles) {
        return DevTokens.forClient(subject, VALIDITY, roles);
    }
}
