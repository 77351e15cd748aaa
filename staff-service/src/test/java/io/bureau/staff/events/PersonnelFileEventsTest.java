package io.bureau.staff.events;

import static io.bureau.staff.Staff.as;
import static io.bureau.staff.Staff.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bureau.staff.Staff;
import io.bureau.staff.Staff.Team;
import io.bureau.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** reviews-service's events that leave entries in the personnel file: a review, improvement plans, counseling referrals. */
@QuarkusTest
class PersonnelFileEventsTest {

    /** A person whose line manager is not the manager of their department, and people around them. */
    record Office(Team team, UUID lead, UUID person, UUID peer, Team otherTeam) {

        static Office create() {
            Team team = Staff.team();
            UUID lead = Staff.employee(team.departmentId(), null);
            return new Office(team, lead, Staff.employee(team.departmentId(), lead), Staff.employee(team.departmentId(), lead),
                    Staff.team());
        }

        String file() {
            return "/api/v1/employees/" + person + "/personnel-file";
        }
    }

    @Test
    void aFinalizedReviewDeliveredTwiceLeavesOneEvaluationSummaryThePersonReads() {
        Office office = Office.create();
        UUID reviewId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        var payload = ReviewsFeed.reviewFinalized(reviewId, office.person(), "Autumn 2026", "2026-04-01", "2026-09-30", 4.25,
                "2026-11-20T09:30:00Z", "Reliable, quick with customers; should delegate more.");
        ReviewsFeed.deliver(ReviewEvents.TOPIC, eventId, ReviewEvents.FINALIZED, reviewId, payload);
        ReviewsFeed.deliver(ReviewEvents.TOPIC, eventId, ReviewEvents.FINALIZED, reviewId, payload);
        ReviewsFeed.awaitAllHandled(ReviewEvents.TOPIC, reviewId);

        as(Staff.employeeToken(office.person())).get(office.file()).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].kind", equalTo("EVALUATION_SUMMARY"))
                .body("items[0].restricted", equalTo(false))
                .body("items[0].title", equalTo("Performance review: Autumn 2026"))
                .body("items[0].body", equalTo("Period: 2026-04-01 to 2026-09-30\nOverall score: 4.25 of 5.00\n"
                        + "Reliable, quick with customers; should delegate more."))
                .body("items[0].occurredOn", equalTo("2026-11-20"))
                .body("items[0].recordedBy", equalTo("event:" + ReviewEvents.FINALIZED));
        assertEquals(List.of(), ReviewsFeed.deadLettersAbout(reviewId), "a good event, even redelivered, is never dead-lettered");
    }

    @Test
    void anImprovementPlanIsARestrictedEntryWhenOpenedAndWhenClosedOnlyTheManagerChainReads() {
        Office office = Office.create();
        UUID plan = UUID.randomUUID();
        String opened = UUID.randomUUID().toString();
        ReviewsFeed.deliver(ImprovementPlanEvents.TOPIC, opened, ImprovementPlanEvents.OPENED, plan,
                ReviewsFeed.planOpened(plan, office.person(), "2026-10-01", "2026-12-31"));
        ReviewsFeed.deliver(ImprovementPlanEvents.TOPIC, opened, ImprovementPlanEvents.OPENED, plan,
                ReviewsFeed.planOpened(plan, office.person(), "2026-10-01", "2026-12-31"));
        ReviewsFeed.deliver(ImprovementPlanEvents.TOPIC, ImprovementPlanEvents.CLOSED, plan,
                ReviewsFeed.planClosed(plan, office.person(), "NOT_SUCCEEDED", "2027-01-05"));
        ReviewsFeed.awaitAllHandled(ImprovementPlanEvents.TOPIC, plan);

        List<String> ids = as(Staff.managerToken(office.lead())).get(office.file()).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.kind", contains("IMPROVEMENT_PLAN", "IMPROVEMENT_PLAN"))
                .body("items.restricted", contains(true, true))
                .body("items.title", contains("Improvement plan closed: not succeeded", "Improvement plan opened"))
                .body("items[0].body", equalTo("Plan " + plan + " closed on 2027-01-05; outcome NOT_SUCCEEDED."))
                .body("items[0].occurredOn", equalTo("2027-01-05"))
                .body("items[1].body", equalTo("Plan " + plan + " opened on 2026-10-01, due on 2026-12-31."))
                .extract().path("items.id");
        asAdmin().get(office.file()).then().body("totalItems", equalTo(2));
        assertInvisibleToAllButTheManagerChain(office, ids);
        assertEquals(List.of(), ReviewsFeed.deadLettersAbout(plan));
    }

    @Test
    void aRelationsCaseIsARedactedRestrictedEntryInTheFileOfEachPersonItNames() {
        Office office = Office.create();
        Office other = Office.create();
        UUID caseId = UUID.randomUUID();
        String opened = UUID.randomUUID().toString();
        Map<String, Object> openedPayload = Map.of("caseId", caseId, "kind", "STAFF_CONFLICT", "severity", "HIGH",
                "employeeIds", List.of(office.person(), other.person()), "openedOn", "2026-11-20");
        ReviewsFeed.deliver(RelationsCaseEvents.TOPIC, opened, RelationsCaseEvents.OPENED, caseId, openedPayload);
        ReviewsFeed.deliver(RelationsCaseEvents.TOPIC, opened, RelationsCaseEvents.OPENED, caseId, openedPayload);
        ReviewsFeed.deliver(RelationsCaseEvents.TOPIC, RelationsCaseEvents.RESOLVED, caseId, Map.of("caseId", caseId,
                "kind", "STAFF_CONFLICT", "severity", "HIGH", "employeeIds", List.of(office.person(), other.person()),
                "resolvedOn", "2026-11-27"));
        ReviewsFeed.awaitAllHandled(RelationsCaseEvents.TOPIC, caseId);

        for (Office named : List.of(office, other)) {
            List<String> ids = as(Staff.managerToken(named.lead())).get(named.file()).then().statusCode(200)
                    .body("totalItems", equalTo(2))
                    .body("items.kind", contains("RELATIONS_CASE", "RELATIONS_CASE"))
                    .body("items.restricted", contains(true, true))
                    .body("items.title", contains("Relations case resolved: conflict between staff, severity high",
                            "Relations case opened: conflict between staff, severity high"))
                    .body("items.occurredOn", contains("2026-11-27", "2026-11-20"))
                    .body("items[1].body", equalTo("Case " + caseId + " opened on 2026-11-20. The case itself is kept in reviews-service."))
                    .extract().path("items.id");
            assertInvisibleToAllButTheManagerChain(named, ids);
        }
        assertEquals(List.of(), ReviewsFeed.deadLettersAbout(caseId));
    }

    @Test
    void aPlanEndedBecauseThePersonLeftSaysSoInTheFile() {
        Office office = Office.create();
        UUID plan = UUID.randomUUID();
        ReviewsFeed.deliver(ImprovementPlanEvents.TOPIC, ImprovementPlanEvents.OPENED, plan,
                ReviewsFeed.planOpened(plan, office.person(), "2026-10-01", "2026-12-31"));
        ReviewsFeed.deliver(ImprovementPlanEvents.TOPIC, ImprovementPlanEvents.CLOSED, plan,
                ReviewsFeed.planClosed(plan, office.person(), "EMPLOYMENT_ENDED", "2026-11-30"));
        ReviewsFeed.awaitAllHandled(ImprovementPlanEvents.TOPIC, plan);

        as(Staff.managerToken(office.lead())).get(office.file()).then().statusCode(200)
                .body("items.title", contains("Improvement plan closed: ended, the person left", "Improvement plan opened"))
                .body("items[0].occurredOn", equalTo("2026-11-30"));
        assertEquals(List.of(), ReviewsFeed.deadLettersAbout(plan));
    }

    @Test
    void aCounselingReferralIsARestrictedReferenceSayingOnlyThatOneExistsAndSince() {
        Office office = Office.create();
        UUID referral = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        ReviewsFeed.deliver(CounselingEvents.TOPIC, eventId, CounselingEvents.REFERRAL_OPENED, referral,
                ReviewsFeed.referralOpened(referral, office.person(), "2026-11-18"));
        ReviewsFeed.deliver(CounselingEvents.TOPIC, eventId, CounselingEvents.REFERRAL_OPENED, referral,
                ReviewsFeed.referralOpened(referral, office.person(), "2026-11-18"));
        ReviewsFeed.awaitAllHandled(CounselingEvents.TOPIC, referral);

        String id = as(Staff.managerToken(office.lead())).get(office.file()).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].kind", equalTo("COUNSELING_REFERENCE"))
                .body("items[0].restricted", equalTo(true))
                .body("items[0].title", equalTo("Counseling referral"))
                .body("items[0].body", equalTo("A counseling referral was opened on 2026-11-18."))
                .body("items[0].occurredOn", equalTo("2026-11-18"))
                .extract().path("items[0].id");
        String body = as(Staff.managerToken(office.lead())).get(office.file() + "/" + id).then().extract().path("body");
        assertTrue(!body.contains(referral.toString()), "the reference names nothing of the referral but its date");
        assertInvisibleToAllButTheManagerChain(office, List.of(id));
        assertEquals(List.of(), ReviewsFeed.deadLettersAbout(referral));
    }

    @Test
    void eventsOfAnEmployeeStaffNeverHadAreDeadLetteredWithTheReason() {
        UUID nobody = UUID.randomUUID();
        UUID reviewId = UUID.randomUUID();
        ReviewsFeed.deliver(ReviewEvents.TOPIC, ReviewEvents.FINALIZED, reviewId,
                ReviewsFeed.reviewFinalized(reviewId, nobody, "2026", "2026-01-01", "2026-06-30", 3, "2026-07-10T10:00:00Z", "Fine"));
        UUID referral = UUID.randomUUID();
        ReviewsFeed.deliver(CounselingEvents.TOPIC, CounselingEvents.REFERRAL_OPENED, referral,
                ReviewsFeed.referralOpened(referral, nobody, "2026-11-18"));

        assertTrue(ReviewsFeed.awaitDeadLetterReason(reviewId).contains("unknown employee " + nobody));
        assertTrue(ReviewsFeed.awaitDeadLetterReason(referral).contains("unknown employee " + nobody));
    }

    @Test
    void aReviewScoreOutsideOneToFiveIsDeadLetteredAndRecordsNothing() {
        Team team = Staff.team();
        UUID person = Staff.employee(team.departmentId(), team.managerId());
        UUID reviewId = UUID.randomUUID();
        ReviewsFeed.deliver(ReviewEvents.TOPIC, ReviewEvents.FINALIZED, reviewId,
                ReviewsFeed.reviewFinalized(reviewId, person, "2026", "2026-01-01", "2026-06-30", 7.5, "2026-07-10T10:00:00Z", "?"));
        assertTrue(ReviewsFeed.awaitDeadLetterReason(reviewId).contains("outside 1.00-5.00"));
        asAdmin().get("/api/v1/employees/" + person + "/personnel-file").then().body("totalItems", equalTo(0));
    }

    /**
     * The person, a peer, the department's manager (not in the person's line), another
     * department's manager and a top manager: none of them learns the entries exist.
     */
    private static void assertInvisibleToAllButTheManagerChain(Office office, List<String> entryIds) {
        String file = office.file();
        String departmentManager = office.team().managerToken();
        String topManager = TestTokens.client("board", "top-manager");
        for (String reader : List.of(Staff.employeeToken(office.person()), departmentManager, topManager)) {
            as(reader).get(file).then().statusCode(200).body("totalItems", equalTo(0));
            for (String id : entryIds) {
                as(reader).get(file + "/" + id).then().statusCode(404);
            }
        }
        for (String outsider : List.of(Staff.employeeToken(office.peer()), office.otherTeam().managerToken())) {
            as(outsider).get(file).then().statusCode(403);
            for (String id : entryIds) {
                as(outsider).get(file + "/" + id).then().statusCode(403);
            }
        }
        for (String id : entryIds) {
            as(Staff.managerToken(office.lead())).get(file + "/" + id).then().statusCode(200).body("restricted", equalTo(true));
        }
    }
}
