package io.bureau.procurement.provisioning;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.bureau.procurement.Org;
import io.bureau.procurement.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Staff's department events, duplicated and out of order: the newest description (by ce_time) decides who manages. */
@QuarkusTest
class DepartmentEventsTest {

    @Inject
    EntityManager entityManager;

    static Map<String, Object> department(UUID id, UUID managerId, UUID parentId) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("departmentId", id);
        payload.put("name", "Dept " + id.toString().substring(0, 8));
        payload.put("managerId", managerId);
        payload.put("parentId", parentId);
        payload.put("someNewField", "ignored");
        return payload;
    }

    static int budgetStatus(UUID manager, UUID department) {
        return given().auth().oauth2(Tokens.officeManager(manager)).queryParam("department", department).get("/api/v1/budget-lines")
                .statusCode();
    }

    @Test
    void anOlderCreatedArrivingAfterANewerUpdateKeepsTheNewerManagerAndDuplicatesChangeNothing() {
        UUID department = UUID.randomUUID();
        UUID oldManager = UUID.randomUUID();
        UUID newManager = UUID.randomUUID();
        OffsetDateTime t = Org.now().minusMinutes(5);
        Org.deliverAt(Org.DEPARTMENT_TOPIC, "bureau.staff.department.updated.v1", department, t.plusMinutes(1),
                department(department, newManager, null));
        Org.deliverAt(Org.DEPARTMENT_TOPIC, "bureau.staff.department.updated.v1", department, t.plusMinutes(1),
                department(department, newManager, null));
        String created = UUID.randomUUID().toString();
        Org.deliverAt(Org.DEPARTMENT_TOPIC, created, "bureau.staff.department.created.v1", department, t,
                department(department, oldManager, null));
        UUID child = UUID.randomUUID();
        Org.deliverAt(Org.DEPARTMENT_TOPIC, "bureau.staff.department.created.v1", child, t.plusMinutes(2),
                department(child, UUID.randomUUID(), department));
        // Once the older created event is processed (recorded by the idempotent consumer), the newer manager still holds.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("select count(*) from processed_event where event_id = ?1")
                        .setParameter(1, created).getSingleResult()).intValue()) == 1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> budgetStatus(newManager, child) == 200);
        assertEquals(200, budgetStatus(newManager, department));
        assertEquals(403, budgetStatus(oldManager, department));
        assertEquals(403, budgetStatus(oldManager, child));
        assertEquals(List.of(), Org.deadLettersAbout(department));
        assertEquals(List.of(), Org.deadLettersAbout(child));
    }
}
