package io.bureau.localrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.bureau.infra.DevTokens;

/**
 * The demo callers the local run prints tokens for, one per role. The people have fixed ids, so a
 * token keeps naming the same person across restarts and clean starts.
 */
final class DemoUsers {

    static final Duration VALIDITY = Duration.ofHours(12);

    static final UUID TOP_MANAGER_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID OFFICE_MANAGER_ID = UUID.fromString("00000000-0000-4000-8000-000000000002");
    static final UUID EMPLOYEE_ID = UUID.fromString("00000000-0000-4000-8000-000000000003");

    /** What a token stands for, the shell variable that holds it, and a request to try it with. */
    record DemoUser(String description, String variable, String token, String examplePath) {

        String exportLine() {
            return "export " + variable + "='" + token + "'";
        }

        String curl(String baseUrl) {
            return "curl -H \"Authorization: Bearer $" + variable + "\" " + baseUrl + examplePath;
        }
    }

    /** The gateway's demo machine client (api-gateway application.properties, %local); its secret is hashed there. */
    static final String HR_CLIENT_ID = "demo-hr-system";
    static final String HR_CLIENT_SECRET = "bureau-demo-hr-secret";

    private DemoUsers() {
    }

    static String clientCredentialsCurl(String gatewayUrl) {
        return "curl -u " + HR_CLIENT_ID + ":" + HR_CLIENT_SECRET + " -d grant_type=client_credentials " + gatewayUrl + "/oauth2/token";
    }

    static String demoLoginCurl(String gatewayUrl) {
        return "curl -d user=dana " + gatewayUrl + "/demo/login   (user=dana|omar|erin)";
    }

    /** Writes the development signing key (platform/infra, trusted by the local profile only) for the gateway. */
    static Path writeSigningKey(Path home) {
        Path file = home.resolve("dev-jwt-private.pem");
        try (var in = DevTokens.class.getResourceAsStream("dev-jwt-private.pem")) {
            Files.createDirectories(home);
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DemoUser> mint() {
        // Managers are employees too: they have their own tasks, reviews and training. Each example
        // is an endpoint that answers 200 on an empty system.
        return List.of(
                new DemoUser("admin (client demo-admin; role admin)", "BUREAU_ADMIN_TOKEN",
                        DevTokens.forClient("demo-admin", VALIDITY, "admin"),
                        "/api/v1/departments"),
                new DemoUser("top manager Dana Director (" + TOP_MANAGER_ID + "; roles top-manager, employee)", "BUREAU_TOP_MANAGER_TOKEN",
                        DevTokens.forEmployee(TOP_MANAGER_ID, "Dana Director", VALIDITY, "top-manager", "employee"),
                        "/api/v1/employees"),
                new DemoUser("office manager Omar Office (" + OFFICE_MANAGER_ID + "; roles office-manager, employee)", "BUREAU_OFFICE_MANAGER_TOKEN",
                        DevTokens.forEmployee(OFFICE_MANAGER_ID, "Omar Office", VALIDITY, "office-manager", "employee"),
                        "/api/v1/departments"),
                new DemoUser("employee Erin Employee (" + EMPLOYEE_ID + "; role employee)", "BUREAU_EMPLOYEE_TOKEN",
                        DevTokens.forEmployee(EMPLOYEE_ID, "Erin Employee", VALIDITY, "employee"),
                        "/api/v1/skills"),
                new DemoUser("HR integration client (client demo-hr-system; role hr-integration)", "BUREAU_HR_INTEGRATION_TOKEN",
                        DevTokens.forClient("demo-hr-system", VALIDITY, "hr-integration"),
                        "/api/v1/hr-exports/employees"));
    }

    /** Writes the tokens as shell exports, for scripts: {@code . .bureau/tokens.env}. */
    static void writeEnvFile(Path file, List<DemoUser> users, Instant validUntil) {
        String content = "# Demo tokens of the Bureau local run, valid until " + validUntil.truncatedTo(ChronoUnit.SECONDS)
                + ". Load them with: . .bureau/tokens.env\n"
                + users.stream().map(DemoUser::exportLine).collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
