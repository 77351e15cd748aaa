package io.bureau.reviews.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Our own copy of procurement's budget decision (tolerant reader). */
public final class ProcurementEvents {

    public static final String BUDGET_DECISION = "bureau.procurement.budget.decision.v1";
    /** The source of the cost requests this service makes. */
    public static final String TRAINING_SOURCE = "reviews.training";

    private ProcurementEvents() {
    }

    public record Amount(BigDecimal amount, String currency) {
    }

    /** outcome APPROVED (with commitmentId) or REFUSED (with reason); requestId is the enrolment id. */
    public record BudgetDecision(UUID requestId, String source, String outcome, UUID commitmentId, UUID budgetLineId,
                                 Amount amount, String reason, OffsetDateTime decidedAt) {
    }
}
