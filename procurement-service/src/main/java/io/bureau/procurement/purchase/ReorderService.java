package io.bureau.procurement.purchase;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.outbox.Outbox;
import io.bureau.procurement.budget.BudgetService;
import io.bureau.procurement.money.Currency;
import io.bureau.procurement.stock.StockEvents;
import io.bureau.procurement.stock.SupplyItem;

/**
 * Reordering: an item at or below its reorder point gets a draft purchase request for its reorder
 * quantity, on the draft reorder of its preferred vendor when one is open (lines bundled per vendor),
 * and stock.low is published. While a reorder for the item is open, a repeated trigger does nothing.
 * The caller holds the item's row lock.
 */
@ApplicationScoped
public class ReorderService {

    /** The department whose budget pays for restocking the stores. */
    @ConfigProperty(name = "bureau.procurement.reorder.department-id", defaultValue = "00000000-0000-0000-0000-000000000000")
    UUID storesDepartment;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Currency currency;

    @Transactional(Transactional.TxType.MANDATORY)
    public void low(SupplyItem item, long inStock) {
        if (item.reorderQuantity <= 0
                || PurchaseRequest.count("#PurchaseRequest.openReorderOf", item.id, RequestStatus.OPEN) > 0) {
            return;
        }
        // One draft per vendor: drafts of one vendor are bundled one transaction at a time.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "reorder:" + item.preferredVendorId).getSingleResult();
        BigDecimal price = item.lastUnitCost == null ? BigDecimal.ZERO : item.lastUnitCost;
        List<PurchaseRequest> drafts = item.preferredVendorId == null
                ? PurchaseRequest.find("#PurchaseRequest.draftReorderWithoutVendor").list()
                : PurchaseRequest.find("#PurchaseRequest.draftReorderFor", item.preferredVendorId).list();
        PurchaseRequest request;
        if (drafts.isEmpty()) {
            request = PurchaseRequest.open(null, storesDepartment, item.category, currency.code(), item.preferredVendorId, true,
                    List.of(new RequestLine(1, item.id, item.name, item.reorderQuantity, price)), BudgetService.now());
            request.persist();
        } else {
            request = drafts.get(0);
            request.addLine(item.id, item.name, item.reorderQuantity, price);
        }
        PurchaseRequest.flush();
        outbox.publish(StockEvents.LOW, item.id, new StockEvents.StockLow(item.id, item.sku, item.name, inStock, item.reorderPoint,
                item.reorderQuantity, item.preferredVendorId, request.id, BudgetService.now()));
        audit.record("purchase-request.reorder-drafted", PurchaseRequestService.AUDIT_TYPE, request.id, null,
                "item " + item.sku + " x " + item.reorderQuantity);
    }
}
