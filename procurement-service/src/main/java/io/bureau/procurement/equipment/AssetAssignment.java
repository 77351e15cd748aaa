package io.bureau.procurement.equipment;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One period in which a person held an asset: the assignment history. */
@Entity
@Table(name = "asset_assignment")
public class AssetAssignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "asset_id", nullable = false)
    public UUID assetId;

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;
}
