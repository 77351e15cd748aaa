package io.bureau.staff.demo;

import static io.bureau.staff.Staff.as;
import static io.bureau.staff.Staff.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bureau.staff.Staff;
import io.bureau.staff.employee.EmployeeEvents;
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
        assertFalse(demo.seed(), "a second start seeds nothing");
        asAdmin().queryParam("q", "Switchboard").get("/api/v1/skills").then().body("totalItems", equalTo(skills));
    }
}
