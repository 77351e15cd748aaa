package io.bureau.reviews.training;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person's place on a training session, from the request to the result (see {@link EnrolmentStatus}). */
@Entity
@Table(name = "enrolment")
public class Enrolment extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "EnrolmentResult")
    public enum Result { PASSED, FAILED }

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "course_id", nullable = false)
    public UUID courseId;

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrolmentStatus status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    /** The mandatory training campaign that enrolled the person, if any. */
    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "refusal_reason")
    public String refusalReason;

    @Column(name = "commitment_id")
    public UUID commitmentId;

    public Boolean attended;

    @Enumerated(EnumType.STRING)
    public Result result;

    public Integer score;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Version
    public long version;

    public static Enrolment request(TrainingSession session, UUID employeeId, UUID departmentId, boolean approved, String by,
                                    OffsetDateTime now) {
        Enrolment enrolment = new Enrolment();
        enrolment.id = UUID.randomUUID();
        enrolment.sessionId = session.id;
        enrolment.courseId = session.courseId;
        enrolment.employeeId = employeeId;
        enrolment.departmentId = departmentId;
        enrolment.status = approved ? EnrolmentStatus.WAITLISTED : EnrolmentStatus.PENDING_APPROVAL;
        enrolment.requestedBy = by;
        enrolment.requestedAt = now;
        return enrolment;
    }

    /** The first on the session's waitlist (earliest request), locked, if anyone waits. */
    public static Enrolment firstWaiting(UUID sessionId) {
        return find("sessionId = ?1 and status = ?2 order by requestedAt, id", sessionId, EnrolmentStatus.WAITLISTED)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** Placed on the session: a free seat confirms it (or holds it pending the budget); none waitlists it. */
    public void place(boolean seatFree, boolean needsBudget) {
        EnrolmentStatus next = !seatFree ? EnrolmentStatus.WAITLISTED
                : needsBudget ? EnrolmentStatus.PENDING_BUDGET : EnrolmentStatus.CONFIRMED;
        if (next != status) {
            moveTo(next);
        }
    }

    public void budgetApproved(UUID commitment) {
        moveTo(EnrolmentStatus.CONFIRMED);
        commitmentId = commitment;
    }

    public void refuse(String reason) {
        moveTo(EnrolmentStatus.REFUSED);
        refusalReason = reason;
    }

    /** Returns whether it held a confirmed seat. */
    public boolean cancel() {
        boolean confirmed = status == EnrolmentStatus.CONFIRMED;
        moveTo(EnrolmentStatus.CANCELLED);
        return confirmed;
    }

    public void recordAttendance(boolean present) {
        if (status != EnrolmentStatus.CONFIRMED) {
            throw Problems.illegalTransition("Enrolment " + id + " (attendance)", status, status, status.allowedNext());
        }
        attended = present;
    }

    public void complete(Result how, Integer points, LocalDate on) {
        moveTo(EnrolmentStatus.COMPLETED);
        if (Boolean.FALSE.equals(attended) && how == Result.PASSED) {
            throw Problems.conflictOn("result", "Enrolment " + id + " was recorded absent; it cannot be passed");
        }
        result = how;
        score = points;
        completedOn = on;
    }

    public boolean holdsASeat() {
        return EnrolmentStatus.HOLDING_A_SEAT.contains(status);
    }

    private void moveTo(EnrolmentStatus next) {
        if (!status.allowedNext().contains(next)) {
            throw Problems.illegalTransition("Enrolment " + id, status, next, status.allowedNext());
        }
        status = next;
    }
}
