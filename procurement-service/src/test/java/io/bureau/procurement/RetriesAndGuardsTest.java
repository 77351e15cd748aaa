package io.bureau.procurement;

import static io.bureau.procurement.Org.money;
import static io.bureau.procurement.Tokens.as;
import static io.bureau.procurement.Tokens.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What "done" asks beyond each feature's own tests: Idempotency-Key on stock movements and purchase
 * requests (same key and body: one change; other body: 422), vendors' 400/409/412, equipment
 * requests' denials and currency, and maintenance tickets' validation.
 */
@QuarkusTest
class RetriesAndGuardsTest {

    static UUID item() {
        return UUID.fromString(asAdmin().body(Map.of("sku", "SKU-" + UUID.randomUUID(), "name", "Paper", "unit", "ream",
                "category", "SUPPLIES", "reorderPoint", 0, "reorderQuantity", 0)).post("/api/v1/supply-items").then()
                .statusCode(201).extract().path("id"));
    }

    static UUID location() {
        return UUID.fromString(asAdmin().body(Map.of("name", "Store " + UUID.randomUUID())).post("/api/v1/stock-locations").then()
                .statusCode(201).extract().path("id"));
    }

    @Test
    void aStockMovementRepeatedWithTheSameKeyChangesStockOnceAndAnotherBodyIs422() {
        UUID item = item();
        UUID store = location();
        String key = UUID.randomUUID().toString();
        Map<String, Object> receipt = Map.of("kind", "RECEIPT", "itemId", item, "locationId", store, "quantity", 7);
        String first = asAdmin().header("Idempotency-Key", key).body(receipt).post("/api/v1/stock-movements").then().statusCode(201)
                .extract().path("movements[0].id");
        asAdmin().header("Idempotency-Key", key).body(receipt).post("/api/v1/stock-movements").then().statusCode(201)
                .body("movements[0].id", equalTo(first));
        asAdmin().header("Idempotency-Key", key).body(Map.of("kind", "RECEIPT", "itemId", item, "locationId", store, "quantity", 8))
                .post("/api/v1/stock-movements").then().statusCode(422);
        asAdmin().get("/api/v1/supply-items/" + item).then().body("inStock", equalTo(7));
        asAdmin().get("/api/v1/supply-items/" + item + "/movements").then().body("totalItems", equalTo(1));
        asAdmin().body(Map.of("kind", "RECEIPT", "itemId", item, "locationId", store, "quantity", 1.5)).post("/api/v1/stock-movements")
                .then().statusCode(400).body("errors[0].field", equalTo("quantity"));
    }

    @Test
    void aPurchaseRequestRepeatedWithTheSameKeyIsMadeOnce() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        UUID employee = Org.hire(department, manager, "Clerk");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("departmentId", department, "category", "SUPPLIES", "lines",
                List.of(Map.of("description", "Pens", "quantity", 3, "unitPrice", money("2.00"))));
        String first = as(Tokens.employee(employee)).header("Idempotency-Key", key).body(body).post("/api/v1/purchase-requests").then()
                .statusCode(201).extract().path("id");
        as(Tokens.employee(employee)).header("Idempotency-Key", key).body(body).post("/api/v1/purchase-requests").then()
                .statusCode(201).body("id", equalTo(first));
        as(Tokens.employee(employee)).header("Idempotency-Key", key).body(Map.of("departmentId", department, "category", "SUPPLIES",
                "lines", List.of(Map.of("description", "Pens", "quantity", 4, "unitPrice", money("2.00")))))
                .post("/api/v1/purchase-requests").then().statusCode(422);
        as(Tokens.employee(employee)).get("/api/v1/purchase-requests").then().body("totalItems", equalTo(1));
    }

    @Test
    void vendorsAreValidatedUniqueAndGuardedByIfMatch() {
        String name = "Vendor " + UUID.randomUUID();
        as(Tokens.employee(UUID.randomUUID())).body(Map.of("name", name)).post("/api/v1/vendors").then().statusCode(403);
        asAdmin().body(Map.of("name", " ")).post("/api/v1/vendors").then().statusCode(400).body("errors[0].field", equalTo("name"));
        var created = asAdmin().body(Map.of("name", name, "terms", "Net 30")).post("/api/v1/vendors").then().statusCode(201).extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        asAdmin().body(Map.of("name", name)).post("/api/v1/vendors").then().statusCode(409).body("errors[0].field", equalTo("name"));
        as(Tokens.officeManager(UUID.randomUUID())).header("If-Match", etag).body(Map.of("name", name, "terms", "Net 60"))
                .put("/api/v1/vendors/" + id).then().statusCode(200).body("terms", equalTo("Net 60"));
        asAdmin().header("If-Match", etag).body(Map.of("name", name, "terms", "Net 90")).put("/api/v1/vendors/" + id).then()
                .statusCode(412);
        asAdmin().get("/api/v1/vendors/" + id).then().body("terms", equalTo("Net 60"));
    }

    @Test
    void equipmentRequestsAreNeverDecidedByTheRequesterOrAnEmployeeAndTakeOnlyTheConfiguredCurrency() {
        UUID manager = UUID.randomUUID();
        UUID department = Org.department(manager);
        Org.hired(UUID.randomUUID().toString(), manager, department, null, "Head of office");
        Org.awaitProvisioning(manager);
        UUID employee = Org.hire(department, manager, "Clerk");
        as(Tokens.employee(employee)).body(Map.of("category", "PHONE", "estimatedPrice", Map.of("amount", "100.00", "currency", "USD")))
                .post("/api/v1/equipment-requests").then().statusCode(400).body("errors[0].field", equalTo("estimatedPrice.currency"));
        as(Tokens.employee(employee)).body(Map.of("estimatedPrice", money("100.00"))).post("/api/v1/equipment-requests").then()
                .statusCode(400).body("errors[0].field", equalTo("category"));

        String own = as(Tokens.officeManager(manager)).body(Map.of("category", "PHONE-" + UUID.randomUUID(), "estimatedPrice", money("100.00")))
                .post("/api/v1/equipment-requests").then().statusCode(201).extract().path("id");
        as(Tokens.officeManager(manager)).post("/api/v1/equipment-requests/" + own + "/approve").then().statusCode(403);

        String theirs = as(Tokens.employee(employee)).body(Map.of("category", "PHONE-" + UUID.randomUUID(), "estimatedPrice", money("100.00")))
                .post("/api/v1/equipment-requests").then().statusCode(201).extract().path("id");
        as(Tokens.employee(employee)).post("/api/v1/equipment-requests/" + theirs + "/reject").then().statusCode(403);
        as(Tokens.officeManager(manager)).header("If-Match", "\"7\"").post("/api/v1/equipment-requests/" + theirs + "/reject").then()
                .statusCode(412);
        as(Tokens.officeManager(manager)).post("/api/v1/equipment-requests/" + theirs + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        as(Tokens.officeManager(manager)).post("/api/v1/equipment-requests/" + theirs + "/approve").then().statusCode(409);
    }

    @Test
    void aMaintenanceTicketNamesWhatIsWrongWithIt() {
        UUID department = Org.department(UUID.randomUUID());
        String asset = asAdmin().body(Map.of("tag", "G-" + UUID.randomUUID(), "category", "FAN", "model", "F")).post("/api/v1/assets")
                .then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("assetId", asset, "departmentId", department)).post("/api/v1/maintenance-tickets").then().statusCode(400)
                .body("errors[0].field", equalTo("description"));
        asAdmin().body(Map.of("assetId", UUID.randomUUID(), "departmentId", department, "description", "Noise"))
                .post("/api/v1/maintenance-tickets").then().statusCode(400).body("errors[0].field", equalTo("assetId"));
        String ticket = asAdmin().body(Map.of("assetId", asset, "departmentId", department, "description", "Noise"))
                .post("/api/v1/maintenance-tickets").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("cost", Map.of("amount", "10.00", "currency", "CHF"))).post("/api/v1/maintenance-tickets/" + ticket + "/complete")
                .then().statusCode(400).body("errors[0].field", equalTo("cost.currency"));
        asAdmin().body(Map.of("cost", money("10.00"))).post("/api/v1/maintenance-tickets/" + ticket + "/complete").then()
                .statusCode(409).body("detail", containsString("no MAINTENANCE budget line"));
    }
}
