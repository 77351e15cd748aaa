package io.bureau.procurement.purchase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order's life: placed, goods arriving (partially), all received, or cancelled. */
@Schema(name = "PurchaseOrderStatus")
public enum OrderStatus {
    PLACED, PARTIALLY_RECEIVED, RECEIVED, CANCELLED
}
