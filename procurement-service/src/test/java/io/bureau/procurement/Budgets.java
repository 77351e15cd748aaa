package io.bureau.procurement;

import static io.bureau.procurement.Tokens.asAdmin;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The fiscal period containing today (made once, shared by every test) and budget lines in it. */
public final class Budgets {

    private static UUID current;

    private Budgets() {
    }

    public static synchronized UUID currentPeriod() {
        if (current == null) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String name = "FY" + today.getYear();
            var created = asAdmin().body(Map.of("name", name, "startsOn", LocalDate.of(today.getYear(), 1, 1),
                    "endsOn", LocalDate.of(today.getYear(), 12, 31))).post("/api/v1/fiscal-periods");
            if (created.statusCode() == 201) {
                current = UUID.fromString(created.then().extract().path("id"));
            } else {
                List<Map<String, Object>> items = asAdmin().queryParam("size", 100).get("/api/v1/fiscal-periods").then()
                        .statusCode(200).extract().path("items");
                current = items.stream().filter(p -> name.equals(p.get("name"))).map(p -> UUID.fromString((String) p.get("id")))
                        .findFirst().orElseThrow();
            }
        }
        return current;
    }

    public static UUID line(UUID departmentId, String category, String amount, String policy) {
        return UUID.fromString(asAdmin().body(Map.of("periodId", currentPeriod(), "departmentId", departmentId, "category", category,
                        "amount", Org.money(amount), "policy", policy))
                .post("/api/v1/budget-lines").then().statusCode(201).extract().path("id"));
    }
}
