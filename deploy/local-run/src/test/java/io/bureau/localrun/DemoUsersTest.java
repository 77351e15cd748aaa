package io.bureau.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Also proves the launcher's class path can sign tokens outside Quarkus (JSON-P, MicroProfile Config). */
class DemoUsersTest {

    @TempDir
    Path tmp;

    @Test
    void oneTokenPerRoleWithTheFixedEmployeeIds() {
        List<DemoUsers.DemoUser> users = DemoUsers.mint();
        assertEquals(5, users.size());
        assertTrue(claims(users.get(0)).contains("\"groups\":[\"admin\"]"));
        String employee = claims(users.get(3));
        assertTrue(employee.contains("\"employee_id\":\"" + DemoUsers.EMPLOYEE_ID + "\""), employee);
        assertTrue(claims(users.get(4)).contains("\"groups\":[\"hr-integration\"]"));
        assertEquals("curl -H \"Authorization: Bearer $BUREAU_ADMIN_TOKEN\" http://localhost:8080/api/v1/departments",
                users.get(0).curl("http://localhost:8080"));
    }

    @Test
    void writesOneExportLinePerToken() throws Exception {
        Path file = tmp.resolve(".bureau/tokens.env");
        DemoUsers.writeEnvFile(file, DemoUsers.mint(), Instant.now());
        List<String> exports = Files.readAllLines(file).stream().filter(line -> line.startsWith("export ")).toList();
        assertEquals(5, exports.size());
        assertTrue(exports.get(0).startsWith("export BUREAU_ADMIN_TOKEN='ey"), exports.get(0));
    }

    private static String claims(DemoUsers.DemoUser user) {
        return new String(Base64.getUrlDecoder().decode(user.token().split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
