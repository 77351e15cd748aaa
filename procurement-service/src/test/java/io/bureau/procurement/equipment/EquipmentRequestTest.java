package io.bureau.procurement.equipment;

import static io.bureau.procurement.Org.money;
import static io.bureau.procurement.Tokens.as;
import static io.bureau.procurement.Tokens.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.procurement.Org;
import io.bureau.procurement.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** An employee asks, their manager approves, stock fulfils it or it becomes a purchase request. */
@QuarkusTest
class EquipmentRequestTest {

    @Test
    void approvedRequestsAreFulfilledFromStockOrBecomePurchaseRequests() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID lineManager = Org.hire(department, manager, "Team lead");
        UUID employee = Org.hire(department, lineManager, "Clerk");
        UUID otherManager = UUID.randomUUID();
        Org.department(otherManager);
        String category = "MONITOR-" + UUID.randomUUID();
        String monitor = asAdmin().body(Map.of("tag", "MON-" + UUID.randomUUID(), "category", category, "model", "27in"))
                .post("/api/v1/assets").then().statusCode(201).extract().path("id");

        String first = ask(employee, category);
        as(Tokens.employee(employee)).post("/api/v1/equipment-requests/" + first + "/approve").then().statusCode(403);
        as(Tokens.officeManager(otherManager)).post("/api/v1/equipment-requests/" + first + "/approve").then().statusCode(403);
        as(Tokens.officeManager(lineManager)).post("/api/v1/equipment-requests/" + first + "/approve").then().statusCode(200)
                .body("status", equalTo("FULFILLED")).body("assetId", equalTo(monitor));
        asAdmin().get("/api/v1/assets/" + monitor).then().body("status", equalTo("ASSIGNED"))
                .body("assigneeId", equalTo(employee.toString()));
        as(Tokens.officeManager(lineManager)).post("/api/v1/equipment-requests/" + first + "/approve").then().statusCode(409);

        String second = ask(employee, category);
        String purchase = as(Tokens.officeManager(manager)).post("/api/v1/equipment-requests/" + second + "/approve").then()
                .statusCode(200).body("status", equalTo("PURCHASE_REQUESTED")).body("purchaseRequestId", notNullValue())
                .extract().path("purchaseRequestId");
        as(Tokens.employee(employee)).get("/api/v1/purchase-requests/" + purchase).then().statusCode(200)
                .body("category", equalTo("EQUIPMENT")).body("status", equalTo("SUBMITTED"))
                .body("total.amount", equalTo("250.00"));
        as(Tokens.employee(employee)).get("/api/v1/equipment-requests").then().body("totalItems", equalTo(2));
        as(Tokens.employee(UUID.randomUUID())).get("/api/v1/equipment-requests/" + second).then().statusCode(403);
    }

    static String ask(UUID employee, String category) {
        return as(Tokens.employee(employee)).body(Map.of("category", category, "reason", "Second screen",
                        "estimatedPrice", money("250.00")))
                .post("/api/v1/equipment-requests").then().statusCode(201).body("status", equalTo("REQUESTED")).extract().path("id");
    }
}
