package io.bureau.procurement.equipment;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.problem.Problems;
import io.bureau.procurement.Referenced;
import io.bureau.procurement.access.ProcurementAccess;
import io.bureau.procurement.budget.BudgetService;
import io.bureau.procurement.equipment.AssetDtos.AssetRequest;
import io.bureau.procurement.equipment.AssetDtos.AssetView;
import io.bureau.procurement.equipment.AssetDtos.AssetAssignmentView;
import io.bureau.procurement.money.Currency;
import io.bureau.procurement.people.OrgDepartment;
import io.bureau.procurement.provisioning.ReturnChecklist;
import io.bureau.procurement.stock.StockLocation;

/** Assets, their assignment to people and their return (which ticks the person's return checklist). */
@ApplicationScoped
public class AssetService {

    static final String AUDIT_TYPE = "asset";

    @Inject
    ProcurementAccess access;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Currency currency;

    @Transactional
    public AssetView create(AssetRequest request) {
        if (request.locationId() != null && StockLocation.findById(request.locationId()) == null) {
            throw Problems.invalidField("locationId", "location " + request.locationId() + " does not exist");
        }
        Asset asset = new Asset();
        asset.id = UUID.randomUUID();
        asset.tag = request.tag().strip();
        asset.category = request.category().strip();
        asset.model = request.model().strip();
        asset.serial = request.serial();
        asset.purchaseDate = request.purchaseDate();
        asset.purchaseCost = request.purchaseCost() == null ? null : currency.accept(request.purchaseCost(), "purchaseCost");
        asset.warrantyEnd = request.warrantyEnd();
        asset.locationId = request.locationId();
        if (request.departmentId() != null) {
            asset.departmentId = Referenced.require(OrgDepartment.class, request.departmentId(), "departmentId").id;
        }
        asset.persist();
        Asset.flush();
        audit.record("asset.created", AUDIT_TYPE, asset.id, null, AssetView.of(asset, currency));
        return AssetView.of(asset, currency);
    }

    @Transactional
    public AssetView assign(UUID id, UUID employeeId, String ifMatch) {
        Asset asset = Lookups.requireForUpdate(Asset.class, id);
        ETags.checkIfMatch(ifMatch, asset.version);
        return assign(asset, employeeId);
    }

    /** Assigns a locked asset, with its history, event and audit; runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AssetView assign(Asset asset, UUID employeeId) {
        AssetView before = AssetView.of(asset, currency);
        asset.assignTo(employeeId);
        AssetAssignment assignment = new AssetAssignment();
        assignment.id = UUID.randomUUID();
        assignment.assetId = asset.id;
        assignment.employeeId = employeeId;
        assignment.assignedAt = BudgetService.now();
        assignment.assignedBy = access.subject();
        assignment.persist();
        AssetStatusChange.of(asset, before.status(), employeeId, null, null, assignment.assignedAt, assignment.assignedBy).persist();
        Asset.flush();
        outbox.publish(AssetEvents.ASSIGNED, asset.id, new AssetEvents.AssetMoved(asset.id, asset.tag, asset.category, employeeId,
                assignment.assignedAt));
        audit.record("asset.assigned", AUDIT_TYPE, asset.id, before, AssetView.of(asset, currency));
        return AssetView.of(asset, currency);
    }

    @Transactional
    public AssetView giveBack(UUID id, UUID locationId, String ifMatch) {
        Asset asset = Lookups.requireForUpdate(Asset.class, id);
        ETags.checkIfMatch(ifMatch, asset.version);
        if (locationId != null && StockLocation.findById(locationId) == null) {
            throw Problems.invalidField("locationId", "location " + locationId + " does not exist");
        }
        AssetView before = AssetView.of(asset, currency);
        UUID holder = asset.giveBack(locationId);
        var now = BudgetService.now();
        AssetStatusChange.of(asset, before.status(), holder, null, null, now, access.subject()).persist();
        endAssignment(asset, holder, now);
        audit.record("asset.returned", AUDIT_TYPE, asset.id, before, AssetView.of(asset, currency));
        return AssetView.of(asset, currency);
    }

    /** The holder gave the asset back: closes the assignment, ticks their return checklist, publishes asset.returned. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endAssignment(Asset asset, UUID holder, java.time.OffsetDateTime now) {
        AssetAssignment.update("returnedAt = ?1 where assetId = ?2 and returnedAt is null", now, asset.id);
        ReturnChecklist.markReturned(holder, asset.id);
        Asset.flush();
        outbox.publish(AssetEvents.RETURNED, asset.id, new AssetEvents.AssetMoved(asset.id, asset.tag, asset.category, holder, now));
    }

    @Transactional
    public AssetView get(UUID id) {
        Asset asset = Lookups.require(Asset.class, id);
        requireRead(asset);
        return AssetView.of(asset, currency);
    }

    @Transactional
    public Page<AssetView> list(UUID assigneeId, PageRequest page) {
        if (assigneeId == null) {
            if (!access.readsEverything() && !access.isAdmin() && access.managedDepartments().isEmpty()) {
                throw Problems.forbidden("You may list only your own assets (assignee)");
            }
            return Pages.of(Asset.<Asset>find("order by tag, id"), page, a -> AssetView.of(a, currency));
        }
        if (!access.isCaller(assigneeId) && !access.readsEverything() && !access.isLineManagerOf(assigneeId)
                && !access.managesDepartment(access.departmentOf(assigneeId))) {
            throw Problems.forbidden("You may not list the assets of " + assigneeId);
        }
        return Pages.of(Asset.<Asset>find("assigneeId = ?1 order by tag, id", assigneeId), page, a -> AssetView.of(a, currency));
    }

    @Transactional
    public Page<AssetAssignmentView> history(UUID id, PageRequest page) {
        Asset asset = Lookups.require(Asset.class, id);
        requireRead(asset);
        return Pages.of(AssetAssignment.<AssetAssignment>find("assetId = ?1 order by assignedAt desc, id", id), page, AssetAssignmentView::of);
    }

    private void requireRead(Asset asset) {
        if (!access.readsEverything() && access.managedDepartments().isEmpty() && !access.isCaller(asset.assigneeId)) {
            throw Problems.forbidden("You may not see asset " + asset.id);
        }
    }
}
