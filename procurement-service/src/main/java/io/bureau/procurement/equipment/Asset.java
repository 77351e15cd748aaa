package io.bureau.procurement.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A piece of equipment with a unique tag, and who holds it. */
@Entity
@Table(name = "asset")
public class Asset extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tag;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String model;

    public String serial;

    @Column(name = "purchase_date")
    public LocalDate purchaseDate;

    @Column(name = "purchase_cost")
    public BigDecimal purchaseCost;

    @Column(name = "warranty_end")
    public LocalDate warrantyEnd;

    @Column(name = "location_id")
    public UUID locationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssetStatus status = AssetStatus.IN_STOCK;

    @Column(name = "assignee_id")
    public UUID assigneeId;

    @Version
    public long version;

    public void assignTo(UUID employeeId) {
        if (status != AssetStatus.IN_STOCK) {
            throw Problems.illegalTransition("Asset " + tag, status, AssetStatus.ASSIGNED, allowedMoves());
        }
        status = AssetStatus.ASSIGNED;
        assigneeId = employeeId;
    }

    public UUID giveBack(UUID toLocation) {
        if (status != AssetStatus.ASSIGNED) {
            throw Problems.illegalTransition("Asset " + tag, status, AssetStatus.IN_STOCK, allowedMoves());
        }
        UUID holder = assigneeId;
        status = AssetStatus.IN_STOCK;
        assigneeId = null;
        if (toLocation != null) {
            locationId = toLocation;
        }
        return holder;
    }

    public List<AssetStatus> allowedMoves() {
        return switch (status) {
            case IN_STOCK -> List.of(AssetStatus.ASSIGNED);
            case ASSIGNED -> List.of(AssetStatus.IN_STOCK);
            default -> List.of();
        };
    }
}
