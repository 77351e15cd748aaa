package io.bureau.procurement.budget;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.problem.Problems;
import io.bureau.procurement.access.ProcurementAccess;
import io.bureau.procurement.budget.BudgetDtos.BudgetLineView;
import io.bureau.procurement.budget.BudgetDtos.BudgetCommitmentView;
import io.bureau.procurement.budget.BudgetDtos.FiscalPeriodView;
import io.bureau.procurement.money.Currency;
import io.quarkus.panache.common.Parameters;

/** Budget reports: top managers and admins read every line, office managers the lines of their departments. */
@ApplicationScoped
public class BudgetQueries {

    private static final Map<String, String> SORTABLE = Map.of("category", "category", "amount", "amount");

    @Inject
    ProcurementAccess access;

    @Inject
    Currency currency;

    @Transactional
    public Page<FiscalPeriodView> periods(PageRequest page) {
        return Pages.of(FiscalPeriod.<FiscalPeriod>find("order by startsOn desc, id"), page, FiscalPeriodView::of);
    }

    @Transactional
    public Page<BudgetLineView> lines(UUID departmentId, UUID periodId, PageRequest page) {
        if (departmentId == null && !access.readsEverything()) {
            throw Problems.invalidField("department", "is required unless you read every department's budget");
        }
        if (departmentId != null) {
            access.requireReadDepartment(departmentId);
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (departmentId != null) {
            where.append(" and departmentId = :department");
            parameters.and("department", departmentId);
        }
        if (periodId != null) {
            where.append(" and periodId = :period");
            parameters.and("period", periodId);
        }
        String order = page.orderBy(SORTABLE, "category, id");
        return Pages.of(BudgetLine.<BudgetLine>find(where + " order by " + order, parameters), page, l -> BudgetLineView.of(l, currency));
    }

    @Transactional
    public BudgetLineView line(UUID id) {
        BudgetLine line = Lookups.require(BudgetLine.class, id);
        access.requireReadDepartment(line.departmentId);
        return BudgetLineView.of(line, currency);
    }

    @Transactional
    public Page<BudgetCommitmentView> commitments(UUID lineId, PageRequest page) {
        BudgetLine line = Lookups.require(BudgetLine.class, lineId);
        access.requireReadDepartment(line.departmentId);
        return Pages.of(Commitment.<Commitment>find("lineId = ?1 order by createdAt, id", lineId), page, c -> BudgetCommitmentView.of(c, currency));
    }
}
