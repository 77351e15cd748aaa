package io.bureau.staff.hiring;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A candidate's application to one opening, moving through its stages. */
@Entity
@Table(name = "job_application")
public class JobApplication extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "candidate_id", nullable = false)
    public UUID candidateId;

    @Column(name = "opening_id", nullable = false)
    public UUID openingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStage stage;

    @Column(name = "stage_reason")
    public String stageReason;

    @Column(name = "stage_changed_at", nullable = false)
    public OffsetDateTime stageChangedAt;

    @Column(name = "hired_employee_id")
    public UUID hiredEmployeeId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
