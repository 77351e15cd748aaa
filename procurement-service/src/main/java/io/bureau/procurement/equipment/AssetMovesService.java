package io.bureau.procurement.equipment;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.problem.Problems;
import io.bureau.procurement.Referenced;
import io.bureau.procurement.access.ProcurementAccess;
import io.bureau.procurement.budget.BudgetService;
import io.bureau.procurement.equipment.AssetDtos.AssetChangeRequest;
import io.bureau.procurement.equipment.AssetDtos.AssetStatusChangeView;
import io.bureau.procurement.equipment.AssetDtos.AssetView;
import io.bureau.procurement.equipment.AssetDtos.BackFromRepairRequest;
import io.bureau.procurement.equipment.AssetDtos.RepairRequest;
import io.bureau.procurement.money.Currency;
import io.bureau.procurement.people.OrgDepartment;
import io.bureau.procurement.stock.StockLocation;

/**
 * An asset's moves besides assigning and returning: into repair, back from it (to its holder or
 * into stock), and retirement (which takes a held asset back from its holder first); and changes
 * of its description and owning department. Office
 * managers of the asset's department (its owner, else its holder's department) and admins.
 */
@ApplicationScoped
public class AssetMovesService {

    @Inject
    ProcurementAccess access;

    @Inject
    AssetService assets;

    @Inject
    AuditTrail audit;

    @Inject
    Currency currency;

    @Transactional
    public AssetView sendToRepair(UUID id, RepairRequest request, String ifMatch) {
        Asset asset = lockForMove(id, ifMatch);
        if (request.ticketId() != null) {
            MaintenanceTicket ticket = Referenced.require(MaintenanceTicket.class, request.ticketId(), "ticketId");
            if (!ticket.assetId.equals(asset.id)) {
                throw Problems.invalidField("ticketId", "ticket " + ticket.id + " is about another asset");
            }
        }
        AssetView before = AssetView.of(asset, currency);
        asset.sendToRepair();
        OffsetDateTime now = BudgetService.now();
        AssetStatusChange.of(asset, before.status(), asset.assigneeId, request.ticketId(), strip(request.reason()), now, access.subject())
                .persist();
        return changed("asset.sent-to-repair", asset, before);
    }

    @Transactional
    public AssetView backFromRepair(UUID id, BackFromRepairRequest request, String ifMatch) {
        Asset asset = lockForMove(id, ifMatch);
        if (request.locationId() != null) {
            Referenced.require(StockLocation.class, request.locationId(), "locationId");
        }
        AssetView before = AssetView.of(asset, currency);
        UUID holder = asset.backFromRepair(request.to(), request.locationId());
        OffsetDateTime now = BudgetService.now();
        AssetStatusChange.of(asset, before.status(), holder != null ? holder : asset.assigneeId, null, null, now, access.subject())
                .persist();
        if (holder != null) {
            assets.endAssignment(asset, holder, now);
        }
        return changed("asset.back-from-repair", asset, before);
    }

    @Transactional
    public AssetView retire(UUID id, String reason, String ifMatch) {
        Asset asset = lockForMove(id, ifMatch);
        AssetView before = AssetView.of(asset, currency);
        OffsetDateTime now = BudgetService.now();
        UUID holder = asset.retire(reason.strip(), now);
        AssetStatusChange.of(asset, before.status(), holder, null, asset.retiredReason, now, access.subject()).persist();
        if (holder != null) {
            assets.endAssignment(asset, holder, now);
        }
        return changed("asset.retired", asset, before);
    }

    /** Replaces the description; moving it to another department needs managing that one too. */
    @Transactional
    public AssetView change(UUID id, AssetChangeRequest request, String ifMatch) {
        Asset asset = lockForMove(id, ifMatch);
        if (request.departmentId() != null && !request.departmentId().equals(asset.departmentId)) {
            Referenced.require(OrgDepartment.class, request.departmentId(), "departmentId");
            if (!access.managesDepartment(request.departmentId())) {
                throw Problems.forbidden("You do not manage department " + request.departmentId() + ": you cannot give it asset " + asset.tag);
            }
        }
        if (request.locationId() != null) {
            Referenced.require(StockLocation.class, request.locationId(), "locationId");
        }
        AssetView before = AssetView.of(asset, currency);
        asset.model = request.model().strip();
        asset.serial = request.serial();
        asset.purchaseDate = request.purchaseDate();
        asset.purchaseCost = request.purchaseCost() == null ? null : currency.accept(request.purchaseCost(), "purchaseCost");
        asset.warrantyEnd = request.warrantyEnd();
        asset.locationId = request.locationId();
        asset.departmentId = request.departmentId();
        return changed("asset.changed", asset, before);
    }

    @Transactional
    public Page<AssetStatusChangeView> statusChanges(UUID id, PageRequest page) {
        Asset asset = Lookups.require(Asset.class, id);
        assets.get(asset.id);
        return Pages.of(AssetStatusChange.<AssetStatusChange>find("assetId = ?1 order by changedAt desc, id", id), page,
                AssetStatusChangeView::of);
    }

    private Asset lockForMove(UUID id, String ifMatch) {
        Asset asset = Lookups.requireForUpdate(Asset.class, id);
        UUID department = asset.departmentId != null ? asset.departmentId : access.departmentOf(asset.assigneeId);
        if (!access.isAdmin() && (department == null || !access.managesDepartment(department))) {
            throw Problems.forbidden(department == null
                    ? "Asset " + asset.tag + " belongs to no department: only admins move it"
                    : "You do not manage department " + department + ", which asset " + asset.tag + " belongs to");
        }
        ETags.checkIfMatch(ifMatch, asset.version);
        return asset;
    }

    private AssetView changed(String action, Asset asset, AssetView before) {
        Asset.flush();
        AssetView after = AssetView.of(asset, currency);
        audit.record(action, AssetService.AUDIT_TYPE, asset.id, before, after);
        return after;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
