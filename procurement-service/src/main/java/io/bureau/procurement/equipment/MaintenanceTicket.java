package io.bureau.procurement.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A repair or a preventive service of an asset: OPEN until COMPLETED with its cost (or CANCELLED). */
@Entity
@Table(name = "maintenance_ticket")
public class MaintenanceTicket extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "asset_id", nullable = false)
    public UUID assetId;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Column(name = "schedule_id")
    public UUID scheduleId;

    @Column(name = "category_schedule_id")
    public UUID categoryScheduleId;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(nullable = false)
    public String description;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public OffsetDateTime reportedAt;

    @Column(nullable = false)
    public String status = "OPEN";

    @Column(name = "vendor_id")
    public UUID vendorId;

    public BigDecimal cost;

    @Column(name = "commitment_id")
    public UUID commitmentId;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Version
    public long version;

    public void complete(BigDecimal charged, UUID vendor, UUID commitment, OffsetDateTime at) {
        if (!"OPEN".equals(status)) {
            throw Problems.illegalTransition("Maintenance ticket " + id, status, "COMPLETED", List.of());
        }
        status = "COMPLETED";
        cost = charged;
        vendorId = vendor;
        commitmentId = commitment;
        completedAt = at;
    }
}
