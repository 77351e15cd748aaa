package io.bureau.staff;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bureau.testing.KafkaEvents;
import io.bureau.testing.KafkaEvents.Event;
import io.bureau.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Test data made through the API, as a client would make it; every name and email is random so
 * tests never depend on each other's data.
 */
public final class Staff {

    public static final String EMPLOYEE_TOPIC = "bureau.staff.employee";

    private Staff() {
    }

    /** A department with a manager who holds the office-manager role. */
    public record Team(UUID departmentId, UUID managerId) {

        public String managerToken() {
            return Staff.managerToken(managerId);
        }
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as(TestTokens.admin());
    }

    public static String employeeToken(UUID employeeId) {
        return TestTokens.employee(employeeId, "employee");
    }

    public static String managerToken(UUID employeeId) {
        return TestTokens.employee(employeeId, "employee", "office-manager");
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static UUID department(UUID parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("Dept"));
        body.put("parentId", parentId);
        return UUID.fromString(asAdmin().body(body).post("/api/v1/departments")
                .then().statusCode(201).extract().path("id"));
    }

    public static Team team() {
        return teamUnder(null);
    }

    public static Team teamUnder(UUID parentId) {
        UUID departmentId = department(parentId);
        UUID managerId = employee(departmentId, null);
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("Dept"));
        body.put("parentId", parentId);
        body.put("managerId", managerId);
        asAdmin().body(body).put("/api/v1/departments/" + departmentId).then().statusCode(200);
        return new Team(departmentId, managerId);
    }

    public static Map<String, Object> profile(UUID departmentId, UUID managerId) {
        String name = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Fn" + name);
        body.put("lastName", "Ln" + name);
        body.put("workEmail", name + "@bureau.example");
        body.put("phone", "+44 20 7946 0000");
        body.put("position", "Clerk");
        body.put("departmentId", departmentId);
        body.put("managerId", managerId);
        body.put("hireDate", LocalDate.now().minusYears(1).toString());
        body.put("weeklyHours", 37.5);
        body.put("workingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        return body;
    }

    /** A profile to replace someone's with: no manager, which has its own operation. */
    public static Map<String, Object> profileChange(UUID departmentId) {
        Map<String, Object> body = profile(departmentId, null);
        body.remove("managerId");
        return body;
    }

    public static UUID employee(UUID departmentId, UUID managerId) {
        return UUID.fromString(asAdmin().body(profile(departmentId, managerId)).post("/api/v1/employees")
                .then().statusCode(201).extract().path("id"));
    }

    public static UUID skill() {
        return UUID.fromString(asAdmin().body(Map.of("name", unique("Skill"), "category", "Office"))
                .post("/api/v1/skills").then().statusCode(201).extract().path("id"));
    }

    /** Waits until the broker holds an event of {@code type} about {@code subject}, and returns all of that type. */
    public static List<Event> awaitEvents(Object subject, String topic, String type, int count) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> KafkaEvents.matching(KafkaEvents.withSubject(subject), topic).stream()
                        .filter(e -> type.equals(e.type())).toList(), events -> events.size() >= count);
    }

    public static Event awaitEvent(Object subject, String topic, String type) {
        return awaitEvents(subject, topic, type, 1).get(0);
    }

    public static long eventsOfType(Object subject, String topic, String type) {
        return KafkaEvents.matching(KafkaEvents.withSubject(subject), topic).stream().filter(e -> type.equals(e.type())).count();
    }
}
