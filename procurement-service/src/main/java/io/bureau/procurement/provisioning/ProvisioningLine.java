package io.bureau.procurement.provisioning;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A kit item for a new person: how many are needed and how many were issued from stock. */
@Embeddable
public class ProvisioningLine {

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(nullable = false)
    public int quantity;

    @Column(nullable = false)
    public int issued;

    public ProvisioningLine() {
    }

    public ProvisioningLine(UUID itemId, int quantity) {
        this.itemId = itemId;
        this.quantity = quantity;
    }
}
