package io.bureau.procurement.stock;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How much of an item is at a location; never negative. */
@Entity
@Table(name = "stock_level")
public class StockLevel extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "item_id") UUID itemId, @Column(name = "location_id") UUID locationId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int quantity;

    public static StockLevel empty(UUID itemId, UUID locationId) {
        StockLevel level = new StockLevel();
        level.key = new Key(itemId, locationId);
        return level;
    }

    /** Adds (or with a negative change takes away); refuses to go below zero with 409 naming the shortfall. */
    public void change(int delta, String sku) {
        if (quantity + delta < 0) {
            throw Problems.conflictOn("quantity", "only " + quantity + " of " + sku + " at location " + key.locationId()
                    + ": short by " + (-(quantity + delta)));
        }
        quantity += delta;
    }
}
