package io.bureau.reviews.relations;

import static io.bureau.reviews.Tokens.as;
import static io.bureau.reviews.Tokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.reviews.Feeds;
import io.bureau.reviews.Office;
import io.bureau.reviews.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The list of relations cases shows each caller only the cases they may read: the managers of any
 * party (department or line) and admins; never a party (a manager among them), a peer holding the
 * office-manager role, another department's manager, a top manager or an employee.
 */
@QuarkusTest
class RelationsCaseListTest {

    private static final String CASES = "/api/v1/relations-cases";

    @Test
    void eachCallerListsOnlyTheCasesOfPeopleTheyManageAndNeverOneTheyAreAPartyTo() {
        Office office = Office.create();
        UUID outsider = Feeds.hire(office.otherDepartment(), office.otherManager());
        String conflict = open(office.lineManagerToken(), "STAFF_CONFLICT", List.of(office.clerk(), office.peer()));
        String grievance = open(office.managerToken(), "GRIEVANCE", List.of(office.lineManager()));
        String complaint = open(office.otherManagerToken(), "CUSTOMER_COMPLAINT", List.of(outsider));

        // The department's manager: both cases of their department, not the other department's.
        as(office.managerToken()).queryParam("size", 100).get(CASES).then().statusCode(200)
                .body("items.id", hasItem(conflict)).body("items.id", hasItem(grievance))
                .body("items.id", not(hasItem(complaint)));
        // The line manager (not the department's manager): the conflict of their reports, never the grievance about them.
        as(office.lineManagerToken()).queryParam("size", 100).get(CASES).then().statusCode(200)
                .body("items.id", hasItem(conflict)).body("items.id", not(hasItem(grievance)))
                .body("items.id", not(hasItem(complaint)));
        as(office.lineManagerToken()).get(CASES + "/" + grievance).then().statusCode(403);
        // Another department's manager: their own department's case only.
        as(office.otherManagerToken()).queryParam("size", 100).get(CASES).then().statusCode(200)
                .body("items.id", hasItem(complaint)).body("items.id", not(hasItem(conflict)))
                .body("items.id", not(hasItem(grievance)));
        as(office.otherManagerToken()).queryParam("employeeId", office.clerk()).get(CASES).then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(0));
        // A peer holding the office-manager role manages no one; parties, employees and top managers see no list.
        as(Tokens.officeManager(office.peer())).get(CASES).then().statusCode(403);
        as(office.clerkToken()).get(CASES).then().statusCode(403);
        as(Tokens.topManager(UUID.randomUUID())).get(CASES).then().statusCode(403);
        as(Tokens.hrIntegration()).get(CASES).then().statusCode(403);
        // Admins see all of them.
        asAdmin().queryParam("employeeId", office.clerk()).get(CASES).then().statusCode(200)
                .body("items.id", contains(conflict));
        asAdmin().queryParam("employeeId", outsider).get(CASES).then().statusCode(200)
                .body("items.id", contains(complaint)).body("items[0].kind", equalTo("CUSTOMER_COMPLAINT"));
    }

    @Test
    void theListFiltersByStatusKindAndPartyAndPages() {
        Office office = Office.create();
        String first = open(office.managerToken(), "STAFF_CONFLICT", List.of(office.clerk(), office.peer()));
        String second = open(office.managerToken(), "GRIEVANCE", List.of(office.clerk()));
        String third = open(office.managerToken(), "STAFF_CONFLICT", List.of(office.peer()));
        as(office.managerToken()).post(CASES + "/" + second + "/investigate").then().statusCode(200);

        as(office.managerToken()).queryParam("employeeId", office.clerk()).get(CASES).then().statusCode(200)
                .body("items.id", containsInAnyOrder(first, second)).body("totalItems", equalTo(2));
        as(office.managerToken()).queryParam("employeeId", office.clerk()).queryParam("status", "INVESTIGATING").get(CASES)
                .then().statusCode(200).body("items.id", contains(second))
                .body("items[0].status", equalTo("INVESTIGATING"));
        as(office.managerToken()).queryParam("employeeId", office.peer()).queryParam("kind", "STAFF_CONFLICT").get(CASES)
                .then().statusCode(200).body("items.id", containsInAnyOrder(first, third));
        as(office.managerToken()).queryParam("employeeId", office.peer()).queryParam("size", 1).queryParam("sort", "openedOn")
                .get(CASES).then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(1)).body("totalItems", equalTo(2));
        as(office.managerToken()).queryParam("status", "SETTLED").get(CASES).then().statusCode(400);
        as(office.managerToken()).queryParam("kind", "GOSSIP").get(CASES).then().statusCode(400);
    }

    static String open(String token, String kind, List<UUID> parties) {
        return as(token).body(Map.of("kind", kind, "severity", "LOW", "description", "What happened", "employeeIds", parties))
                .post(CASES).then().statusCode(201).extract().path("id");
    }
}
