package io.bureau.procurement.stock;

import static io.bureau.procurement.Tokens.as;
import static io.bureau.procurement.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.procurement.Tokens;
import io.bureau.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;

/** Stock movements, never negative, stock counts, and reordering once per item, bundled per vendor. */
@QuarkusTest
class StockApiTest {

    static UUID vendor() {
        return UUID.fromString(asAdmin().body(Map.of("name", "Vendor " + UUID.randomUUID())).post("/api/v1/vendors").then()
                .statusCode(201).extract().path("id"));
    }

    static UUID item(int reorderPoint, int reorderQuantity, UUID vendor) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("sku", "SKU-" + UUID.randomUUID(), "name", "Paper", "unit", "ream",
                "category", "SUPPLIES", "reorderPoint", reorderPoint, "reorderQuantity", reorderQuantity,
                "lastUnitCost", Map.of("amount", "3.50", "currency", "EUR")));
        if (vendor != null) {
            body.put("preferredVendorId", vendor);
        }
        return UUID.fromString(asAdmin().body(body).post("/api/v1/supply-items").then().statusCode(201).extract().path("id"));
    }

    static UUID location() {
        return UUID.fromString(asAdmin().body(Map.of("name", "Store " + UUID.randomUUID())).post("/api/v1/stock-locations").then()
                .statusCode(201).extract().path("id"));
    }

    static io.restassured.response.Response move(String kind, UUID item, UUID location, int quantity, Map<String, Object> more) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", kind, "itemId", item, "locationId", location, "quantity", quantity));
        body.putAll(more);
        return asAdmin().body(body).post("/api/v1/stock-movements");
    }

    @Test
    void stockNeverGoesNegativeAndMovementsRecordWhoAndWhy() {
        UUID item = item(0, 0, null);
        UUID a = location();
        UUID b = location();
        move("RECEIPT", item, a, 10, Map.of()).then().statusCode(201).body("levels[0].quantity", equalTo(10));
        move("ISSUE", item, a, 11, Map.of("departmentId", UUID.randomUUID())).then().statusCode(409)
                .body("detail", containsString("short by 1"));
        move("ISSUE", item, a, 4, Map.of()).then().statusCode(400).body("errors[0].field", equalTo("departmentId"));
        move("ISSUE", item, a, 4, Map.of("departmentId", UUID.randomUUID())).then().statusCode(201);
        move("TRANSFER", item, a, 5, Map.of("toLocationId", b)).then().statusCode(201).body("movements", hasSize(2));
        move("TRANSFER", item, a, 2, Map.of("toLocationId", b)).then().statusCode(409);
        move("ADJUSTMENT", item, b, -1, Map.of()).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        move("ADJUSTMENT", item, b, -1, Map.of("reason", "damaged")).then().statusCode(201);
        asAdmin().body(Map.of("itemId", item, "locationId", b, "countedQuantity", 2)).post("/api/v1/stock-counts").then()
                .statusCode(201).body("movements[0].quantity", equalTo(-2)).body("levels[0].quantity", equalTo(2));
        asAdmin().get("/api/v1/supply-items/" + item).then().body("inStock", equalTo(3));
        asAdmin().get("/api/v1/supply-items/" + item + "/movements").then().body("totalItems", equalTo(6))
                .body("items[0].kind", equalTo("ADJUSTMENT")).body("items[0].actor", equalTo("admin"));
        as(Tokens.employee(UUID.randomUUID())).body(Map.of("kind", "RECEIPT", "itemId", item, "locationId", a, "quantity", 1))
                .post("/api/v1/stock-movements").then().statusCode(403);
    }

    @Test
    void aDuplicateSkuIsA409NamingIt() {
        String sku = "SKU-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("sku", sku, "name", "Pens", "unit", "box", "category", "SUPPLIES", "reorderPoint", 1,
                "reorderQuantity", 1);
        asAdmin().body(body).post("/api/v1/supply-items").then().statusCode(201);
        asAdmin().body(body).post("/api/v1/supply-items").then().statusCode(409).body("errors[0].field", equalTo("sku"));
    }

    @Test
    void fallingToTheReorderPointDraftsOneReorderPerItemBundledPerVendor() {
        UUID vendor = vendor();
        UUID paper = item(5, 50, vendor);
        UUID toner = item(2, 10, vendor);
        UUID store = location();
        move("RECEIPT", paper, store, 8, Map.of()).then().statusCode(201);
        move("RECEIPT", toner, store, 3, Map.of()).then().statusCode(201);
        UUID department = UUID.randomUUID();
        move("ISSUE", paper, store, 3, Map.of("departmentId", department)).then().statusCode(201);   // 5: at the point
        move("ISSUE", paper, store, 1, Map.of("departmentId", department)).then().statusCode(201);   // below: nothing new
        move("ISSUE", toner, store, 1, Map.of("departmentId", department)).then().statusCode(201);   // 2: toner too

        List<KafkaEvents.Event> low = await().atMost(Duration.ofSeconds(30)).until(
                () -> KafkaEvents.matching(e -> e.key().equals(paper.toString()) || e.key().equals(toner.toString()),
                        "bureau.procurement.stock"), e -> e.size() >= 2);
        assertEquals(2, low.size());
        assertEquals("bureau.procurement.stock.low.v1", low.get(0).type());
        asAdmin().queryParam("status", "DRAFT").queryParam("size", 100).get("/api/v1/purchase-requests").then()
                .body("items.findAll { it.vendorId == '" + vendor + "' }", hasSize(1))
                .body("items.find { it.vendorId == '" + vendor + "' }.reorder", equalTo(true))
                .body("items.find { it.vendorId == '" + vendor + "' }.lines.quantity", org.hamcrest.Matchers.contains(50, 10))
                .body("items.find { it.vendorId == '" + vendor + "' }.total.amount", equalTo("210.00"));
    }
}
