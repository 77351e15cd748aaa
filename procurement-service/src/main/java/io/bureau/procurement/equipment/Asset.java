package io.bureau.procurement.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

    @Column(name = "department_id")
    public UUID departmentId;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Column(name = "retired_reason")
    public String retiredReason;

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

    /** Into repair, from stock or from its holder (who stays its holder: it goes back to them unless put into stock). */
    public void sendToRepair() {
        requireMove(AssetStatus.IN_REPAIR);
        status = AssetStatus.IN_REPAIR;
    }

    /**
     * Out of repair: back to its holder (ASSIGNED, only when it had one) or into stock, which ends the
     * holder's assignment. Returns the holder it left, if any.
     */
    public UUID backFromRepair(AssetStatus to, UUID toLocation) {
        if (status != AssetStatus.IN_REPAIR) {
            throw Problems.illegalTransition("Asset " + tag + " (not in repair)", status, to, allowedMoves());
        }
        if (to != AssetStatus.ASSIGNED && to != AssetStatus.IN_STOCK) {
            throw Problems.invalidField("to", "back from repair goes to ASSIGNED (its holder) or IN_STOCK; retire it with its own move and a reason");
        }
        requireMove(to);
        status = to;
        if (to == AssetStatus.ASSIGNED) {
            return null;
        }
        UUID holder = assigneeId;
        assigneeId = null;
        if (toLocation != null) {
            locationId = toLocation;
        }
        return holder;
    }

    /** Retired for good, with a reason; a held asset is taken back from its holder first. Returns that holder, if any. */
    public UUID retire(String reason, OffsetDateTime at) {
        requireMove(AssetStatus.RETIRED);
        UUID holder = assigneeId;
        status = AssetStatus.RETIRED;
        assigneeId = null;
        retiredAt = at;
        retiredReason = reason;
        return holder;
    }

    private void requireMove(AssetStatus to) {
        if (!allowedMoves().contains(to)) {
            throw Problems.illegalTransition("Asset " + tag, status, to, allowedMoves());
        }
    }

    public List<AssetStatus> allowedMoves() {
        return switch (status) {
            case IN_STOCK -> List.of(AssetStatus.ASSIGNED, AssetStatus.IN_REPAIR, AssetStatus.RETIRED);
            case ASSIGNED -> List.of(AssetStatus.IN_STOCK, AssetStatus.IN_REPAIR, AssetStatus.RETIRED);
            case IN_REPAIR -> assigneeId == null ? List.of(AssetStatus.IN_STOCK, AssetStatus.RETIRED)
                    : List.of(AssetStatus.ASSIGNED, AssetStatus.IN_STOCK, AssetStatus.RETIRED);
            case RETIRED -> List.of();
        };
    }
}
