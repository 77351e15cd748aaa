package io.bureau.procurement.purchase;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of an order and how much of it has arrived. */
@Embeddable
public class OrderLine {

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public int quantity;

    @Column(nullable = false)
    public int received;

    @Column(name = "unit_price", nullable = false)
    public BigDecimal unitPrice;

    public OrderLine() {
    }

    static OrderLine of(RequestLine line) {
        OrderLine o = new OrderLine();
        o.lineNo = line.lineNo;
        o.itemId = line.itemId;
        o.description = line.description;
        o.quantity = line.quantity;
        o.unitPrice = line.unitPrice;
        return o;
    }

    public int outstanding() {
        return quantity - received;
    }
}
