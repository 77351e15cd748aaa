package io.bureau.procurement.budget;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.problem.Problems;
import io.bureau.procurement.Referenced;
import io.bureau.procurement.access.ProcurementAccess;
import io.bureau.procurement.budget.BudgetDtos.BudgetLineChangeRequest;
import io.bureau.procurement.budget.BudgetDtos.BudgetLineRequest;
import io.bureau.procurement.budget.BudgetDtos.BudgetLineView;
import io.bureau.procurement.budget.BudgetDtos.CommitmentRequest;
import io.bureau.procurement.budget.BudgetDtos.BudgetCommitmentView;
import io.bureau.procurement.budget.BudgetDtos.FiscalPeriodRequest;
import io.bureau.procurement.budget.BudgetDtos.FiscalPeriodView;
import io.bureau.procurement.money.Currency;

/** Setting budgets up (admins) and committing by hand (the department's managers). */
@ApplicationScoped
public class BudgetAdminService {

    static final String MANUAL = "manual";

    @Inject
    BudgetService budgets;

    @Inject
    AuditTrail audit;

    @Inject
    Currency currency;

    @Inject
    ProcurementAccess access;

    @Transactional
    public FiscalPeriodView openPeriod(FiscalPeriodRequest request) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw Problems.invalidField("endsOn", "must not be before startsOn");
        }
        if (!FiscalPeriod.list("#FiscalPeriod.overlapping", request.startsOn(), request.endsOn()).isEmpty()) {
            throw Problems.conflictOn("startsOn", "the period overlaps another fiscal period");
        }
        FiscalPeriod period = FiscalPeriod.open(request.name().strip(), request.startsOn(), request.endsOn());
        period.persist();
        FiscalPeriod.flush();
        audit.record("fiscal-period.opened", "fiscal-period", period.id, null, FiscalPeriodView.of(period));
        return FiscalPeriodView.of(period);
    }

    @Transactional
    public BudgetLineView openLine(BudgetLineRequest request) {
        BigDecimal amount = currency.accept(request.amount(), "amount");
        Referenced.require(FiscalPeriod.class, request.periodId(), "periodId");
        BudgetLine line = BudgetLine.open(request.periodId(), request.departmentId(), request.category(), amount, currency.code(),
                request.policy());
        line.persist();
        BudgetLine.flush();
        audit.record("budget-line.opened", BudgetService.AUDIT_LINE, line.id, null, BudgetLineView.of(line, currency));
        return BudgetLineView.of(line, currency);
    }

    @Transactional
    public BudgetLineView changeLine(UUID id, BudgetLineChangeRequest request, String ifMatch) {
        BudgetLine line = Lookups.requireForUpdate(BudgetLine.class, id);
        ETags.checkIfMatch(ifMatch, line.version);
        BigDecimal amount = currency.accept(request.amount(), "amount");
        BudgetLineView before = BudgetLineView.of(line, currency);
        line.changeAmount(amount, request.policy());
        budgets.adjusted(line, before, "budget-line.changed");
        return BudgetLineView.of(line, currency);
    }

    @Transactional
    public BudgetLineView closeLine(UUID id, String ifMatch) {
        BudgetLine line = Lookups.requireForUpdate(BudgetLine.class, id);
        ETags.checkIfMatch(ifMatch, line.version);
        BudgetLineView before = BudgetLineView.of(line, currency);
        line.close(BudgetService.now(), access.subject());
        budgets.adjusted(line, before, "budget-line.closed");
        return BudgetLineView.of(line, currency);
    }

    @Transactional
    public BudgetCommitmentView commit(CommitmentRequest request) {
        BigDecimal amount = currency.accept(request.amount(), "amount");
        if (amount.signum() <= 0) {
            throw Problems.invalidField("amount.amount", "must be more than zero");
        }
        BudgetLine line = Referenced.requireForUpdate(BudgetLine.class, request.budgetLineId(), "budgetLineId");
        access.requireManageDepartment(line.departmentId);
        Commitment commitment = budgets.commit(line, amount, MANUAL, UUID.randomUUID() + ":" + request.reference(),
                access.isAdmin(), access.subject());
        return BudgetCommitmentView.of(commitment, currency);
    }

    @Transactional
    public BudgetCommitmentView release(UUID commitmentId) {
        Commitment commitment = Lookups.require(Commitment.class, commitmentId);
        BudgetLine line = Lookups.require(BudgetLine.class, commitment.lineId);
        access.requireManageDepartment(line.departmentId);
        if (!MANUAL.equals(commitment.source)) {
            throw Problems.conflict("commitment " + commitmentId + " belongs to " + commitment.source + "; it is released there");
        }
        budgets.release(commitmentId);
        return BudgetCommitmentView.of(Commitment.findById(commitmentId), currency);
    }
}
