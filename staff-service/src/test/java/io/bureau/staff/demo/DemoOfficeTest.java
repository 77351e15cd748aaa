package io.bureau.staff.demo;

import static io.bureau.staff.Staff.as;
import static io.bureau.staff.Staff.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.in;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bureau.staff.Staff;
import io.bureau.staff.employee.EmployeeEvents;
import io.bureau.staff.skill.SkillEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With the demo office on, the people the demo tokens name exist, with their fixed ids, as manager and staff. */
@QuarkusTest
@TestProfile(DemoOfficeTest.DemoOfficeOn.class)
class DemoOfficeTest {

    public static class DemoOfficeOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bureau.staff.demo-office", "true");
        }
    }

    @Inject
    DemoOffice demo;

    @Test
    void everyDemoPersonHoldsVerifiedSkillsOfTheDemoCatalogueAtVariedLevelsOneExpiringInTheFuture() {
        Set<Integer> levels = new HashSet<>();
        for (UUID person : List.of(DemoOffice.DANA_DIRECTOR, DemoOffice.OMAR_OFFICE, DemoOffice.ERIN_EMPLOYEE,
                DemoOffice.FRANK_FILER, DemoOffice.GRACE_GREETER)) {
            List<Map<String, Object>> held = asAdmin().get("/api/v1/employees/" + person + "/skills").then().statusCode(200)
                    .body("size()", greaterThanOrEqualTo(2))
                    .body("source", everyItem(equalTo("VERIFIED")))
                    .body("expired", everyItem(equalTo(false)))
                    .body("skillName", everyItem(in(List.of("Switchboard", "Filing", "Bookkeeping", "Customer service",
                            "Spreadsheets"))))
                    .extract().path("");
            held.forEach(skill -> levels.add((Integer) skill.get("level")));
        }
        assertTrue(levels.size() >= 4, "levels vary: " + levels);
        String expiresOn = asAdmin().get("/api/v1/employees/" + DemoOffice.GRACE_GREETER + "/skills").then()
                .body("find { it.skillName == 'Switchboard' }.level", equalTo(4))
                .extract().path("find { it.skillName == 'Switchboard' }.expiresOn");
        assertTrue(LocalDate.parse(expiresOn).isAfter(LocalDate.now()), expiresOn);
    }

    @Test
    void theDemoPeopleExistWithTheirFixedIdsAndTheirPlaceInTheOfficeAndSayTheyAreDemoData() {
        String omarDepartment = asAdmin().get("/api/v1/employees/" + DemoOffice.OMAR_OFFICE).then().statusCode(200)
                .body("firstName", equalTo("Omar")).body("managerId", equalTo(DemoOffice.DANA_DIRECTOR.toString()))
                .extract().path("departmentId");
        asAdmin().get("/api/v1/departments/" + omarDepartment).then().statusCode(200)
                .body("managerId", equalTo(DemoOffice.OMAR_OFFICE.toString())).body("name", startsWith("Demo data"));
        as(Staff.employeeToken(DemoOffice.ERIN_EMPLOYEE)).get("/api/v1/employees/me").then().statusCode(200)
                .body("firstName", equalTo("Erin")).body("departmentId", equalTo(omarDepartment))
                .body("managerId", equalTo(DemoOffice.OMAR_OFFICE.toString()));
        as(Staff.managerToken(DemoOffice.OMAR_OFFICE)).get("/api/v1/employees/me/team").then().statusCode(200)
                .body("items.id", hasItem(DemoOffice.ERIN_EMPLOYEE.toString()));
        asAdmin().get("/api/v1/employees/" + DemoOffice.DANA_DIRECTOR).then().statusCode(200).body("firstName", equalTo("Dana"));
        as(Staff.employeeToken(DemoOffice.ERIN_EMPLOYEE)).get("/api/v1/employees/" + DemoOffice.ERIN_EMPLOYEE + "/personnel-file")
                .then().statusCode(200).body("items.title", hasItem("Demo data"));
        int skills = asAdmin().queryParam("q", "Switchboard").get("/api/v1/skills").then().statusCode(200)
                .body("items.name", hasItem("Switchboard")).extract().path("totalItems");

        Staff.awaitEvent(DemoOffice.ERIN_EMPLOYEE, Staff.EMPLOYEE_TOPIC, EmployeeEvents.HIRED);
        // Published with the skills, so scheduling's roster has something to plan with.
        Staff.awaitEvent(DemoOffice.GRACE_GREETER, Staff.EMPLOYEE_TOPIC, SkillEvents.SKILLS_CHANGED);
        assertFalse(demo.seed(), "a second start seeds nothing");
        asAdmin().queryParam("q", "Switchboard").get("/api/v1/skills").then().body("totalItems", equalTo(skills));
    }
}
