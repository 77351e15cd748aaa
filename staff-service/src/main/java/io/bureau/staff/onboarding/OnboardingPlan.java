package io.bureau.staff.onboarding;

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

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One new hire's onboarding; complete when every item is. */
@Entity
@Table(name = "onboarding_plan")
public class OnboardingPlan extends PanacheEntityBase {

    @Schema(name = "OnboardingPlanStatus")
    public enum Status {
        IN_PROGRESS, COMPLETED
    }

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Column(name = "template_id", nullable = false)
    public UUID templateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
