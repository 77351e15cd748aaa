package io.bureau.scheduling.roster;

import static io.bureau.scheduling.Tokens.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bureau.scheduling.StaffFeed;
import io.bureau.scheduling.Tokens;
import io.bureau.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who reads the roster, one relation at a time: the department's manager, a line manager who does
 * not manage the department, the person, a peer, another department's manager.
 */
@QuarkusTest
class RosterAccessTest {

    UUID departmentManager;
    UUID department;
    UUID lineManager;
    UUID person;
    UUID peer;
    UUID otherManager;

    @BeforeEach
    void office() {
        departmentManager = UUID.randomUUID();
        department = StaffFeed.department(null, departmentManager);
        otherManager = UUID.randomUUID();
        StaffFeed.department(null, otherManager);
        lineManager = StaffFeed.hire(department, departmentManager, List.of());
        person = StaffFeed.hire(department, lineManager, List.of());
        peer = StaffFeed.hire(department, lineManager, List.of());
    }

    @Test
    void theDepartmentsManagerReadsItsRosterAndEveryoneInIt() {
        as(Tokens.officeManager(departmentManager)).queryParam("department", department).get("/api/v1/roster").then()
                .statusCode(200).body("totalItems", equalTo(3));
        as(Tokens.officeManager(departmentManager)).get("/api/v1/roster/" + person).then().statusCode(200);
    }

    @Test
    void topManagersAndAdminsReadEveryDepartment() {
        as(Tokens.topManager(UUID.randomUUID())).queryParam("department", department).get("/api/v1/roster").then().statusCode(200);
        as(TestTokens.admin()).queryParam("department", department).get("/api/v1/roster").then().statusCode(200);
        as(Tokens.topManager(UUID.randomUUID())).get("/api/v1/roster/" + person).then().statusCode(200);
    }

    @Test
    void aLineManagerReadsTheirReportsEntryButNotTheDepartmentsRoster() {
        as(Tokens.officeManager(lineManager)).get("/api/v1/roster/" + person).then().statusCode(200);
        as(Tokens.officeManager(lineManager)).queryParam("department", department).get("/api/v1/roster").then().statusCode(403);
    }

    @Test
    void theManagerChainReadsUpTheLine() {
        // The department's manager is the line manager's manager: two steps up from the person.
        as(Tokens.employee(departmentManager)).get("/api/v1/roster/" + person).then().statusCode(200);
    }

    @Test
    void aPersonReadsTheirOwnEntryAndNotAPeers() {
        as(Tokens.employee(person)).get("/api/v1/roster/" + person).then().statusCode(200);
        as(Tokens.employee(peer)).get("/api/v1/roster/" + person).then().statusCode(403);
        as(Tokens.employee(person)).queryParam("department", department).get("/api/v1/roster").then().statusCode(403);
    }

    @Test
    void anotherDepartmentsManagerReadsNeither() {
        as(Tokens.officeManager(otherManager)).get("/api/v1/roster/" + person).then().statusCode(403);
        as(Tokens.officeManager(otherManager)).queryParam("department", department).get("/api/v1/roster").then().statusCode(403);
    }

    @Test
    void anUnknownPersonIsNotFoundAndADepartmentIsRequired() {
        as(TestTokens.admin()).get("/api/v1/roster/" + UUID.randomUUID()).then().statusCode(404);
        as(TestTokens.admin()).get("/api/v1/roster").then().statusCode(400);
    }
}
