package io.bureau.procurement.budget;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What a department may spend on a category in a fiscal period. Every change of committed or
 * actual happens with the row locked, so available = amount - committed - actual is checked and
 * taken in one step and two commitments never overdraw the line together.
 */
@Entity
@Table(name = "budget_line")
@NamedQuery(name = "BudgetLine.forDepartmentOn", query = """
        from BudgetLine l where l.departmentId = ?1 and l.category = ?2
        and l.periodId in (select p.id from FiscalPeriod p where p.startsOn <= ?3 and p.endsOn >= ?3)""")
public class BudgetLine extends PanacheEntityBase {

    static final BigDecimal EIGHTY_PERCENT = new BigDecimal("0.80");

    @Id
    public UUID id;

    @Column(name = "period_id", nullable = false)
    public UUID periodId;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BudgetCategory category;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BudgetPolicy policy;

    @Column(nullable = false)
    public BigDecimal committed = BigDecimal.ZERO;

    @Column(nullable = false)
    public BigDecimal actual = BigDecimal.ZERO;

    @Column(name = "reached_80", nullable = false)
    public boolean reached80;

    @Column(name = "reached_100", nullable = false)
    public boolean reached100;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Version
    public long version;

    public static BudgetLine open(UUID periodId, UUID departmentId, BudgetCategory category, BigDecimal amount, String currency,
                                  BudgetPolicy policy) {
        BudgetLine line = new BudgetLine();
        line.id = UUID.randomUUID();
        line.periodId = periodId;
        line.departmentId = departmentId;
        line.category = category;
        line.amount = amount;
        line.currency = currency;
        line.policy = policy;
        return line;
    }

    public BigDecimal available() {
        return amount.subtract(committed).subtract(actual);
    }

    /** Whether taking {@code more} would leave the line overdrawn. */
    public boolean wouldOverdraw(BigDecimal more) {
        return more.compareTo(available()) > 0;
    }

    /**
     * Takes the amount as committed when the policy allows it: BLOCK refuses an overdraft (409),
     * ESCALATE refuses it unless a top manager decides, WARN takes it.
     */
    public void commit(BigDecimal more, boolean escalationAllowed) {
        if (isClosed()) {
            throw Problems.conflict(closedRefusal());
        }
        if (wouldOverdraw(more)) {
            if (policy == BudgetPolicy.BLOCK || policy == BudgetPolicy.ESCALATE && !escalationAllowed) {
                throw Problems.conflict(refusal(more));
            }
        }
        committed = committed.add(more);
    }

    /** Why the line cannot take the amount; also the reason of a refused training decision. */
    public String refusal(BigDecimal more) {
        String why = policy == BudgetPolicy.ESCALATE ? " (policy ESCALATE: only a top manager may exceed it)" : "";
        return "budget line " + id + " (" + category + ") has " + available().toPlainString() + " " + currency
                + " available, " + more.toPlainString() + " " + currency + " requested" + why;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public String closedRefusal() {
        return "budget line " + id + " (" + category + ") was closed on " + closedAt.toLocalDate() + ": it takes no new commitments";
    }

    /**
     * A new amount, never below what is committed and spent (409 naming the shortfall). The
     * thresholds the new amount leaves below are armed again, so crossing them later is published.
     */
    public void changeAmount(BigDecimal newAmount, BudgetPolicy newPolicy) {
        requireOpen();
        BigDecimal used = committed.add(actual);
        if (newAmount.compareTo(used) < 0) {
            throw Problems.conflictOn("amount.amount", "the amount " + newAmount.toPlainString() + " " + currency + " is below committed "
                    + committed.toPlainString() + " + actual " + actual.toPlainString() + " = " + used.toPlainString() + " " + currency
                    + ": short by " + used.subtract(newAmount).toPlainString() + " " + currency);
        }
        amount = newAmount;
        policy = newPolicy;
        if (amount.signum() > 0 && used.compareTo(amount.multiply(EIGHTY_PERCENT)) < 0) {
            reached80 = false;
        }
        if (used.compareTo(amount) < 0) {
            reached100 = false;
        }
    }

    public void close(OffsetDateTime at, String by) {
        requireOpen();
        closedAt = at;
        closedBy = by;
    }

    private void requireOpen() {
        if (isClosed()) {
            throw Problems.illegalTransition("Budget line " + id, "CLOSED", "CLOSED", List.of());
        }
    }

    public void release(BigDecimal open) {
        committed = committed.subtract(open).max(BigDecimal.ZERO);
    }

    /** Turns part of a commitment into actual spend; spend beyond what was committed is charged too. */
    public void spend(BigDecimal fromCommitted, BigDecimal total) {
        committed = committed.subtract(fromCommitted).max(BigDecimal.ZERO);
        actual = actual.add(total);
    }

    /** The thresholds (80, 100 percent of the amount used) this change crossed for the first time. */
    public List<Integer> newThresholds() {
        List<Integer> crossed = new ArrayList<>();
        BigDecimal used = committed.add(actual);
        if (amount.signum() == 0) {
            return crossed;
        }
        if (!reached80 && used.compareTo(amount.multiply(EIGHTY_PERCENT)) >= 0) {
            reached80 = true;
            crossed.add(80);
        }
        if (!reached100 && used.compareTo(amount) >= 0) {
            reached100 = true;
            crossed.add(100);
        }
        return crossed;
    }
}
