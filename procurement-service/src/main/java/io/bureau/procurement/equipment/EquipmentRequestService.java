package io.bureau.procurement.equipment;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.problem.Problems;
import io.bureau.procurement.access.ProcurementAccess;
import io.bureau.procurement.budget.BudgetCategory;
import io.bureau.procurement.budget.BudgetService;
import io.bureau.procurement.equipment.EquipmentRequestDtos.EquipmentRequestCreate;
import io.bureau.procurement.equipment.EquipmentRequestDtos.AssetEquipmentRequestView;
import io.bureau.procurement.money.Currency;
import io.bureau.procurement.purchase.PurchaseRequest;
import io.bureau.procurement.purchase.RequestLine;

/**
 * Equipment requests: an employee asks for their own use; a manager of their department or their
 * line manager (never the requester) approves, and the request is fulfilled by assigning an asset
 * of the category in stock, or, when there is none, becomes a purchase request (EQUIPMENT) that is
 * approved like any other.
 */
@ApplicationScoped
public class EquipmentRequestService {

    static final String AUDIT_TYPE = "equipment-request";

    @Inject
    ProcurementAccess access;

    @Inject
    AssetService assets;

    @Inject
    AuditTrail audit;

    @Inject
    Currency currency;

    @Inject
    EntityManager entityManager;

    @Transactional
    public AssetEquipmentRequestView create(EquipmentRequestCreate create) {
        UUID me = access.callerId();
        UUID department = me == null ? null : access.departmentOf(me);
        if (department == null) {
            throw Problems.forbidden("Only a person procurement knows from staff's events asks for equipment");
        }
        EquipmentRequest request = new EquipmentRequest();
        request.id = UUID.randomUUID();
        request.requesterId = me;
        request.departmentId = department;
        request.category = create.category().strip();
        request.reason = create.reason();
        request.estimatedPrice = currency.accept(create.estimatedPrice(), "estimatedPrice");
        request.createdAt = BudgetService.now();
        request.persist();
        EquipmentRequest.flush();
        audit.record("equipment-request.created", AUDIT_TYPE, request.id, null, AssetEquipmentRequestView.of(request, currency));
        return AssetEquipmentRequestView.of(request, currency);
    }

    @Transactional
    public AssetEquipmentRequestView approve(UUID id, String ifMatch) {
        EquipmentRequest request = Lookups.requireForUpdate(EquipmentRequest.class, id);
        requireMayDecide(request);
        ETags.checkIfMatch(ifMatch, request.version);
        AssetEquipmentRequestView before = AssetEquipmentRequestView.of(request, currency);
        @SuppressWarnings("unchecked")
        List<UUID> inStock = entityManager.createNativeQuery("""
                        select id from asset where category = ?1 and status = 'IN_STOCK'
                          and (department_id is null or department_id = ?2)
                        order by tag limit 1 for update skip locked""", UUID.class)
                .setParameter(1, request.category).setParameter(2, request.departmentId).getResultList();
        if (!inStock.isEmpty()) {
            assets.assign(Lookups.require(Asset.class, inStock.get(0)), request.requesterId);
            request.fulfilled(inStock.get(0), access.subject());
        } else {
            PurchaseRequest purchase = PurchaseRequest.open(request.requesterId, request.departmentId, BudgetCategory.EQUIPMENT,
                    currency.code(), null, false, List.of(new RequestLine(1, null, request.category + " for " + request.requesterId,
                            1, request.estimatedPrice)), BudgetService.now());
            purchase.persist();
            request.purchaseRequested(purchase.id, access.subject());
        }
        EquipmentRequest.flush();
        audit.record("equipment-request.approved", AUDIT_TYPE, request.id, before, AssetEquipmentRequestView.of(request, currency));
        return AssetEquipmentRequestView.of(request, currency);
    }

    @Transactional
    public AssetEquipmentRequestView reject(UUID id, String ifMatch) {
        EquipmentRequest request = Lookups.requireForUpdate(EquipmentRequest.class, id);
        requireMayDecide(request);
        ETags.checkIfMatch(ifMatch, request.version);
        AssetEquipmentRequestView before = AssetEquipmentRequestView.of(request, currency);
        request.reject(access.subject());
        EquipmentRequest.flush();
        audit.record("equipment-request.rejected", AUDIT_TYPE, request.id, before, AssetEquipmentRequestView.of(request, currency));
        return AssetEquipmentRequestView.of(request, currency);
    }

    @Transactional
    public AssetEquipmentRequestView get(UUID id) {
        EquipmentRequest request = Lookups.require(EquipmentRequest.class, id);
        if (!access.isCaller(request.requesterId) && !access.readsDepartment(request.departmentId)
                && !access.isLineManagerOf(request.requesterId)) {
            throw Problems.forbidden("You may not see equipment request " + id);
        }
        return AssetEquipmentRequestView.of(request, currency);
    }

    @Transactional
    public Page<AssetEquipmentRequestView> mine(PageRequest page) {
        UUID me = access.callerId() == null ? new UUID(0, 0) : access.callerId();
        return Pages.of(EquipmentRequest.<EquipmentRequest>find("requesterId = ?1 order by createdAt desc, id", me), page,
                r -> AssetEquipmentRequestView.of(r, currency));
    }

    private void requireMayDecide(EquipmentRequest request) {
        if (access.isCaller(request.requesterId)) {
            throw Problems.forbidden("Nobody approves or rejects their own request");
        }
        if (!access.isAdmin() && !access.isTopManager() && !access.managesDepartment(request.departmentId)
                && !access.isLineManagerOf(request.requesterId)) {
            throw Problems.forbidden("You neither manage department " + request.departmentId + " nor the requester");
        }
    }
}
