package io.bureau.procurement.equipment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Preventive maintenance of an asset every N days, charged to a department's MAINTENANCE line. */
@Entity
@Table(name = "maintenance_schedule")
public class MaintenanceSchedule extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "asset_id", nullable = false)
    public UUID assetId;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Column(name = "every_days", nullable = false)
    public int everyDays;

    @Column(name = "next_due", nullable = false)
    public LocalDate nextDue;

    @Version
    public long version;

    /** The due date after the one just opened. */
    public void advance() {
        nextDue = nextDue.plusDays(everyDays);
    }
}
