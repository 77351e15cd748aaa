package io.bureau.procurement.purchase;

import java.util.Map;
import java.util.Set;
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
import io.bureau.procurement.money.Currency;
import io.bureau.procurement.purchase.PurchaseDtos.PurchaseOrderView;
import io.bureau.procurement.purchase.PurchaseDtos.PurchaseRequestView;
import io.quarkus.panache.common.Parameters;

/** Reads of requests and orders: everyone sees their own requests, managers their departments', top managers all. */
@ApplicationScoped
public class PurchaseQueries {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "status", "status", "total", "total");

    @Inject
    ProcurementAccess access;

    @Inject
    PurchaseRequestService requests;

    @Inject
    Currency currency;

    @Transactional
    public Page<PurchaseRequestView> requests(UUID departmentId, RequestStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!access.readsEverything()) {
            Set<UUID> managed = access.managedDepartments();
            where.append(managed.isEmpty() ? " and requesterId = :me" : " and (requesterId = :me or departmentId in :managed)");
            parameters.and("me", access.callerId() == null ? new UUID(0, 0) : access.callerId());
            if (!managed.isEmpty()) {
                parameters.and("managed", managed);
            }
        }
        if (departmentId != null) {
            where.append(" and departmentId = :department");
            parameters.and("department", departmentId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        String order = page.orderBy(SORTABLE, "createdAt desc, id");
        return Pages.of(PurchaseRequest.<PurchaseRequest>find(where + " order by " + order, parameters), page,
                r -> PurchaseRequestView.of(r, currency));
    }

    @Transactional
    public PurchaseRequestView request(UUID id) {
        PurchaseRequest request = Lookups.require(PurchaseRequest.class, id);
        requests.requireVisible(request);
        return PurchaseRequestView.of(request, currency);
    }

    @Transactional
    public PurchaseOrderView order(UUID id) {
        PurchaseOrder order = Lookups.require(PurchaseOrder.class, id);
        PurchaseRequest request = Lookups.require(PurchaseRequest.class, order.requestId);
        if (!access.readsDepartment(request.departmentId) && !access.isCaller(request.requesterId)) {
            throw Problems.forbidden("You may not see purchase order " + id);
        }
        return PurchaseOrderView.of(order, currency);
    }

    @Transactional
    public Page<PurchaseOrderView> orders(UUID departmentId, PageRequest page) {
        if (departmentId == null && !access.readsEverything()) {
            throw Problems.invalidField("department", "is required unless you read every department");
        }
        if (departmentId == null) {
            return Pages.of(PurchaseOrder.<PurchaseOrder>find("order by placedAt desc, id"), page, o -> PurchaseOrderView.of(o, currency));
        }
        access.requireReadDepartment(departmentId);
        return Pages.of(PurchaseOrder.<PurchaseOrder>find("requestId in (select r.id from PurchaseRequest r where r.departmentId = ?1) "
                + "order by placedAt desc, id", departmentId), page, o -> PurchaseOrderView.of(o, currency));
    }
}
