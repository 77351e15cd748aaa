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

    /**
     * The period containing today: found, or opened from today for 30 days (other tests, such as the
     * contract-driven negative test, may have opened short periods earlier this year, and periods never overlap).
     */
    public static synchronized UUID currentPeriod() {
        if (current == null) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            current = containing(today);
            if (current == null) {
                asAdmin().body(Map.of("name", "Test period from " + today, "startsOn", today, "endsOn", today.plusDays(30)))
                        .post("/api/v1/fiscal-periods").then().statusCode(201);
                current = containing(today);
            }
        }
        return current;
    }

    private static UUID containing(LocalDate day) {
        List<Map<String, Object>> items = asAdmin().queryParam("size", 100).get("/api/v1/fiscal-periods").then()
                .statusCode(200).extract().path("items");
        return items.stream()
                .filter(p -> !LocalDate.parse((String) p.get("startsOn")).isAfter(day) && !LocalDate.parse((String) p.get("endsOn")).isBefore(day))
                .map(p -> UUID.fromString((String) p.get("id"))).findFirst().orElse(null);
    }

    public static UUID line(UUID departmentId, String category, String amount, String policy) {
        return UUID.fromString(asAdmin().body(Map.of("periodId", currentPeriod(), "departmentId", departmentId, "category", category,
                        "amount", Org.money(amount), "policy", policy))
                .post("/api/v1/budget-lines").then().statusCode(201).extract().path("id"));
    }
}
