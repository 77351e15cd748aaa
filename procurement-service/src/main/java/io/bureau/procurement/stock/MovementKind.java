package io.bureau.procurement.stock;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why stock changed. */
@Schema(name = "StockMovementKind")
public enum MovementKind {
    RECEIPT, ISSUE, ADJUSTMENT, TRANSFER_OUT, TRANSFER_IN
}
