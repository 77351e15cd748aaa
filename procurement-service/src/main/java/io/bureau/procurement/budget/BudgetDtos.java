package io.bureau.procurement.budget;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.procurement.money.Currency;
import io.bureau.procurement.money.Money;

/** What the budgets API reads and writes. */
public final class BudgetDtos {

    private BudgetDtos() {
    }

    @Schema(name = "FiscalPeriodRequest")
    public record FiscalPeriodRequest(@NotBlank @Size(max = 40) @Schema(examples = "2026") String name,
                                      @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
    }

    @Schema(name = "FiscalPeriodView", requiredProperties = { "id", "name", "startsOn", "endsOn", "version" })
    public record FiscalPeriodView(UUID id, String name, LocalDate startsOn, LocalDate endsOn, long version) {

        static FiscalPeriodView of(FiscalPeriod p) {
            return new FiscalPeriodView(p.id, p.name, p.startsOn, p.endsOn, p.version);
        }
    }

    @Schema(name = "BudgetLineRequest", description = "A department's budget for one category in one fiscal period")
    public record BudgetLineRequest(@NotNull UUID periodId, @NotNull UUID departmentId, @NotNull BudgetCategory category,
                                    @NotNull @Valid Money amount, @NotNull BudgetPolicy policy) {
    }

    @Schema(name = "BudgetLineView", description = "A budget line and its report: available = amount - committed - actual",
            requiredProperties = { "id", "periodId", "departmentId", "category", "policy", "amount", "committed", "actual",
                    "available", "usedPercent", "closed", "version" })
    public record BudgetLineView(UUID id, UUID periodId, UUID departmentId, BudgetCategory category, BudgetPolicy policy,
                                 Money amount, Money committed, Money actual, Money available,
                                 @Schema(description = "(committed + actual) / amount, in percent, rounded down") int usedPercent,
                                 @Schema(description = "A closed line takes no new commitments") boolean closed,
                                 OffsetDateTime closedAt, long version) {

        public static BudgetLineView of(BudgetLine l, Currency currency) {
            int used = l.amount.signum() == 0 ? 0 : l.committed.add(l.actual).movePointRight(2)
                    .divide(l.amount, 0, java.math.RoundingMode.DOWN).intValue();
            return new BudgetLineView(l.id, l.periodId, l.departmentId, l.category, l.policy, Money.of(l.amount, l.currency),
                    Money.of(l.committed, l.currency), Money.of(l.actual, l.currency), Money.of(l.available(), l.currency), used,
                    l.isClosed(), l.closedAt, l.version);
        }
    }

    @Schema(name = "BudgetLineChangeRequest", description = "A line's new amount and policy; never below committed + actual")
    public record BudgetLineChangeRequest(@NotNull @Valid Money amount, @NotNull BudgetPolicy policy) {
    }

    @Schema(name = "BudgetCommitmentRequest", description = "Money set aside on a line by hand (for example a repair quoted)")
    public record CommitmentRequest(@NotNull UUID budgetLineId, @NotNull @Valid Money amount,
                                    @NotBlank @Size(max = 200) @Schema(examples = "Quote 2026-114 for the copier") String reference) {
    }

    @Schema(name = "BudgetCommitmentView", requiredProperties = { "id", "budgetLineId", "source", "sourceId", "amount", "open",
            "spent", "status", "createdAt", "createdBy" })
    public record BudgetCommitmentView(UUID id, UUID budgetLineId, String source, String sourceId, Money amount,
                                 @Schema(description = "Still committed, not yet spent") Money open, Money spent,
                                 CommitmentStatus status, OffsetDateTime createdAt, String createdBy) {

        public static BudgetCommitmentView of(Commitment c, Currency currency) {
            return new BudgetCommitmentView(c.id, c.lineId, c.source, c.sourceId, currency.of(c.amount), currency.of(c.openAmount),
                    currency.of(c.spent), c.status, c.createdAt, c.createdBy);
        }
    }
}
