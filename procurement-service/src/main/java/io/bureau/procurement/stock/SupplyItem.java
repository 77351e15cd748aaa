package io.bureau.procurement.stock;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.bureau.procurement.budget.BudgetCategory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A catalogue item kept in stock. */
@Entity
@Table(name = "supply_item")
public class SupplyItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String sku;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BudgetCategory category;

    @Column(name = "reorder_point", nullable = false)
    public int reorderPoint;

    @Column(name = "reorder_quantity", nullable = false)
    public int reorderQuantity;

    @Column(name = "preferred_vendor_id")
    public UUID preferredVendorId;

    @Column(name = "last_unit_cost")
    public BigDecimal lastUnitCost;

    @Version
    public long version;

    /** A receipt at a price makes it the last unit cost. */
    public void pricedAt(BigDecimal unitCost) {
        if (unitCost != null) {
            lastUnitCost = unitCost;
        }
    }
}
