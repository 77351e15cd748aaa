package io.bureau.reviews.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.reviews.access.PeopleAccess;
import io.bureau.reviews.people.PeopleService.PersonLeft;
import io.bureau.reviews.people.Person;
import io.bureau.reviews.plan.PlanDtos.PlanCreateRequest;
import io.bureau.reviews.plan.PlanDtos.PlanSupportBody;
import io.bureau.reviews.plan.PlanDtos.ReviewPlanView;
import io.bureau.reviews.plan.PlanEvents.PlanClosed;
import io.bureau.reviews.plan.PlanEvents.PlanOpened;

/** Improvement plans: a manager of the person opens, supports, checks in on and closes them; the person reads theirs. */
@ApplicationScoped
public class PlanService {

    static final String AUDIT_TYPE = "improvement-plan";

    @Inject
    Clock clock;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public ReviewPlanView open(PlanCreateRequest request) {
        Person person = Person.findById(request.employeeId());
        if (person == null || !person.hasProfile()) {
            throw Problems.invalidField("employeeId", "no such employee: " + request.employeeId());
        }
        access.requireManagePerson(person.id);
        if (request.dueOn().isBefore(today())) {
            throw Problems.invalidField("dueOn", "must not be in the past");
        }
        ImprovementPlan plan = ImprovementPlan.open(person.id, person.departmentId, request.reason(), today(), request.dueOn(),
                request.goals().stream().map(PlanDtos.PlanGoalBody::goal).toList(),
                request.supportActions() == null ? List.of()
                        : request.supportActions().stream().map(PlanSupportBody::support).toList(),
                caller.subject());
        plan.persist();
        ImprovementPlan.flush();
        outbox.publish(PlanEvents.OPENED, plan.id, PlanOpened.of(plan));
        ReviewPlanView view = ReviewPlanView.of(plan);
        audit.record("improvement-plan.opened", AUDIT_TYPE, plan.id, null, view);
        return view;
    }

    @Transactional
    public ReviewPlanView checkIn(UUID id, LocalDate heldOn, String progress, String ifMatch) {
        return change(id, ifMatch, "improvement-plan.checked-in", p -> p.checkIn(new PlanCheckIn(heldOn, progress, caller.subject())));
    }

    @Transactional
    public ReviewPlanView support(UUID id, PlanSupportBody action, String ifMatch) {
        return change(id, ifMatch, "improvement-plan.support-added", p -> p.support(action.support()));
    }

    @Transactional
    public ReviewPlanView close(UUID id, ImprovementPlan.Outcome outcome, String ifMatch) {
        return change(id, ifMatch, "improvement-plan.closed", p -> {
            p.close(outcome, today());
            outbox.publish(PlanEvents.CLOSED, p.id, PlanClosed.of(p));
        });
    }

    @Transactional
    public ReviewPlanView get(UUID id) {
        ImprovementPlan plan = Lookups.require(ImprovementPlan.class, id);
        access.requireReadRecordsOf(plan.employeeId);
        return ReviewPlanView.of(plan);
    }

    @Transactional
    public Page<ReviewPlanView> list(UUID employeeId, PageRequest page) {
        access.requireReadRecordsOf(employeeId);
        return Pages.of(ImprovementPlan.find("employeeId = ?1 order by openedOn desc, id", employeeId), page, ReviewPlanView::of);
    }

    /**
     * The person left: an open plan ends without an outcome of the manager's, and its closed event says
     * EMPLOYMENT_ENDED, so the personnel file shows why it ended rather than a plan left open forever.
     */
    void personLeft(@Observes PersonLeft left) {
        LocalDate on = left.lastWorkingDay() != null ? left.lastWorkingDay() : today();
        for (ImprovementPlan plan : ImprovementPlan.<ImprovementPlan>list("employeeId = ?1 and status = ?2 order by openedOn, id",
                left.person().id, ImprovementPlan.Status.OPEN)) {
            ReviewPlanView before = ReviewPlanView.of(plan);
            if (plan.endAsPersonLeft(on)) {
                ImprovementPlan.flush();
                audit.record("improvement-plan.ended-person-left", AUDIT_TYPE, plan.id, before, ReviewPlanView.of(plan));
                outbox.publish(PlanEvents.CLOSED, plan.id, PlanClosed.of(plan));
            }
        }
    }

    private ReviewPlanView change(UUID id, String ifMatch, String action, Consumer<ImprovementPlan> change) {
        ImprovementPlan plan = Lookups.requireForUpdate(ImprovementPlan.class, id);
        access.requireManagePerson(plan.employeeId);
        ETags.checkIfMatch(ifMatch, plan.version);
        ReviewPlanView before = ReviewPlanView.of(plan);
        change.accept(plan);
        ImprovementPlan.flush();
        ReviewPlanView after = ReviewPlanView.of(plan);
        audit.record(action, AUDIT_TYPE, plan.id, before, after);
        return after;
    }
}
