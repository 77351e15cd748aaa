package io.bureau.reviews.counseling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A confidential referral of someone to counseling: OPEN → IN_PROGRESS → CLOSED (or closed straight away). */
@Entity
@Table(name = "counseling_referral")
public class CounselingReferral extends PanacheEntityBase {

    @Schema(name = "CounselingCategory")
    public enum Category { WORK_STRESS, CONFLICT, PERSONAL, HEALTH, FINANCIAL, OTHER }

    @Schema(name = "CounselingStatus")
    public enum Status {
        OPEN, IN_PROGRESS, CLOSED;

        public List<Status> allowedNext() {
            return switch (this) {
                case OPEN -> List.of(IN_PROGRESS, CLOSED);
                case IN_PROGRESS -> List.of(CLOSED);
                case CLOSED -> List.of();
            };
        }
    }

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    /** The referring manager, whose chain may read the referral. */
    @Column(name = "referred_by")
    public UUID referredBy;

    @Column(name = "referred_by_subject", nullable = false)
    public String referredBySubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Column(nullable = false)
    public String provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "follow_up_on")
    public LocalDate followUpOn;

    @Version
    public long version;

    public static CounselingReferral open(UUID employeeId, UUID referredBy, String subject, Category category, String provider,
                                          LocalDate followUpOn, LocalDate today) {
        CounselingReferral referral = new CounselingReferral();
        referral.id = UUID.randomUUID();
        referral.employeeId = employeeId;
        referral.referredBy = referredBy;
        referral.referredBySubject = subject;
        referral.category = category;
        referral.provider = provider;
        referral.followUpOn = followUpOn;
        referral.openedOn = today;
        referral.status = Status.OPEN;
        return referral;
    }

    public void moveTo(Status next, LocalDate followUp) {
        if (!status.allowedNext().contains(next)) {
            throw Problems.illegalTransition("Counseling referral " + id, status, next, status.allowedNext());
        }
        status = next;
        followUpOn = next == Status.CLOSED ? null : followUp != null ? followUp : followUpOn;
    }
}
