package io.bureau.procurement.equipment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Preventive maintenance of every asset of a category every N days, charged to a department's
 * MAINTENANCE line. Its due dates are firstDue + k * everyDays; nothing is stored per asset.
 */
@Entity
@Table(name = "maintenance_category_schedule")
public class MaintenanceCategorySchedule extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String category;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Column(name = "every_days", nullable = false)
    public int everyDays;

    @Column(name = "first_due", nullable = false)
    public LocalDate firstDue;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    /** The latest due date on or before the day; none before the first. */
    public Optional<LocalDate> dueOn(LocalDate day) {
        if (day.isBefore(firstDue)) {
            return Optional.empty();
        }
        long periods = ChronoUnit.DAYS.between(firstDue, day) / everyDays;
        return Optional.of(firstDue.plusDays(periods * everyDays));
    }

    /** The first due date after the day. */
    public LocalDate nextDueAfter(LocalDate day) {
        return dueOn(day).map(d -> d.plusDays(everyDays)).orElse(firstDue);
    }
}
