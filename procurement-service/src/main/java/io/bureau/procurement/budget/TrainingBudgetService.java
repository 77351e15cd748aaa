package io.bureau.procurement.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.outbox.Outbox;
import io.bureau.procurement.events.ReviewsEvents.CostRequested;
import io.bureau.procurement.events.ReviewsEvents.CostWithdrawn;
import io.bureau.procurement.money.Currency;

/**
 * Outside-training costs requested by reviews: one atomic check against the department's TRAINING
 * line, one decision event per request id, ever. A withdrawal releases the commitment (idempotent).
 * Runs inside the consumer's transaction.
 */
@ApplicationScoped
public class TrainingBudgetService {

    static final String SOURCE = "reviews.training";
    static final String AUDIT_TYPE = "training-budget-decision";

    @Inject
    BudgetService budgets;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Currency currency;

    @Transactional(Transactional.TxType.MANDATORY)
    public void requested(CostRequested event) {
        if (event.requestId() == null || event.departmentId() == null || event.amount() == null
                || event.amount().amount() == null || event.amount().currency() == null) {
            throw new PoisonEventException("the event lacks requestId, departmentId or amount");
        }
        if (TrainingDecision.findById(event.requestId()) != null) {
            return;
        }
        TrainingDecision decision = new TrainingDecision();
        decision.requestId = event.requestId();
        decision.departmentId = event.departmentId();
        decision.amount = event.amount().amount().setScale(2, RoundingMode.HALF_UP);
        decision.currency = event.amount().currency();
        decision.decidedAt = BudgetService.now();
        Optional<BudgetLine> found = budgets.lockLineFor(event.departmentId(), BudgetCategory.TRAINING, BudgetService.today());
        if (!currency.code().equals(decision.currency)) {
            refuse(decision, "the amount is in " + decision.currency + "; this deployment keeps its books in " + currency.code());
            found.ifPresent(line -> decision.budgetLineId = line.id);
        } else if (found.isEmpty()) {
            refuse(decision, "no TRAINING budget line for department " + event.departmentId() + " in period containing "
                    + BudgetService.today());
        } else {
            BudgetLine line = found.get();
            decision.budgetLineId = line.id;
            if (line.isClosed()) {
                refuse(decision, line.closedRefusal());
            } else if (line.wouldOverdraw(decision.amount) && line.policy != BudgetPolicy.WARN) {
                refuse(decision, line.refusal(decision.amount));
            } else {
                Commitment commitment = budgets.commit(line, decision.amount, SOURCE, event.requestId().toString(), false,
                        "event:" + SOURCE);
                decision.outcome = "APPROVED";
                decision.commitmentId = commitment.id;
            }
        }
        decision.persist();
        outbox.publish(BudgetEvents.DECISION, decision.budgetLineId != null ? decision.budgetLineId : decision.requestId,
                new BudgetEvents.Decision(decision.requestId, SOURCE, decision.outcome, decision.commitmentId, decision.budgetLineId,
                        new io.bureau.procurement.money.Money(decision.amount, decision.currency), decision.reason, decision.decidedAt));
        audit.record("budget.training-decided", AUDIT_TYPE, decision.requestId, null, decision.outcome);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(CostWithdrawn event) {
        if (event.requestId() == null) {
            throw new PoisonEventException("the event lacks requestId");
        }
        TrainingDecision decision = TrainingDecision.findById(event.requestId());
        if (decision == null) {
            // Withdrawn before it was requested (out of order): a tombstone, so the late request is never decided.
            TrainingDecision tombstone = new TrainingDecision();
            tombstone.requestId = event.requestId();
            tombstone.departmentId = event.departmentId();
            tombstone.outcome = "WITHDRAWN";
            tombstone.amount = BigDecimal.ZERO;
            tombstone.currency = currency.code();
            tombstone.decidedAt = BudgetService.now();
            tombstone.withdrawnAt = tombstone.decidedAt;
            tombstone.persist();
            audit.record("budget.training-withdrawn", AUDIT_TYPE, tombstone.requestId, null, "WITHDRAWN before requested");
            return;
        }
        if (decision.withdrawnAt != null) {
            return;
        }
        decision.withdrawnAt = BudgetService.now();
        if (decision.commitmentId != null) {
            budgets.release(decision.commitmentId);
        }
        audit.record("budget.training-withdrawn", AUDIT_TYPE, decision.requestId, decision.outcome, "WITHDRAWN");
    }

    private static void refuse(TrainingDecision decision, String reason) {
        decision.outcome = "REFUSED";
        decision.reason = reason;
    }

}
