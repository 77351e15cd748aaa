package io.bureau.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.bureau.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = EchoUpstream.class, restrictToAnnotatedClass = false)
class ApiProxyTest {

    private static final String PROBLEM = "application/problem+json";
    private static final int CHUNK = 64 * 1024;

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void passesMethodPathQueryHeadersAndBodyToTheOwningService() {
        String token = TestTokens.employee(UUID.randomUUID(), "employee");
        given().urlEncodingEnabled(false).auth().oauth2(token).header("X-Request-Id", "req-proxy-1")
                .contentType("application/json").body("{\"name\":\"Ada\"}")
                .post("/api/v1/employees/42/skills?level=3&sort=name,asc")
                .then().statusCode(201)
                .header("ETag", "\"7\"")
                .header("X-Request-Id", "req-proxy-1")
                .body("method", equalTo("POST"))
                .body("path", equalTo("/api/v1/employees/42/skills"))
                .body("query", equalTo("level=3&sort=name,asc"))
                .body("requestId", equalTo("req-proxy-1"))
                .body("authorization", equalTo("Bearer " + token))
                .body("body", equalTo("{\"name\":\"Ada\"}"));
    }

    @Test
    void givesARequestIdWhenTheCallerHasNone() {
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/departments")
                .then().statusCode(201).body("requestId", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void refusesCallersWithoutAValidToken() {
        given().get("/api/v1/employees").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2("forged.token.value").get("/api/v1/employees").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aResourceNobodyOwnsIs404() {
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/spaceships")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("spaceships"));
    }

    @Test
    void aServiceThatIsDownIs503WithRetryAfter() {
        given().auth().oauth2(TestTokens.admin()).header("X-Request-Id", "req-down-1").get("/api/v1/tasks")
                .then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", matchesPattern("[1-5]"))
                .body("detail", containsString("scheduling"))
                .body("requestId", equalTo("req-down-1"));
    }

    @Test
    void aChunkedBodyUnderTheLimitPassesThrough() throws IOException {
        RawResponse response = postChunked("/api/v1/employees", 3 * CHUNK);
        assertEquals(201, response.status());
        assertTrue(response.body().contains("\"method\":\"POST\""), response.body());
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndNotAnInvitationToRetry() throws IOException {
        // 20 MB without a Content-Length; the limit is the default 10 MB.
        RawResponse response = postChunked("/api/v1/employees", 20 * 1024 * 1024);
        assertEquals(413, response.status(), () -> "answered with " + response.body().length() + " characters, not refused");
        assertEquals(PROBLEM, response.headers().get("content-type"));
        assertNull(response.headers().get("retry-after"), "a body too large must not be sent again");
        assertTrue(response.body().contains("\"status\":413"), response.body());
        assertTrue(response.body().contains("\"maxBytes\":10485760"), response.body());
    }

    record RawResponse(int status, Map<String, String> headers, String body) {
    }

    /**
     * Sends {@code bytes} of body in 64 KB chunks (Transfer-Encoding: chunked, no Content-Length)
     * while reading the answer, as a client that can take an early answer does.
     */
    private RawResponse postChunked(String path, int bytes) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> {
                byte[] chunk = new byte[CHUNK];
                Arrays.fill(chunk, (byte) 'a');
                try {
                    out.write(("POST " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\n"
                            + "Authorization: Bearer " + TestTokens.admin() + "\r\n"
                            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    for (int sent = 0; sent < bytes; sent += CHUNK) {
                        out.write((Integer.toHexString(CHUNK) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // expected once the gateway has answered early and closed the connection
                }
            });
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            char[] body = new char[Integer.parseInt(headers.getOrDefault("content-length", "0"))];
            int read = 0;
            while (read < body.length) {
                int n = in.read(body, read, body.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            socket.close();
            upload.join();
            return new RawResponse(status, headers, new String(body, 0, read));
        }
    }

    @Test
    void aServiceThatFailsAgainAndAgainIsNotTriedUntilItsBreakerLetsRequestsThrough() {
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(TestTokens.admin()).get("/api/v1/tasks").then().statusCode(503);
        }
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/tasks")
                .then().statusCode(503).contentType(PROBLEM)
                .body("detail", containsString("scheduling service failed several times in a row"))
                .header("Retry-After", matchesPattern("[1-5]"));
        // The other services' routes are not affected.
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/departments").then().statusCode(201);
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIs504NamingIt() {
        long started = System.nanoTime();
        given().auth().oauth2(TestTokens.admin()).header("X-Request-Id", "req-slow-1").get("/api/v1/employees?delayMillis=3000")
                .then().statusCode(504).contentType(PROBLEM)
                .body("detail", containsString("staff"))
                .body("requestId", equalTo("req-slow-1"));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(tookMillis < 2900, "answered after " + tookMillis + " ms, not at the 1 s timeout");
    }
}
