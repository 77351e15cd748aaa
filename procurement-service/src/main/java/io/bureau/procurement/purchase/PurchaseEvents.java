package io.bureau.procurement.purchase;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.bureau.procurement.budget.BudgetCategory;
import io.bureau.procurement.money.Money;

/** Events on topic {@code bureau.procurement.purchase}: requests keyed by request id, orders by order id. */
public final class PurchaseEvents {

    public static final String REQUEST_APPROVED = "bureau.procurement.purchase.request-approved.v1";
    public static final String REQUEST_REJECTED = "bureau.procurement.purchase.request-rejected.v1";
    public static final String ORDER_PLACED = "bureau.procurement.purchase.order-placed.v1";
    public static final String GOODS_RECEIVED = "bureau.procurement.purchase.goods-received.v1";

    private PurchaseEvents() {
    }

    public record RequestApproved(UUID requestId, UUID departmentId, BudgetCategory category, UUID requesterId, Money total,
                                  UUID commitmentId, String approvedBy, OffsetDateTime approvedAt) {
    }

    public record RequestRejected(UUID requestId, UUID departmentId, UUID requesterId, Money total, String rejectedBy,
                                  OffsetDateTime rejectedAt) {
    }

    public record OrderPlaced(UUID orderId, UUID requestId, UUID vendorId, UUID departmentId, Money total, LocalDate expectedOn,
                              OffsetDateTime placedAt) {
    }

    public record ReceivedLine(int lineNo, UUID itemId, int quantity) {
    }

    public record GoodsReceived(UUID orderId, UUID receiptId, UUID locationId, List<ReceivedLine> lines, Money value,
                                String orderStatus, OffsetDateTime receivedAt) {
    }
}
