package io.bureau.reviews.people;

import static io.bureau.reviews.Feeds.employeeEvent;
import static io.bureau.reviews.Feeds.now;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.reviews.Feeds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Staff's events build the people read model the access rules and cycles use, whatever their order. */
@QuarkusTest
class PeopleEventsTest {

    @Test
    void anOlderProfileOrStatusArrivingAfterANewerOneChangesNothingAndADuplicateIsAppliedOnce() {
        UUID manager = UUID.randomUUID();
        UUID first = Feeds.department(null, manager);
        UUID second = Feeds.department(null, UUID.randomUUID());
        UUID person = Feeds.hire(first, manager);
        OffsetDateTime newer = now().plusSeconds(10);
        OffsetDateTime older = now().plusSeconds(5);
        String movedId = UUID.randomUUID().toString();

        Feeds.publish(Feeds.EMPLOYEE_TOPIC, movedId, "bureau.staff.employee.updated.v1", person, newer,
                Feeds.profile(person, second, manager));
        // The same event id again, altered: applied a second time it would win the tie.
        Map<String, Object> altered = Feeds.profile(person, first, manager);
        Feeds.publish(Feeds.EMPLOYEE_TOPIC, movedId, "bureau.staff.employee.updated.v1", person, newer, altered);
        employeeEvent("updated", person, older, Feeds.profile(person, first, UUID.randomUUID()));
        employeeEvent("status-changed", person, newer, Map.of("employeeId", person, "status", "ON_LEAVE"));
        employeeEvent("status-changed", person, older, Map.of("employeeId", person, "status", "ACTIVE"));
        Feeds.awaitHandled(Feeds.EMPLOYEE_TOPIC, person);

        Person held = QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(person));
        assertEquals(second, held.departmentId);
        assertEquals("ON_LEAVE", held.status);
        assertEquals(List.of(), Feeds.deadLettersAbout(person));
    }

    @Test
    void aDepartmentsNewManagerReplacesTheOldUnlessTheNewsIsOlder() {
        UUID department = Feeds.department(null, UUID.randomUUID());
        UUID newManager = UUID.randomUUID();
        Map<String, Object> payload = new java.util.HashMap<>(Map.of("departmentId", department, "name", "Renamed",
                "managerId", newManager));
        Feeds.publish(Feeds.DEPARTMENT_TOPIC, UUID.randomUUID().toString(), "bureau.staff.department.updated.v1", department,
                now().plusSeconds(10), payload);
        payload.put("managerId", UUID.randomUUID());
        payload.put("name", "Stale");
        Feeds.publish(Feeds.DEPARTMENT_TOPIC, UUID.randomUUID().toString(), "bureau.staff.department.updated.v1", department,
                now().plusSeconds(5), payload);
        Feeds.awaitHandled(Feeds.DEPARTMENT_TOPIC, department);
        Department held = QuarkusTransaction.requiringNew().call(() -> Department.<Department>findById(department));
        assertEquals(newManager, held.managerId);
        assertEquals("Renamed", held.name);
        assertEquals(List.of(), Feeds.deadLettersAbout(department));
    }
}
