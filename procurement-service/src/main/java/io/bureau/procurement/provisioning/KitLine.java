package io.bureau.procurement.provisioning;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An item and how many of it a kit holds (or a provisioning request needs, and how many were issued). */
@Embeddable
public class KitLine {

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(nullable = false)
    public int quantity;

    public KitLine() {
    }

    public KitLine(UUID itemId, int quantity) {
        this.itemId = itemId;
        this.quantity = quantity;
    }
}
