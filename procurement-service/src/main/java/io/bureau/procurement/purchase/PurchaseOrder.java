package io.bureau.procurement.purchase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What was ordered from a vendor for an approved request, and what has arrived. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(name = "vendor_id", nullable = false)
    public UUID vendorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public BigDecimal total;

    @Column(name = "expected_on", nullable = false)
    public LocalDate expectedOn;

    @Column(name = "placed_at", nullable = false)
    public OffsetDateTime placedAt;

    @Column(name = "placed_by", nullable = false)
    public String placedBy;

    @ElementCollection
    @CollectionTable(name = "purchase_order_line", joinColumns = @JoinColumn(name = "order_id"))
    public List<OrderLine> lines = new ArrayList<>();

    @Version
    public long version;

    public static PurchaseOrder place(PurchaseRequest request, UUID vendorId, LocalDate expectedOn, String by, OffsetDateTime at) {
        PurchaseOrder order = new PurchaseOrder();
        order.id = UUID.randomUUID();
        order.requestId = request.id;
        order.vendorId = vendorId;
        order.status = OrderStatus.PLACED;
        order.currency = request.currency;
        order.total = request.total;
        order.expectedOn = expectedOn;
        order.placedAt = at;
        order.placedBy = by;
        request.lines.forEach(l -> order.lines.add(OrderLine.of(l)));
        return order;
    }

    public OrderLine line(int lineNo) {
        return lines.stream().filter(l -> l.lineNo == lineNo).findFirst()
                .orElseThrow(() -> Problems.invalidField("lines[].lineNo", "order " + id + " has no line " + lineNo));
    }

    /** Takes delivery of a quantity of a line; returns its value at the ordered price. */
    public BigDecimal receive(int lineNo, int quantity) {
        requireOpen("receive goods");
        OrderLine line = line(lineNo);
        if (quantity > line.outstanding()) {
            throw Problems.conflictOn("lines[].quantity", "line " + lineNo + " has " + line.outstanding()
                    + " outstanding; " + quantity + " cannot be received");
        }
        line.received += quantity;
        status = lines.stream().allMatch(l -> l.outstanding() == 0) ? OrderStatus.RECEIVED : OrderStatus.PARTIALLY_RECEIVED;
        return line.unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    public void cancel() {
        requireOpen("cancel");
        status = OrderStatus.CANCELLED;
    }

    private void requireOpen(String move) {
        if (status == OrderStatus.RECEIVED || status == OrderStatus.CANCELLED) {
            throw Problems.illegalTransition("Purchase order " + id, status, move, List.of());
        }
    }
}
