package io.bureau.procurement.purchase;

import static io.bureau.procurement.Tokens.as;
import static io.bureau.procurement.Tokens.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.procurement.Budgets;
import io.bureau.procurement.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** An ESCALATE line: a request that would overdraw it waits for a top manager; a BLOCK line refuses everyone. */
@QuarkusTest
class EscalationTest {

    @Test
    void aTopManagerApprovesWhatAnOfficeManagerMayNotTakeFromAnEscalateLine() {
        PurchaseFlowTest.Team t = PurchaseFlowTest.team();
        UUID line = Budgets.line(t.department(), "SUPPLIES", "100.00", "ESCALATE");
        String id = PurchaseFlowTest.request(Tokens.employee(t.employee()), t.department(), "SUPPLIES", "75.00", 2, null).then()
                .statusCode(201).extract().path("id");
        as(Tokens.officeManager(t.manager())).post("/api/v1/purchase-requests/" + id + "/approve").then().statusCode(409)
                .body("detail", containsString("ESCALATE"));
        asAdmin().get("/api/v1/budget-lines/" + line).then().body("committed.amount", equalTo("0.00"));
        as(Tokens.topManager(UUID.randomUUID())).post("/api/v1/purchase-requests/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        asAdmin().get("/api/v1/budget-lines/" + line).then().body("committed.amount", equalTo("150.00"))
                .body("available.amount", equalTo("-50.00"));
    }

    @Test
    void aBlockLineRefusesEvenATopManager() {
        PurchaseFlowTest.Team t = PurchaseFlowTest.team();
        UUID line = Budgets.line(t.department(), "SUPPLIES", "100.00", "BLOCK");
        String id = PurchaseFlowTest.request(Tokens.employee(t.employee()), t.department(), "SUPPLIES", "75.00", 2, null).then()
                .statusCode(201).extract().path("id");
        as(Tokens.topManager(UUID.randomUUID())).post("/api/v1/purchase-requests/" + id + "/approve").then().statusCode(409)
                .body("detail", containsString("EUR available"));
        asAdmin().get("/api/v1/budget-lines/" + line).then().body("committed.amount", equalTo("0.00"));
    }
}
