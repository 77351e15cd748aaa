package io.bureau.procurement.budget;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.bureau.procurement.money.Money;

/** Events on topic {@code bureau.procurement.budget}. */
public final class BudgetEvents {

    public static final String THRESHOLD_REACHED = "bureau.procurement.budget.threshold-reached.v1";
    public static final String DECISION = "bureau.procurement.budget.decision.v1";

    private BudgetEvents() {
    }

    /** Keyed by budget line id; published once per line for 80 and once for 100. */
    public record ThresholdReached(UUID budgetLineId, UUID periodId, UUID departmentId, BudgetCategory category, int thresholdPercent,
                                   Money amount, Money committed, Money actual, Money available, OffsetDateTime reachedAt) {
    }

    /** Keyed by budget line id when a line exists, else by request id; exactly one per request id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(UUID requestId, String source, String outcome, UUID commitmentId, UUID budgetLineId, Money amount,
                           String reason, OffsetDateTime decidedAt) {
    }
}
