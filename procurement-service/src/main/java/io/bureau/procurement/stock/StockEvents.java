package io.bureau.procurement.stock;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Events on topic {@code bureau.procurement.stock}, keyed by item id. */
public final class StockEvents {

    public static final String LOW = "bureau.procurement.stock.low.v1";

    private StockEvents() {
    }

    public record StockLow(UUID itemId, String sku, String name, long inStock, int reorderPoint, int reorderQuantity,
                           UUID preferredVendorId, UUID reorderRequestId, OffsetDateTime detectedAt) {
    }
}
