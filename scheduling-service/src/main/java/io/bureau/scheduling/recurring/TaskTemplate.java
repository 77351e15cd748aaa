package io.bureau.scheduling.recurring;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A task a department needs again and again; the generator turns it into tasks {@code horizonDays} ahead. */
@Entity
@Table(name = "task_template")
public class TaskTemplate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "estimated_hours", nullable = false)
    public BigDecimal estimatedHours;

    @Column(nullable = false)
    public int priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Recurrence.Kind recurrence;

    /** Comma-separated ISO day names, e.g. {@code MONDAY,THURSDAY}; empty unless weekly. */
    @Column(name = "days_of_week", nullable = false)
    public String daysOfWeek = "";

    @Column(name = "day_of_month")
    public Integer dayOfMonth;

    @Column(name = "horizon_days", nullable = false)
    public int horizonDays;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    public Recurrence rule() {
        Set<DayOfWeek> days = daysOfWeek.isBlank() ? Set.of()
                : Arrays.stream(daysOfWeek.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new Recurrence(recurrence, days, dayOfMonth);
    }

    public void setRule(Recurrence rule) {
        recurrence = rule.kind();
        daysOfWeek = rule.daysOfWeek().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        dayOfMonth = rule.kind() == Recurrence.Kind.MONTHLY ? rule.dayOfMonth() : null;
    }

    public static List<TaskTemplate> listActive() {
        return list("active = true order by id");
    }
}
