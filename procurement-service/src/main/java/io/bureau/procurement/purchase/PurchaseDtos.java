package io.bureau.procurement.purchase;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.procurement.budget.BudgetCategory;
import io.bureau.procurement.money.Currency;
import io.bureau.procurement.money.Money;

/** What the vendors, purchase requests and orders API reads and writes. */
public final class PurchaseDtos {

    private PurchaseDtos() {
    }

    @Schema(name = "VendorRequest")
    public record VendorRequest(@NotBlank @Size(max = 200) @Schema(examples = "Office Supply GmbH") String name,
                                @Size(max = 500) @Schema(examples = "orders@officesupply.example") String contact,
                                @Size(max = 500) @Schema(examples = "Net 30") String terms) {
    }

    @Schema(name = "VendorView", requiredProperties = { "id", "name", "version" })
    public record VendorView(UUID id, String name, String contact, String terms, long version) {

        static VendorView of(Vendor v) {
            return new VendorView(v.id, v.name, v.contact, v.terms, v.version);
        }
    }

    @Schema(name = "PurchaseRequestLineRequest", description = "A catalogue item (itemId) or free text (description)")
    public record LineRequest(UUID itemId, @Size(max = 300) String description,
                              @NotNull @Min(1) @Max(1_000_000) Integer quantity,
                              @NotNull @Valid @Schema(description = "Estimated price of one unit") Money unitPrice) {
    }

    @Schema(name = "PurchaseRequestCreateRequest")
    public record PurchaseRequestCreate(@NotNull UUID departmentId, @NotNull BudgetCategory category, UUID vendorId,
                                        @NotEmpty @Size(max = 50) List<@NotNull @Valid LineRequest> lines) {
    }

    @Schema(name = "PurchaseRequestRejectRequest")
    public record RejectRequest(@NotBlank @Size(max = 500) @Schema(examples = "Not needed this quarter") String reason) {
    }

    @Schema(name = "PurchaseRequestLineView", requiredProperties = { "lineNo", "description", "quantity", "unitPrice", "total" })
    public record LineView(int lineNo, UUID itemId, String description, int quantity, Money unitPrice, Money total) {

        static LineView of(RequestLine l, Currency currency) {
            return new LineView(l.lineNo, l.itemId, l.description, l.quantity, currency.of(l.unitPrice), currency.of(l.total()));
        }
    }

    @Schema(name = "PurchaseRequestView", requiredProperties = { "id", "departmentId", "category", "status", "total", "reorder",
            "lines", "createdAt", "allowedTransitions", "version" })
    public record PurchaseRequestView(UUID id,
                                      @Schema(description = "Absent for a reorder drafted by the system") UUID requesterId,
                                      UUID departmentId, BudgetCategory category, RequestStatus status, Money total, UUID vendorId,
                                      boolean reorder, UUID commitmentId, String decidedBy, String decisionReason,
                                      List<LineView> lines, OffsetDateTime createdAt, List<String> allowedTransitions, long version) {

        static PurchaseRequestView of(PurchaseRequest r, Currency currency) {
            return new PurchaseRequestView(r.id, r.requesterId, r.departmentId, r.category, r.status, currency.of(r.total),
                    r.vendorId, r.reorder, r.commitmentId, r.decidedBy, r.decisionReason,
                    r.lines.stream().map(l -> LineView.of(l, currency)).toList(), r.createdAt, r.allowedMoves(), r.version);
        }
    }

    @Schema(name = "PurchaseOrderCreateRequest", description = "An order for an approved request")
    public record PurchaseOrderCreate(@NotNull UUID requestId,
                                      @Schema(description = "Defaults to the request's vendor") UUID vendorId,
                                      @NotNull LocalDate expectedOn) {
    }

    @Schema(name = "PurchaseOrderLineView", requiredProperties = { "lineNo", "description", "quantity", "received", "unitPrice" })
    public record OrderLineView(int lineNo, UUID itemId, String description, int quantity, int received, Money unitPrice) {

        static OrderLineView of(OrderLine l, Currency currency) {
            return new OrderLineView(l.lineNo, l.itemId, l.description, l.quantity, l.received, currency.of(l.unitPrice));
        }
    }

    @Schema(name = "PurchaseOrderView", requiredProperties = { "id", "requestId", "vendorId", "status", "total", "expectedOn",
            "placedAt", "placedBy", "lines", "version" })
    public record PurchaseOrderView(UUID id, UUID requestId, UUID vendorId, OrderStatus status, Money total, LocalDate expectedOn,
                                    OffsetDateTime placedAt, String placedBy, List<OrderLineView> lines, long version) {

        static PurchaseOrderView of(PurchaseOrder o, Currency currency) {
            return new PurchaseOrderView(o.id, o.requestId, o.vendorId, o.status, currency.of(o.total), o.expectedOn, o.placedAt,
                    o.placedBy, o.lines.stream().map(l -> OrderLineView.of(l, currency)).toList(), o.version);
        }
    }

    @Schema(name = "GoodsReceiptLineRequest")
    public record ReceiptLineRequest(@NotNull @Min(1) @Max(1000) Integer lineNo, @NotNull @Min(1) @Max(1_000_000) Integer quantity) {
    }

    @Schema(name = "GoodsReceiptRequest", description = "What arrived (partial deliveries allowed) and where it was put")
    public record ReceiptRequest(@NotNull UUID locationId, @NotEmpty @Size(max = 50) List<@NotNull @Valid ReceiptLineRequest> lines) {
    }

    @Schema(name = "GoodsReceiptView", requiredProperties = { "id", "orderId", "locationId", "receivedAt", "receivedBy", "order" })
    public record ReceiptView(UUID id, UUID orderId, UUID locationId, OffsetDateTime receivedAt, String receivedBy,
                              PurchaseOrderView order) {
    }
}
