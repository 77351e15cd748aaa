package io.bureau.reviews.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Help the plan gives: a training enrolment, a counseling referral or a scheduled meeting. */
@Embeddable
public class PlanSupport {

    @Schema(name = "ReviewPlanSupportKind")
    public enum Kind { TRAINING_ENROLMENT, COUNSELING_REFERRAL, MEETING }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String description;

    /** The enrolment or referral it points at, when it is one. */
    @Column(name = "reference_id")
    public UUID referenceId;

    @Column(name = "scheduled_on")
    public LocalDate scheduledOn;

    protected PlanSupport() {
    }

    public PlanSupport(Kind kind, String description, UUID referenceId, LocalDate scheduledOn) {
        this.kind = kind;
        this.description = description;
        this.referenceId = referenceId;
        this.scheduledOn = scheduledOn;
    }
}
