package io.bureau.procurement.stock;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.procurement.budget.BudgetCategory;
import io.bureau.procurement.money.Currency;
import io.bureau.procurement.money.Money;

/** What the supplies API reads and writes. */
public final class StockDtos {

    private StockDtos() {
    }

    @Schema(name = "SupplyItemRequest")
    public record SupplyItemRequest(@NotBlank @Size(max = 40) @Schema(examples = "PAP-A4-500") String sku,
                                    @NotBlank @Size(max = 200) @Schema(examples = "A4 paper, 500 sheets") String name,
                                    @NotBlank @Size(max = 20) @Schema(examples = "ream") String unit,
                                    @NotNull BudgetCategory category,
                                    @NotNull @Min(0) @Max(1_000_000) Integer reorderPoint,
                                    @NotNull @Min(0) @Max(1_000_000) Integer reorderQuantity,
                                    UUID preferredVendorId,
                                    @Valid Money lastUnitCost) {
    }

    @Schema(name = "SupplyItemView", requiredProperties = { "id", "sku", "name", "unit", "category", "reorderPoint",
            "reorderQuantity", "inStock", "version" })
    public record SupplyItemView(UUID id, String sku, String name, String unit, BudgetCategory category, int reorderPoint,
                                 int reorderQuantity, UUID preferredVendorId, Money lastUnitCost,
                                 @Schema(description = "The quantity over every location") long inStock, long version) {

        static SupplyItemView of(SupplyItem i, long inStock, Currency currency) {
            return new SupplyItemView(i.id, i.sku, i.name, i.unit, i.category, i.reorderPoint, i.reorderQuantity,
                    i.preferredVendorId, i.lastUnitCost == null ? null : currency.of(i.lastUnitCost), inStock, i.version);
        }
    }

    @Schema(name = "StockLocationRequest")
    public record StockLocationRequest(@NotBlank @Size(max = 100) @Schema(examples = "Store room B2") String name) {
    }

    @Schema(name = "StockLocationView", requiredProperties = { "id", "name", "version" })
    public record StockLocationView(UUID id, String name, long version) {

        static StockLocationView of(StockLocation l) {
            return new StockLocationView(l.id, l.name, l.version);
        }
    }

    @Schema(name = "StockLevelView", requiredProperties = { "itemId", "locationId", "quantity" })
    public record StockLevelView(UUID itemId, UUID locationId, int quantity) {

        static StockLevelView of(StockLevel l) {
            return new StockLevelView(l.key.itemId(), l.key.locationId(), l.quantity);
        }
    }

    /** The kinds a caller may record; transfers are written as a TRANSFER_OUT and a TRANSFER_IN. */
    @Schema(name = "StockMovementRequestKind")
    public enum MovementRequestKind {
        RECEIPT, ISSUE, ADJUSTMENT, TRANSFER
    }

    @Schema(name = "StockMovementRequest", description = """
            RECEIPT and ISSUE and TRANSFER take a positive quantity; ADJUSTMENT a signed one and a reason; ISSUE names the \
            department that consumes it; TRANSFER names toLocationId.""")
    public record StockMovementRequest(@NotNull MovementRequestKind kind, @NotNull UUID itemId, @NotNull UUID locationId,
                                       @NotNull @Min(-1_000_000) @Max(1_000_000) Integer quantity,
                                       UUID departmentId, UUID toLocationId,
                                       @Size(max = 500) String reason,
                                       @Valid @Schema(description = "RECEIPT: the unit cost paid; becomes the item's last unit cost")
                                       Money unitCost) {
    }

    @Schema(name = "StockCountRequest", description = "A counted quantity; the difference to the books becomes an adjustment")
    public record StockCountRequest(@NotNull UUID itemId, @NotNull UUID locationId,
                                    @NotNull @Min(0) @Max(1_000_000) Integer countedQuantity) {
    }

    @Schema(name = "StockMovementView", requiredProperties = { "id", "itemId", "locationId", "kind", "quantity", "actor",
            "occurredAt" })
    public record StockMovementView(UUID id, UUID itemId, UUID locationId, MovementKind kind,
                                    @Schema(description = "Signed: positive in, negative out") int quantity,
                                    UUID departmentId, String reason, String reference, String actor, OffsetDateTime occurredAt) {

        static StockMovementView of(StockMovement m) {
            return new StockMovementView(m.id, m.itemId, m.locationId, m.kind, m.quantity, m.departmentId, m.reason, m.reference,
                    m.actor, m.occurredAt);
        }
    }

    @Schema(name = "StockMovementResult", requiredProperties = { "movements", "levels" })
    public record StockMovementResult(List<StockMovementView> movements, List<StockLevelView> levels) {
    }
}
