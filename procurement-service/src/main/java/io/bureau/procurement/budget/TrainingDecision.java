package io.bureau.procurement.budget;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The one decision ever taken on a training cost request (its id is the request id). */
@Entity
@Table(name = "training_budget_decision")
public class TrainingDecision extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "department_id")
    public UUID departmentId;

    /** APPROVED or REFUSED. */
    @Column(nullable = false)
    public String outcome;

    @Column(name = "commitment_id")
    public UUID commitmentId;

    @Column(name = "budget_line_id")
    public UUID budgetLineId;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    public String reason;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
}
