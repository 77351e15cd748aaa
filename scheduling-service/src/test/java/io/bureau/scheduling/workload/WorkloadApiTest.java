package io.bureau.scheduling.workload;

import static io.bureau.scheduling.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.scheduling.Tokens;
import io.bureau.scheduling.Work;
import io.bureau.scheduling.Work.Office;
import io.quarkus.test.junit.QuarkusTest;

/** Held hours against capacity per person and day, and the department's counts. */
@QuarkusTest
class WorkloadApiTest {

    @Test
    void heldWorkIsLaidOutDayByDayAgainstCapacity() {
        Office office = Work.office();
        UUID held = Work.create(office.managerToken(), Work.task(office.department(), office.skill(), 2, 60, LocalDate.now().plusDays(3)));
        Work.create(office);
        Work.assign(office, held, office.clerk());
        String path = "/api/v1/workload?department=" + office.department() + "&from=" + LocalDate.now() + "&to=" + LocalDate.now().plusDays(13);
        as(office.managerToken()).get(path).then().statusCode(200)
                .body("open", equalTo(1))
                .body("overdue", equalTo(0))
                .body("atRisk", equalTo(1))
                .body("atRiskTaskIds", hasItem(held.toString()))
                .body("people", hasSize(1))
                .body("people[0].personId", equalTo(office.clerk().toString()))
                .body("people[0].plannedHours", equalTo(60.0f))
                .body("people[0].days", hasSize(14))
                .body("people[0].days.findAll { it.plannedHours > it.capacityHours }", hasSize(0));
        as(Tokens.topManager(UUID.randomUUID())).get(path).then().statusCode(200);
        as(office.clerkToken()).get(path).then().statusCode(403);
        as(Work.office().managerToken()).get(path).then().statusCode(403);
    }

    @Test
    void aDayFarFromTodayIsABadRequestNotAnOverflow() {
        Office office = Work.office();
        String path = "/api/v1/workload?department=" + office.department();
        as(office.managerToken()).get(path + "&from=%2B999999999-12-31").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(office.managerToken()).get(path + "&from=" + LocalDate.now().plusYears(11)).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(office.managerToken()).get(path + "&from=" + LocalDate.now().plusYears(9)).then().statusCode(200);
    }
}
