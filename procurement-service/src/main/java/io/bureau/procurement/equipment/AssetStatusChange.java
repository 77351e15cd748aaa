package io.bureau.procurement.equipment;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One move of an asset from a status to another: the asset's status history. */
@Entity
@Table(name = "asset_status_change")
public class AssetStatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "asset_id", nullable = false)
    public UUID assetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    public AssetStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public AssetStatus toStatus;

    /** Who holds it after the move (assigned), or who gave it back (returned). */
    @Column(name = "employee_id")
    public UUID employeeId;

    @Column(name = "ticket_id")
    public UUID ticketId;

    public String reason;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    public static AssetStatusChange of(Asset asset, AssetStatus from, UUID employeeId, UUID ticketId, String reason,
                                       OffsetDateTime at, String by) {
        AssetStatusChange change = new AssetStatusChange();
        change.id = UUID.randomUUID();
        change.assetId = asset.id;
        change.fromStatus = from;
        change.toStatus = asset.status;
        change.employeeId = employeeId;
        change.ticketId = ticketId;
        change.reason = reason;
        change.changedAt = at;
        change.changedBy = by;
        return change;
    }
}
