package io.bureau.procurement.purchase;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Goods that arrived for an order, into one location. */
@Entity
@Table(name = "goods_receipt")
public class GoodsReceipt extends PanacheEntityBase {

    @Embeddable
    public static class Line {

        @Column(name = "line_no", nullable = false)
        public int lineNo;

        @Column(nullable = false)
        public int quantity;

        public Line() {
        }

        public Line(int lineNo, int quantity) {
            this.lineNo = lineNo;
            this.quantity = quantity;
        }
    }

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "location_id", nullable = false)
    public UUID locationId;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "received_by", nullable = false)
    public String receivedBy;

    @ElementCollection
    @CollectionTable(name = "goods_receipt_line", joinColumns = @JoinColumn(name = "receipt_id"))
    public List<Line> lines = new ArrayList<>();
}
