package io.bureau.reviews.review;

import static io.bureau.reviews.Tokens.as;
import static io.bureau.reviews.Tokens.asAdmin;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.reviews.Feeds;
import io.bureau.reviews.Office;
import io.bureau.reviews.Tokens;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

/**
 * A cycle's progress per department: counts per status, the share finalised and the mean score
 * (left out below three finalised reviews); top managers and admins see every department, an
 * office manager only the departments they manage; no one else, and no person is named.
 */
@io.quarkus.test.junit.QuarkusTest
class ReviewCycleProgressTest {

    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Test
    void eachDepartmentsCountsShareAndAverageAreExactAndReadOnlyByThoseAllowed() {
        Office office = Office.create();
        UUID x = Feeds.hire(office.otherDepartment(), office.otherManager());
        UUID y = Feeds.hire(office.otherDepartment(), office.otherManager());
        UUID z = Feeds.hire(office.otherDepartment(), office.otherManager());
        UUID cycle = UUID.fromString(asAdmin().body(Map.of("name", "Progress " + UUID.randomUUID(), "periodStart", "2026-01-01",
                "periodEnd", "2026-06-30", "dueOn", "2026-07-31",
                "departmentIds", List.of(office.department(), office.otherDepartment()),
                "criteria", List.of(Map.of("name", "Quality", "weight", 100)))).post("/api/v1/review-cycles").then()
                .statusCode(201).extract().path("id"));
        asAdmin().post("/api/v1/review-cycles/" + cycle + "/open").then().statusCode(200);

        // Department A: the clerk's review finalised (2), the peer self-assessed and then leaves, the line manager's in draft.
        finalise(cycle, office.clerk(), office.managerToken(), 2);
        as(office.peerToken()).body(Map.of("text", "Fine")).put("/api/v1/reviews/" + reviewOf(cycle, office.peer())
                + "/self-assessment").then().statusCode(200);
        Feeds.employeeEvent("terminated", office.peer(), Feeds.now(), Map.of("employeeId", office.peer()));
        Feeds.awaitHandled(Feeds.EMPLOYEE_TOPIC, office.peer());
        // Department B: three finalised (4, 5, 4), one of them acknowledged.
        String xs = finalise(cycle, x, office.otherManagerToken(), 4);
        finalise(cycle, y, office.otherManagerToken(), 5);
        finalise(cycle, z, office.otherManagerToken(), 4);
        as(Tokens.employee(x)).post("/api/v1/reviews/" + xs + "/acknowledge").then().statusCode(200);

        String path = "/api/v1/review-cycles/" + cycle + "/progress";
        boolean aFirst = office.department().compareTo(office.otherDepartment()) < 0;
        String a = aFirst ? "[0]" : "[1]";
        String b = aFirst ? "[1]" : "[0]";
        ValidatableResponse top = as(Tokens.topManager(UUID.randomUUID())).config(DECIMALS).get(path).then().statusCode(200)
                .body("$", hasSize(2));
        assertDepartmentA(top, a, office.department());
        assertDepartmentB(top, b, office.otherDepartment());
        for (UUID person : List.of(office.clerk(), office.peer(), office.lineManager(), x, y, z)) {
            top.body(not(containsString(person.toString())));
        }
        assertDepartmentA(asAdmin().config(DECIMALS).get(path).then().statusCode(200), a, office.department());
        assertDepartmentA(as(office.managerToken()).config(DECIMALS).get(path).then().statusCode(200).body("$", hasSize(1)),
                "[0]", office.department());
        assertDepartmentB(as(office.otherManagerToken()).config(DECIMALS).get(path).then().statusCode(200).body("$", hasSize(1)),
                "[0]", office.otherDepartment());

        // A line manager who manages no department, a peer with the office-manager role, employees, the HR client: refused.
        as(office.lineManagerToken()).get(path).then().statusCode(403);
        as(Tokens.officeManager(office.clerk())).get(path).then().statusCode(403);
        as(office.clerkToken()).get(path).then().statusCode(403);
        as(Tokens.employee(x)).get(path).then().statusCode(403);
        as(Tokens.hrIntegration()).get(path).then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).get("/api/v1/review-cycles/" + UUID.randomUUID() + "/progress").then()
                .statusCode(404);
    }

    private static void assertDepartmentA(ValidatableResponse response, String row, UUID department) {
        response.body(row + ".departmentId", equalTo(department.toString()))
                .body(row + ".reviews", equalTo(3))
                .body(row + ".byStatus.draft", equalTo(1))
                .body(row + ".byStatus.selfAssessment", equalTo(0))
                .body(row + ".byStatus.managerAssessment", equalTo(0))
                .body(row + ".byStatus.meetingHeld", equalTo(0))
                .body(row + ".byStatus.finalized", equalTo(1))
                .body(row + ".byStatus.acknowledged", equalTo(0))
                .body(row + ".byStatus.cancelled", equalTo(1))
                .body(row + ".finalizedShare", comparesEqualTo(new BigDecimal("0.50")))
                .body(row + ".averageOverallScore", nullValue());
    }

    private static void assertDepartmentB(ValidatableResponse response, String row, UUID department) {
        response.body(row + ".departmentId", equalTo(department.toString()))
                .body(row + ".reviews", equalTo(3))
                .body(row + ".byStatus.draft", equalTo(0))
                .body(row + ".byStatus.finalized", equalTo(2))
                .body(row + ".byStatus.acknowledged", equalTo(1))
                .body(row + ".byStatus.cancelled", equalTo(0))
                .body(row + ".finalizedShare", comparesEqualTo(new BigDecimal("1.00")))
                .body(row + ".averageOverallScore", comparesEqualTo(new BigDecimal("4.33")));
    }

    private static String reviewOf(UUID cycle, UUID employee) {
        return asAdmin().queryParam("cycle", cycle).queryParam("employee", employee).get("/api/v1/reviews").then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().path("items[0].id");
    }

    private static String finalise(UUID cycle, UUID employee, String managerToken, int rating) {
        String path = "/api/v1/reviews/" + reviewOf(cycle, employee);
        as(Tokens.employee(employee)).body(Map.of("text", "My half year")).put(path + "/self-assessment").then().statusCode(200);
        as(managerToken).post(path + "/start-manager-assessment").then().statusCode(200);
        as(managerToken).body(Map.of("ratings", List.of(Map.of("criterion", "Quality", "rating", rating))))
                .put(path + "/ratings").then().statusCode(200);
        as(managerToken).body(Map.of("heldOn", LocalDate.now().toString(), "notes", "Talked it through"))
                .post(path + "/meeting").then().statusCode(200);
        as(managerToken).body(Map.of("summary", "Done")).post(path + "/finalize").then().statusCode(200)
                .body("status", equalTo("FINALIZED"));
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
