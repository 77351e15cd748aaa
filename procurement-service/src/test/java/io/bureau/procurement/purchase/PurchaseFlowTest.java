package io.bureau.procurement.purchase;

import static io.bureau.procurement.Org.money;
import static io.bureau.procurement.Tokens.as;
import static io.bureau.procurement.Tokens.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.procurement.Budgets;
import io.bureau.procurement.Org;
import io.bureau.procurement.Tokens;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static org.awaitility.Awaitility.await;

/**
 * Requests, the approval policy rule by rule, orders, partial receipts that raise stock and turn
 * commitment into spend, idempotent receipts, and cancelling that releases the commitment.
 */
@QuarkusTest
class PurchaseFlowTest {

    /** A department with its manager, a line manager below them, an employee of the line manager and a peer. */
    record Team(UUID manager, UUID department, UUID lineManager, UUID employee, UUID peer) {
    }

    static Team team() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID lineManager = Org.hire(department, manager, "Team lead");
        UUID employee = Org.hire(department, lineManager, "Clerk");
        UUID peer = Org.hire(department, manager, "Office manager");
        return new Team(manager, department, lineManager, employee, peer);
    }

    static Response request(String token, UUID department, String category, String unitPrice, int quantity, UUID itemId) {
        Map<String, Object> line = itemId == null
                ? Map.of("description", "Desk lamp", "quantity", quantity, "unitPrice", money(unitPrice))
                : Map.of("itemId", itemId, "quantity", quantity, "unitPrice", money(unitPrice));
        return as(token).body(Map.of("departmentId", department, "category", category, "lines", List.of(line)))
                .post("/api/v1/purchase-requests");
    }

    @Test
    void theApprovalPolicyRuleByRule() {
        Team t = team();
        Budgets.line(t.department(), "SUPPLIES", "5000.00", "BLOCK");
        UUID otherManager = UUID.randomUUID();
        Org.department(otherManager);

        String id = request(Tokens.employee(t.employee()), t.department(), "SUPPLIES", "25.00", 4, null).then().statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("requesterId", equalTo(t.employee().toString()))
                .body("total", equalTo(Map.of("amount", "100.00", "currency", "EUR")))
                .extract().path("id");
        // The requester sees it; a peer in the department without a managing relation does not.
        as(Tokens.employee(t.employee())).get("/api/v1/purchase-requests/" + id).then().statusCode(200);
        as(Tokens.employee(t.peer())).get("/api/v1/purchase-requests/" + id).then().statusCode(403);
        as(Tokens.employee(t.employee())).get("/api/v1/purchase-requests").then().body("items.id", hasItem(id));
        as(Tokens.employee(t.peer())).get("/api/v1/purchase-requests").then().body("items.id", not(hasItem(id)));

        // An employee never approves: not their own, not anyone's.
        as(Tokens.employee(t.employee())).post("/api/v1/purchase-requests/" + id + "/approve").then().statusCode(403);
        as(Tokens.employee(t.peer())).post("/api/v1/purchase-requests/" + id + "/approve").then().statusCode(403);
        // An office manager who neither manages the department nor the requester: the peer, another department's manager.
        as(Tokens.officeManager(t.peer())).post("/api/v1/purchase-requests/" + id + "/approve").then().statusCode(403);
        as(Tokens.officeManager(otherManager)).post("/api/v1/purchase-requests/" + id + "/approve").then().statusCode(403);
        // The line manager (not the department's manager) approves their report's request.
        as(Tokens.officeManager(t.lineManager())).post("/api/v1/purchase-requests/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));

        // Self-approval: the department's manager asks for themselves.
        String own = request(Tokens.officeManager(t.manager()), t.department(), "SUPPLIES", "10.00", 1, null).then().statusCode(201)
                .extract().path("id");
        as(Tokens.officeManager(t.manager())).post("/api/v1/purchase-requests/" + own + "/approve").then().statusCode(403)
                .body("detail", containsString("own"));
        as(Tokens.topManager(t.manager())).post("/api/v1/purchase-requests/" + own + "/approve").then().statusCode(403);

        // Above the office manager's limit (1000.00) only a top manager approves.
        String big = request(Tokens.employee(t.employee()), t.department(), "SUPPLIES", "600.00", 2, null).then().statusCode(201)
                .extract().path("id");
        as(Tokens.officeManager(t.manager())).post("/api/v1/purchase-requests/" + big + "/approve").then().statusCode(403)
                .body("detail", containsString("top manager"));
        as(Tokens.topManager(UUID.randomUUID())).post("/api/v1/purchase-requests/" + big + "/approve").then().statusCode(200);

        asAdmin().get("/api/v1/budget-lines?department=" + t.department()).then()
                .body("items[0].committed.amount", equalTo("1300.00"));
        List<KafkaEvents.Event> approved = await().atMost(Duration.ofSeconds(30)).until(() -> KafkaEvents.matching(
                KafkaEvents.withSubject(id), "bureau.procurement.purchase"), e -> !e.isEmpty());
        assertEquals("bureau.procurement.purchase.request-approved.v1", approved.get(0).type());
    }

    @Test
    void noBudgetLineNoApprovalAndARejectionIsPublished() {
        Team t = team();
        String id = request(Tokens.employee(t.employee()), t.department(), "EQUIPMENT", "50.00", 1, null).then().statusCode(201)
                .extract().path("id");
        as(Tokens.officeManager(t.manager())).post("/api/v1/purchase-requests/" + id + "/approve").then().statusCode(409)
                .body("detail", containsString("no EQUIPMENT budget line"));
        as(Tokens.officeManager(t.manager())).body(Map.of("reason", "Not this year"))
                .post("/api/v1/purchase-requests/" + id + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> KafkaEvents.matching(KafkaEvents.withSubject(id),
                "bureau.procurement.purchase").stream().anyMatch(e -> e.type().endsWith("request-rejected.v1")));
    }

    @Test
    void aRequestForAnotherDepartmentOrInAnotherCurrencyIsRefused() {
        Team t = team();
        UUID otherManager = UUID.randomUUID();
        UUID other = Org.department(otherManager);
        request(Tokens.employee(t.employee()), other, "SUPPLIES", "5.00", 1, null).then().statusCode(403);
        as(Tokens.employee(t.employee())).body(Map.of("departmentId", t.department(), "category", "SUPPLIES", "lines", List.of(
                        Map.of("description", "Pens", "quantity", 1, "unitPrice", Map.of("amount", "5.00", "currency", "GBP")))))
                .post("/api/v1/purchase-requests").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[].unitPrice.currency"));
    }

    @Test
    void anOrderIsReceivedInPartsRaisingStockAndTurningCommitmentIntoSpendAndAReceiptIsIdempotent() {
        Team t = team();
        UUID line = Budgets.line(t.department(), "SUPPLIES", "1000.00", "BLOCK");
        UUID vendor = UUID.fromString(asAdmin().body(Map.of("name", "Vendor " + UUID.randomUUID(), "terms", "Net 30"))
                .post("/api/v1/vendors").then().statusCode(201).extract().path("id"));
        UUID item = UUID.fromString(asAdmin().body(Map.of("sku", "SKU-" + UUID.randomUUID(), "name", "Toner", "unit", "piece",
                "category", "SUPPLIES", "reorderPoint", 0, "reorderQuantity", 0)).post("/api/v1/supply-items").then()
                .statusCode(201).extract().path("id"));
        UUID location = UUID.fromString(asAdmin().body(Map.of("name", "Store " + UUID.randomUUID()))
                .post("/api/v1/stock-locations").then().statusCode(201).extract().path("id"));

        String request = request(Tokens.employee(t.employee()), t.department(), "SUPPLIES", "40.00", 10, item).then()
                .statusCode(201).extract().path("id");
        as(Tokens.officeManager(t.manager())).post("/api/v1/purchase-requests/" + request + "/approve").then().statusCode(200);
        String order = as(Tokens.officeManager(t.manager())).body(Map.of("requestId", request, "vendorId", vendor,
                        "expectedOn", LocalDate.now().plusDays(7)))
                .post("/api/v1/purchase-orders").then().statusCode(201)
                .body("total.amount", equalTo("400.00")).body("status", equalTo("PLACED")).extract().path("id");
        as(Tokens.officeManager(t.manager())).body(Map.of("requestId", request, "vendorId", vendor,
                "expectedOn", LocalDate.now().plusDays(7))).post("/api/v1/purchase-orders").then().statusCode(409);

        Map<String, Object> receipt = Map.of("locationId", location, "lines", List.of(Map.of("lineNo", 1, "quantity", 4)));
        String key = UUID.randomUUID().toString();
        String first = as(Tokens.officeManager(t.manager())).header("Idempotency-Key", key).body(receipt)
                .post("/api/v1/purchase-orders/" + order + "/receipts").then().statusCode(201)
                .body("order.status", equalTo("PARTIALLY_RECEIVED")).extract().path("id");
        // The same receipt again with the same key: the first answer, no second stock change.
        as(Tokens.officeManager(t.manager())).header("Idempotency-Key", key).body(receipt)
                .post("/api/v1/purchase-orders/" + order + "/receipts").then().statusCode(201).body("id", equalTo(first));
        // The same key with another body: 422.
        as(Tokens.officeManager(t.manager())).header("Idempotency-Key", key)
                .body(Map.of("locationId", location, "lines", List.of(Map.of("lineNo", 1, "quantity", 5))))
                .post("/api/v1/purchase-orders/" + order + "/receipts").then().statusCode(422);
        asAdmin().get("/api/v1/supply-items/" + item).then().body("inStock", equalTo(4))
                .body("lastUnitCost.amount", equalTo("40.00"));
        asAdmin().get("/api/v1/budget-lines/" + line).then()
                .body("committed.amount", equalTo("240.00"))
                .body("actual.amount", equalTo("160.00"))
                .body("available.amount", equalTo("600.00"));

        // More than is outstanding: 409.
        as(Tokens.officeManager(t.manager())).body(Map.of("locationId", location, "lines", List.of(Map.of("lineNo", 1, "quantity", 7))))
                .post("/api/v1/purchase-orders/" + order + "/receipts").then().statusCode(409);

        // Cancelling the rest releases what is still committed.
        as(Tokens.officeManager(t.manager())).post("/api/v1/purchase-orders/" + order + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        asAdmin().get("/api/v1/budget-lines/" + line).then()
                .body("committed.amount", equalTo("0.00"))
                .body("actual.amount", equalTo("160.00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> KafkaEvents.matching(KafkaEvents.withSubject(order),
                "bureau.procurement.purchase").stream().map(KafkaEvents.Event::type).toList(),
                types -> types.contains("bureau.procurement.purchase.order-placed.v1")
                        && types.stream().filter(x -> x.endsWith("goods-received.v1")).count() == 1);
    }

    @Test
    void cancellingAnApprovedRequestReleasesItsCommitment() {
        Team t = team();
        UUID line = Budgets.line(t.department(), "TRAINING", "300.00", "BLOCK");
        String id = request(Tokens.employee(t.employee()), t.department(), "TRAINING", "100.00", 2, null).then().statusCode(201)
                .extract().path("id");
        as(Tokens.officeManager(t.manager())).post("/api/v1/purchase-requests/" + id + "/approve").then().statusCode(200);
        asAdmin().get("/api/v1/budget-lines/" + line).then().body("available.amount", equalTo("100.00"));
        as(Tokens.employee(t.employee())).header("If-Match", "\"0\"").post("/api/v1/purchase-requests/" + id + "/cancel").then()
                .statusCode(412);
        as(Tokens.employee(t.employee())).post("/api/v1/purchase-requests/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        asAdmin().get("/api/v1/budget-lines/" + line).then().body("available.amount", equalTo("300.00"));
        as(Tokens.employee(t.employee())).post("/api/v1/purchase-requests/" + id + "/cancel").then().statusCode(409);
    }
}
