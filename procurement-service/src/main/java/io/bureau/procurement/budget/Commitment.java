package io.bureau.procurement.budget;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Money set aside on a budget line for one source document; spent as goods arrive, or released. */
@Entity
@Table(name = "budget_commitment")
public class Commitment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "line_id", nullable = false)
    public UUID lineId;

    /** purchase-request, training, manual, maintenance. */
    @Column(nullable = false)
    public String source;

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "open_amount", nullable = false)
    public BigDecimal openAmount;

    @Column(nullable = false)
    public BigDecimal spent = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommitmentStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static Commitment open(UUID lineId, String source, String sourceId, BigDecimal amount, String by, OffsetDateTime at) {
        Commitment commitment = new Commitment();
        commitment.id = UUID.randomUUID();
        commitment.lineId = lineId;
        commitment.source = source;
        commitment.sourceId = sourceId;
        commitment.amount = amount;
        commitment.openAmount = amount;
        commitment.status = CommitmentStatus.OPEN;
        commitment.createdAt = at;
        commitment.createdBy = by;
        return commitment;
    }

    /** Gives back what is still committed; returns it (zero when nothing is open). */
    public BigDecimal release() {
        if (status != CommitmentStatus.OPEN) {
            return BigDecimal.ZERO;
        }
        BigDecimal released = openAmount;
        openAmount = BigDecimal.ZERO;
        status = CommitmentStatus.RELEASED;
        return released;
    }

    /** Spends {@code total}; returns the part of it that came out of the committed amount. */
    public BigDecimal spend(BigDecimal total) {
        BigDecimal fromCommitted = status == CommitmentStatus.OPEN ? total.min(openAmount) : BigDecimal.ZERO;
        openAmount = openAmount.subtract(fromCommitted);
        spent = spent.add(total);
        if (openAmount.signum() == 0 && status == CommitmentStatus.OPEN) {
            status = CommitmentStatus.SPENT;
        }
        return fromCommitted;
    }
}
