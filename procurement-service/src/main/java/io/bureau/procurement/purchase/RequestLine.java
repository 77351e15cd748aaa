package io.bureau.procurement.purchase;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a request: a catalogue item or free text, a quantity and an estimated unit price. */
@Embeddable
public class RequestLine {

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "unit_price", nullable = false)
    public BigDecimal unitPrice;

    public RequestLine() {
    }

    public RequestLine(int lineNo, UUID itemId, String description, int quantity, BigDecimal unitPrice) {
        this.lineNo = lineNo;
        this.itemId = itemId;
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    public BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
