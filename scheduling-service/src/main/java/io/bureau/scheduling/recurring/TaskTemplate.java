package io.bureau.scheduling.recurring;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.bureau.platform.problem.Problems;
import io.bureau.scheduling.task.RequiredSkill;
import io.bureau.scheduling.task.Task;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A task a department needs again and again; the generator turns it into tasks {@code horizonDays}
 * ahead, each with the template's terms as they are on the day it is generated. The department is
 * fixed; a deactivated template generates nothing more (what it generated stays).
 */
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

    @ElementCollection
    @CollectionTable(name = "task_template_required_skill", joinColumns = @JoinColumn(name = "template_id"))
    public List<RequiredSkill> requiredSkills = new ArrayList<>();

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

    /** The deadline of a generated task falls this many days after the day it falls due (its earliest start). */
    @Column(name = "deadline_days_after", nullable = false)
    public int deadlineDaysAfter;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    /** What a manager describes of a template; the department is fixed when it is created. */
    public record Terms(String title, String description, List<RequiredSkill> requiredSkills, BigDecimal estimatedHours,
                        int priority, Recurrence rule, int horizonDays, int deadlineDaysAfter) {
    }

    public static TaskTemplate create(UUID departmentId, Terms terms, String createdBy, OffsetDateTime now) {
        TaskTemplate template = new TaskTemplate();
        template.id = UUID.randomUUID();
        template.departmentId = departmentId;
        template.createdAt = now;
        template.createdBy = createdBy;
        template.revise(terms);
        return template;
    }

    /** New terms for the tasks generated from now on; tasks already generated keep theirs. */
    public void revise(Terms terms) {
        title = terms.title();
        description = terms.description();
        requiredSkills.clear();
        terms.requiredSkills().forEach(s -> requiredSkills.add(new RequiredSkill(s.skillId, s.minLevel)));
        estimatedHours = terms.estimatedHours();
        priority = terms.priority();
        setRule(terms.rule());
        horizonDays = terms.horizonDays();
        deadlineDaysAfter = terms.deadlineDaysAfter();
    }

    public void deactivate() {
        if (!active) {
            throw Problems.conflictOn("active", "Template " + id + " is already inactive");
        }
        active = false;
    }

    public void activate() {
        if (active) {
            throw Problems.conflictOn("active", "Template " + id + " is already active");
        }
        active = true;
    }

    /** The terms of the task that falls due on {@code day}: it may start that day and is due {@code deadlineDaysAfter} later. */
    public Task.Terms taskTermsOn(LocalDate day) {
        return new Task.Terms(title, description,
                requiredSkills.stream().map(s -> new RequiredSkill(s.skillId, s.minLevel)).toList(),
                estimatedHours, priority, day, day.plusDays(deadlineDaysAfter), null, Set.of());
    }

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
