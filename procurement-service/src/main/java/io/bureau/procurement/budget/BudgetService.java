package io.bureau.procurement.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.problem.Problems;
import io.bureau.procurement.budget.BudgetDtos.BudgetLineView;
import io.bureau.procurement.money.Currency;

/**
 * Commitments against budget lines: each takes the line's row lock, checks available and takes
 * the amount in one step, and publishes the 80 % and 100 % thresholds the first time they are crossed.
 * Runs inside the caller's transaction.
 */
@ApplicationScoped
public class BudgetService {

    public static final String AUDIT_LINE = "budget-line";
    public static final String AUDIT_COMMITMENT = "budget-commitment";

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Currency currency;

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The department's line for the category in the period containing the day, locked until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<BudgetLine> lockLineFor(UUID departmentId, BudgetCategory category, LocalDate day) {
        return BudgetLine.<BudgetLine>find("#BudgetLine.forDepartmentOn", departmentId, category, day)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The line or a clear 409: no line, no commitment (fail closed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public BudgetLine requireLineFor(UUID departmentId, BudgetCategory category, LocalDate day) {
        return lockLineFor(departmentId, category, day).orElseThrow(() -> Problems.conflict(noLine(departmentId, category, day)));
    }

    public static String noLine(UUID departmentId, BudgetCategory category, LocalDate day) {
        return "no " + category + " budget line for department " + departmentId + " in a fiscal period containing " + day
                + ": nothing can be committed without one";
    }

    /** Commits on a locked line; refuses (409) what the line's policy does not allow. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Commitment commit(BudgetLine line, BigDecimal amount, String source, String sourceId, boolean escalationAllowed,
                             String by) {
        BudgetLineView before = BudgetLineView.of(line, currency);
        line.commit(amount, escalationAllowed);
        Commitment commitment = Commitment.open(line.id, source, sourceId, amount, by, now());
        commitment.persist();
        changed(line, before, "budget.committed");
        audit.record("budget.commitment-opened", AUDIT_COMMITMENT, commitment.id, null, BudgetDtos.BudgetCommitmentView.of(commitment, currency));
        return commitment;
    }

    /** Gives back what is still open of a commitment; nothing when it is spent or released already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID commitmentId) {
        Commitment commitment = Lookups.requireForUpdate(Commitment.class, commitmentId);
        BudgetLine line = Lookups.requireForUpdate(BudgetLine.class, commitment.lineId);
        BudgetLineView before = BudgetLineView.of(line, currency);
        BigDecimal released = commitment.release();
        if (released.signum() == 0 && commitment.status != CommitmentStatus.RELEASED) {
            return;
        }
        line.release(released);
        changed(line, before, "budget.released");
        audit.record("budget.commitment-released", AUDIT_COMMITMENT, commitment.id, null, BudgetDtos.BudgetCommitmentView.of(commitment, currency));
    }

    /** Turns {@code total} of a commitment into actual spend (goods received, a repair paid). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void spend(UUID commitmentId, BigDecimal total) {
        Commitment commitment = Lookups.requireForUpdate(Commitment.class, commitmentId);
        BudgetLine line = Lookups.requireForUpdate(BudgetLine.class, commitment.lineId);
        BudgetLineView before = BudgetLineView.of(line, currency);
        BigDecimal fromCommitted = commitment.spend(total);
        line.spend(fromCommitted, total);
        changed(line, before, "budget.spent");
    }

    /** A locked line whose amount or status an admin changed: the thresholds it now crosses, and the audit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adjusted(BudgetLine line, BudgetLineView before, String action) {
        changed(line, before, action);
    }

    private void changed(BudgetLine line, BudgetLineView before, String action) {
        // Before the flush: marking a threshold changes the line, and a change after the flush would
        // bump its version once more at commit, leaving the answer's ETag one behind.
        List<Integer> crossed = line.newThresholds();
        BudgetLine.flush();
        for (int threshold : crossed) {
            outbox.publish(BudgetEvents.THRESHOLD_REACHED, line.id, new BudgetEvents.ThresholdReached(line.id, line.periodId,
                    line.departmentId, line.category, threshold, currency.of(line.amount), currency.of(line.committed),
                    currency.of(line.actual), currency.of(line.available()), now()));
        }
        audit.record(action, AUDIT_LINE, line.id, before, BudgetLineView.of(line, currency));
    }

    public List<Commitment> commitmentsOf(UUID lineId) {
        return Commitment.list("lineId = ?1 order by createdAt, id", lineId);
    }
}
