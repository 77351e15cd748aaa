package io.bureau.procurement.stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.problem.Problems;
import io.bureau.procurement.Referenced;
import io.bureau.procurement.access.ProcurementAccess;
import io.bureau.procurement.budget.BudgetService;
import io.bureau.procurement.money.Currency;
import io.bureau.procurement.purchase.ReorderService;
import io.bureau.procurement.purchase.Vendor;
import io.bureau.procurement.stock.StockDtos.StockCountRequest;
import io.bureau.procurement.stock.StockDtos.StockLevelView;
import io.bureau.procurement.stock.StockDtos.StockLocationRequest;
import io.bureau.procurement.stock.StockDtos.StockLocationView;
import io.bureau.procurement.stock.StockDtos.StockMovementRequest;
import io.bureau.procurement.stock.StockDtos.StockMovementResult;
import io.bureau.procurement.stock.StockDtos.StockMovementView;
import io.bureau.procurement.stock.StockDtos.SupplyItemRequest;
import io.bureau.procurement.stock.StockDtos.SupplyItemView;

/**
 * The catalogue and every change of stock. A movement locks the item (so the reorder check sees
 * one item's movements one at a time) and its stock row; stock never goes below zero (409 naming
 * the shortfall). Falling to the reorder point hands the item to reordering.
 */
@ApplicationScoped
public class StockService {

    static final String AUDIT_ITEM = "supply-item";
    static final String AUDIT_STOCK = "stock";

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    Currency currency;

    @Inject
    ProcurementAccess access;

    @Inject
    ReorderService reorders;

    @Transactional
    public SupplyItemView createItem(SupplyItemRequest request) {
        if (request.preferredVendorId() != null && Vendor.findById(request.preferredVendorId()) == null) {
            throw Problems.invalidField("preferredVendorId", "vendor " + request.preferredVendorId() + " does not exist");
        }
        SupplyItem item = new SupplyItem();
        item.id = UUID.randomUUID();
        item.sku = request.sku().strip();
        item.name = request.name().strip();
        item.unit = request.unit().strip();
        item.category = request.category();
        item.reorderPoint = request.reorderPoint();
        item.reorderQuantity = request.reorderQuantity();
        item.preferredVendorId = request.preferredVendorId();
        item.lastUnitCost = request.lastUnitCost() == null ? null : currency.accept(request.lastUnitCost(), "lastUnitCost");
        item.persist();
        SupplyItem.flush();
        SupplyItemView view = SupplyItemView.of(item, 0, currency);
        audit.record("supply-item.created", AUDIT_ITEM, item.id, null, view);
        return view;
    }

    @Transactional
    public StockLocationView createLocation(StockLocationRequest request) {
        StockLocation location = new StockLocation();
        location.id = UUID.randomUUID();
        location.name = request.name().strip();
        location.persist();
        StockLocation.flush();
        audit.record("stock-location.created", "stock-location", location.id, null, StockLocationView.of(location));
        return StockLocationView.of(location);
    }

    @Transactional
    public StockMovementResult record(StockMovementRequest request) {
        SupplyItem item = Referenced.requireForUpdate(SupplyItem.class, request.itemId(), "itemId");
        requireLocation(request.locationId(), "locationId");
        int quantity = request.quantity();
        String actor = access.subject();
        List<StockMovement> movements = new ArrayList<>();
        switch (request.kind()) {
            case RECEIPT -> {
                requirePositive(quantity);
                if (request.unitCost() != null) {
                    BigDecimal cost = currency.accept(request.unitCost(), "unitCost");
                    item.pricedAt(cost);
                }
                movements.add(move(item, request.locationId(), MovementKind.RECEIPT, quantity, null, request.reason(), null, actor));
            }
            case ISSUE -> {
                requirePositive(quantity);
                if (request.departmentId() == null) {
                    throw Problems.invalidField("departmentId", "an issue names the department that consumes it");
                }
                movements.add(move(item, request.locationId(), MovementKind.ISSUE, -quantity, request.departmentId(),
                        request.reason(), null, actor));
            }
            case ADJUSTMENT -> {
                if (quantity == 0) {
                    throw Problems.invalidField("quantity", "an adjustment changes the quantity");
                }
                if (request.reason() == null || request.reason().isBlank()) {
                    throw Problems.invalidField("reason", "an adjustment gives its reason");
                }
                movements.add(move(item, request.locationId(), MovementKind.ADJUSTMENT, quantity, null, request.reason(), null, actor));
            }
            case TRANSFER -> {
                requirePositive(quantity);
                if (request.toLocationId() == null || request.toLocationId().equals(request.locationId())) {
                    throw Problems.invalidField("toLocationId", "a transfer names another location to move to");
                }
                requireLocation(request.toLocationId(), "toLocationId");
                String reference = "transfer:" + UUID.randomUUID();
                movements.add(move(item, request.locationId(), MovementKind.TRANSFER_OUT, -quantity, null, request.reason(), reference, actor));
                movements.add(move(item, request.toLocationId(), MovementKind.TRANSFER_IN, quantity, null, request.reason(), reference, actor));
            }
            default -> throw new IllegalStateException("unknown kind " + request.kind());
        }
        return result(movements);
    }

    @Transactional
    public StockMovementResult count(StockCountRequest request) {
        SupplyItem item = Referenced.requireForUpdate(SupplyItem.class, request.itemId(), "itemId");
        requireLocation(request.locationId(), "locationId");
        StockLevel level = lockLevel(item.id, request.locationId());
        int difference = request.countedQuantity() - level.quantity;
        if (difference == 0) {
            return new StockMovementResult(List.of(), List.of(StockLevelView.of(level)));
        }
        return result(List.of(move(item, request.locationId(), MovementKind.ADJUSTMENT, difference, null,
                "stock count: counted " + request.countedQuantity() + ", books said " + level.quantity, null, access.subject())));
    }

    /**
     * Changes the stock of a locked item at a location and writes the movement; runs in the
     * caller's transaction (receipts of orders, provisioning issues).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StockMovement move(SupplyItem item, UUID locationId, MovementKind kind, int delta, UUID departmentId, String reason,
                              String reference, String actor) {
        StockLevel level = lockLevel(item.id, locationId);
        level.change(delta, item.sku);
        StockMovement movement = StockMovement.of(item.id, locationId, kind, delta, departmentId, reason, reference, actor,
                BudgetService.now());
        movement.persist();
        audit.record("stock." + kind.name().toLowerCase().replace('_', '-'), AUDIT_STOCK, movement.id, null, StockMovementView.of(movement));
        if (delta < 0) {
            StockLevel.flush();
            long inStock = inStock(item.id);
            if (inStock <= item.reorderPoint) {
                reorders.low(item, inStock);
            }
        }
        return movement;
    }

    /** The stock row of an item at a location, created empty when missing, locked until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StockLevel lockLevel(UUID itemId, UUID locationId) {
        entityManager.createNativeQuery("insert into stock_level (item_id, location_id, quantity) values (?1, ?2, 0) on conflict do nothing")
                .setParameter(1, itemId).setParameter(2, locationId).executeUpdate();
        return entityManager.find(StockLevel.class, new StockLevel.Key(itemId, locationId), LockModeType.PESSIMISTIC_WRITE);
    }

    public long inStock(UUID itemId) {
        Number total = (Number) entityManager.createNativeQuery("select coalesce(sum(quantity), 0) from stock_level where item_id = ?1")
                .setParameter(1, itemId).getSingleResult();
        return total.longValue();
    }

    private StockMovementResult result(List<StockMovement> movements) {
        StockLevel.flush();
        List<StockLevelView> levels = movements.stream()
                .map(m -> StockLevel.<StockLevel>findById(new StockLevel.Key(m.itemId, m.locationId)))
                .map(StockLevelView::of).toList();
        return new StockMovementResult(movements.stream().map(StockMovementView::of).toList(), levels);
    }

    private static void requireLocation(UUID id, String field) {
        if (StockLocation.findById(id) == null) {
            throw Problems.invalidField(field, "location " + id + " does not exist");
        }
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw Problems.invalidField("quantity", "must be more than zero");
        }
    }
}
