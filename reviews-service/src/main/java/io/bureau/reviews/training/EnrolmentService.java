package io.bureau.reviews.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.reviews.access.PeopleAccess;
import io.bureau.reviews.events.ProcurementEvents.BudgetDecision;
import io.bureau.reviews.people.PeopleService.PersonLeft;
import io.bureau.reviews.people.Person;
import io.bureau.reviews.training.TrainingDtos.EnrolmentView;
import io.bureau.reviews.training.TrainingEvents.CostRequested;
import io.bureau.reviews.training.TrainingEvents.CostWithdrawn;
import io.bureau.reviews.training.TrainingEvents.EnrolmentCancelled;
import io.bureau.reviews.training.TrainingEvents.EnrolmentCreated;
import io.bureau.reviews.training.TrainingEvents.TrainingCompleted;

/**
 * Enrolments: requested, approved, placed on a seat (or the waitlist), paid through procurement
 * for outside courses, attended, completed. Every step and its events commit together, so a seat
 * is never confirmed without its event nor refused half-way.
 */
@ApplicationScoped
public class EnrolmentService {

    static final String AUDIT_TYPE = "enrolment";
    private static final Logger LOG = Logger.getLogger(EnrolmentService.class);

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

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A manager of the person enrols them (placed at once); the person themself asks (their manager approves). */
    @Transactional
    public EnrolmentView enrol(UUID sessionId, UUID employeeId) {
        Person person = Person.findById(employeeId);
        if (person == null || !person.isCurrent()) {
            throw Problems.invalidField("employeeId", "no such current employee: " + employeeId);
        }
        boolean self = access.isCaller(employeeId);
        if (!self) {
            access.requireManagePerson(employeeId);
        }
        TrainingSession session = TrainingSession.findById(sessionId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw Problems.invalidField("sessionId", "no such training session: " + sessionId);
        }
        if (Enrolment.count("sessionId = ?1 and employeeId = ?2 and status not in ?3", sessionId, employeeId,
                List.of(EnrolmentStatus.REFUSED, EnrolmentStatus.CANCELLED)) > 0) {
            throw Problems.conflictOn("employeeId", "Employee " + employeeId + " is already enrolled on session " + sessionId);
        }
        Enrolment enrolment = Enrolment.request(session, employeeId, person.departmentId, !self, caller.subject(), now());
        enrolment.persist();
        if (!self) {
            place(enrolment, session);
        }
        Enrolment.flush();
        EnrolmentView view = EnrolmentView.of(enrolment);
        audit.record("enrolment.requested", AUDIT_TYPE, enrolment.id, null, view);
        return view;
    }

    /** A campaign enrols someone as their manager would (placed at once); skipped when they hold a live place already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolForCampaign(TrainingCampaign campaign, TrainingSession session, Person person) {
        if (Enrolment.count("sessionId = ?1 and employeeId = ?2 and status not in ?3", session.id, person.id,
                List.of(EnrolmentStatus.REFUSED, EnrolmentStatus.CANCELLED)) > 0) {
            return;
        }
        Enrolment enrolment = Enrolment.request(session, person.id, person.departmentId, true,
                caller.isAuthenticated() ? caller.subject() : "campaign:" + campaign.id, now());
        enrolment.campaignId = campaign.id;
        enrolment.persist();
        place(enrolment, session);
        Enrolment.flush();
        audit.record("enrolment.requested", AUDIT_TYPE, enrolment.id, null, EnrolmentView.of(enrolment));
    }

    @Transactional
    public EnrolmentView approve(UUID id, String ifMatch) {
        return asManager(id, ifMatch, "enrolment.approved", e -> place(e, Lookups.requireForUpdate(TrainingSession.class, e.sessionId)));
    }

    @Transactional
    public EnrolmentView reject(UUID id, String reason, String ifMatch) {
        return asManager(id, ifMatch, "enrolment.rejected", e -> {
            if (e.status != EnrolmentStatus.PENDING_APPROVAL) {
                throw Problems.illegalTransition("Enrolment " + e.id, e.status, EnrolmentStatus.REFUSED, e.status.allowedNext());
            }
            e.refuse(reason);
        });
    }

    /** The person or their manager gives the place up; a freed seat goes to the first on the waitlist. */
    @Transactional
    public EnrolmentView cancel(UUID id, String ifMatch) {
        Enrolment enrolment = Lookups.requireForUpdate(Enrolment.class, id);
        access.requireReadRecordsOf(enrolment.employeeId);
        return change(enrolment, ifMatch, "enrolment.cancelled",
                e -> cancelOn(e, Lookups.requireForUpdate(TrainingSession.class, e.sessionId)));
    }

    @Transactional
    public EnrolmentView recordAttendance(UUID id, boolean attended, String ifMatch) {
        return asManager(id, ifMatch, "enrolment.attendance-recorded", e -> e.recordAttendance(attended));
    }

    /** Completion with a result; a pass grants the course's skills (staff raises them on the event). */
    @Transactional
    public EnrolmentView complete(UUID id, Enrolment.Result result, Integer score, LocalDate on, String ifMatch) {
        return asManager(id, ifMatch, "enrolment.completed", e -> {
            e.complete(result, score, on);
            outbox.publish(TrainingEvents.COMPLETED, e.id, TrainingCompleted.of(e, Lookups.require(Course.class, e.courseId)));
        });
    }

    /** Procurement's answer to a cost request: APPROVED confirms the held seat, REFUSED refuses with the reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void budgetDecided(BudgetDecision decision) {
        if (decision.requestId() == null || decision.outcome() == null) {
            throw new PoisonEventException("the decision lacks requestId or outcome");
        }
        Enrolment enrolment = Enrolment.findById(decision.requestId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (enrolment == null) {
            throw new PoisonEventException("no enrolment " + decision.requestId() + " asked for a training budget");
        }
        if (enrolment.status != EnrolmentStatus.PENDING_BUDGET) {
            if ("APPROVED".equals(decision.outcome()) && enrolment.status == EnrolmentStatus.CANCELLED && enrolment.commitmentId == null) {
                // Cancelled while procurement decided: release what it just committed.
                outbox.publish(TrainingEvents.COST_WITHDRAWN, enrolment.id, new CostWithdrawn(enrolment.id, enrolment.departmentId));
            }
            LOG.infof("Budget decision for enrolment %s arrived in %s: nothing to do", enrolment.id, enrolment.status);
            return;
        }
        EnrolmentView before = EnrolmentView.of(enrolment);
        TrainingSession session = Lookups.requireForUpdate(TrainingSession.class, enrolment.sessionId);
        if ("APPROVED".equals(decision.outcome())) {
            enrolment.budgetApproved(decision.commitmentId());
            outbox.publish(TrainingEvents.ENROLMENT_CREATED, enrolment.id,
                    EnrolmentCreated.of(enrolment, Lookups.require(Course.class, enrolment.courseId), session));
        } else {
            enrolment.refuse(decision.reason() == null ? "The training budget refused the cost" : decision.reason());
            promoteFirstWaiting(session);
        }
        Enrolment.flush();
        audit.record("enrolment.budget-" + decision.outcome().toLowerCase(), AUDIT_TYPE, enrolment.id, before,
                EnrolmentView.of(enrolment));
    }

    /**
     * The person left: requests and waitlist places are dropped, and a seat (confirmed or pending the
     * budget) on a session starting after their last working day (today when staff gave none) is
     * cancelled as if they had cancelled it: enrolment.cancelled for a confirmed seat, cost-withdrawn
     * for an approved cost, the seat to the first waiting. A seat on a session before they leave stays.
     */
    void personLeft(@Observes PersonLeft left) {
        LocalDate lastDay = left.lastWorkingDay() != null ? left.lastWorkingDay() : LocalDate.now(clock);
        List<UUID> live = Enrolment.<Enrolment>list("employeeId = ?1 and status in ?2 order by requestedAt, id",
                left.person().id, EnrolmentStatus.LIVE).stream().map(e -> e.id).toList();
        for (UUID id : live) {
            // The enrolment first, then its session: the order cancel() locks them in.
            Enrolment enrolment = Lookups.requireForUpdate(Enrolment.class, id);
            TrainingSession session = Lookups.requireForUpdate(TrainingSession.class, enrolment.sessionId);
            if (!EnrolmentStatus.LIVE.contains(enrolment.status)
                    || enrolment.holdsASeat() && !session.startDate.isAfter(lastDay)) {
                continue;
            }
            change(enrolment, null, "enrolment.cancelled-person-left", e -> cancelOn(e, session));
        }
    }

    private void cancelOn(Enrolment e, TrainingSession session) {
        boolean heldSeat = e.holdsASeat();
        if (e.cancel()) {
            outbox.publish(TrainingEvents.ENROLMENT_CANCELLED, e.id, EnrolmentCancelled.of(e, session));
            if (e.commitmentId != null) {
                outbox.publish(TrainingEvents.COST_WITHDRAWN, e.id, new CostWithdrawn(e.id, e.departmentId));
            }
        }
        if (heldSeat) {
            promoteFirstWaiting(session);
        }
    }

    private void place(Enrolment enrolment, TrainingSession session) {
        Course course = Lookups.require(Course.class, session.courseId);
        Enrolment.flush();
        enrolment.place(session.hasFreeSeat(), course.needsBudget());
        if (enrolment.status == EnrolmentStatus.CONFIRMED) {
            outbox.publish(TrainingEvents.ENROLMENT_CREATED, enrolment.id, EnrolmentCreated.of(enrolment, course, session));
        } else if (enrolment.status == EnrolmentStatus.PENDING_BUDGET) {
            outbox.publish(TrainingEvents.COST_REQUESTED, enrolment.id, CostRequested.of(enrolment, course, now()));
        }
    }

    private void promoteFirstWaiting(TrainingSession session) {
        Enrolment.flush();
        Enrolment next = Enrolment.firstWaiting(session.id);
        if (next != null && session.hasFreeSeat()) {
            EnrolmentView before = EnrolmentView.of(next);
            place(next, session);
            Enrolment.flush();
            audit.record("enrolment.promoted", AUDIT_TYPE, next.id, before, EnrolmentView.of(next));
        }
    }

    private EnrolmentView asManager(UUID id, String ifMatch, String action, Consumer<Enrolment> change) {
        Enrolment enrolment = Lookups.requireForUpdate(Enrolment.class, id);
        access.requireManagePerson(enrolment.employeeId);
        return change(enrolment, ifMatch, action, change);
    }

    private EnrolmentView change(Enrolment enrolment, String ifMatch, String action, Consumer<Enrolment> change) {
        ETags.checkIfMatch(ifMatch, enrolment.version);
        EnrolmentView before = EnrolmentView.of(enrolment);
        change.accept(enrolment);
        Enrolment.flush();
        EnrolmentView after = EnrolmentView.of(enrolment);
        audit.record(action, AUDIT_TYPE, enrolment.id, before, after);
        return after;
    }
}
