package io.bureau.scheduling.plan;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.bureau.scheduling.plan.PlanDtos.WorkPlanAssumptions;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanExtraPerson;
import io.bureau.scheduling.planning.PlanPerson;
import io.bureau.scheduling.planning.PlanTask;
import io.bureau.scheduling.planning.Planner;
import io.bureau.scheduling.roster.RosterAbsence;
import io.bureau.scheduling.roster.RosterPerson;
import io.bureau.scheduling.roster.RosterStatus;
import io.bureau.scheduling.task.Task;
import io.bureau.scheduling.task.TaskStatus;

/**
 * Turns the roster and a department's unfinished tasks into the planner's plain problem, with the
 * what-if assumptions laid over them (nothing live changes). Open and assigned tasks are planned;
 * tasks in progress or returned, and assigned tasks pinned to their assignee, are kept there;
 * submitted work counts as done.
 */
@ApplicationScoped
public class PlanInputs {

    static final List<TaskStatus> PLANNED = List.of(TaskStatus.OPEN, TaskStatus.ASSIGNED);
    static final List<TaskStatus> KEPT = List.of(TaskStatus.IN_PROGRESS, TaskStatus.RETURNED);

    @Inject
    EntityManager entityManager;

    public record Inputs(Planner.Problem problem, Map<UUID, Long> taskVersions, boolean hypothetical) {
    }

    public Inputs gather(UUID departmentId, LocalDate from, LocalDate to, WorkPlanAssumptions assumptions) {
        return gather(departmentId, from, to, assumptions, false);
    }

    /** With {@code keepAssigned}, assigned tasks are held by their assignee too: the day-by-day load as it stands. */
    public Inputs gather(UUID departmentId, LocalDate from, LocalDate to, WorkPlanAssumptions assumptions, boolean keepAssigned) {
        Set<UUID> departments = departmentAndBelow(departmentId);
        List<RosterPerson> roster = RosterPerson.list("departmentId in ?1 and profileAsOf is not null and status = ?2 order by lastName, firstName, id",
                departments, RosterStatus.ACTIVE);
        Map<UUID, List<PlanPerson.Away>> away = new HashMap<>();
        if (!roster.isEmpty()) {
            RosterAbsence.<RosterAbsence>list("personId in ?1 and cancelled = false and lastDay >= ?2",
                            roster.stream().map(p -> p.id).toList(), from)
                    .forEach(a -> away.computeIfAbsent(a.personId, k -> new ArrayList<>()).add(new PlanPerson.Away(a.firstDay, a.lastDay)));
        }
        assumptions.absences().forEach(a -> away.computeIfAbsent(a.personId(), k -> new ArrayList<>())
                .add(new PlanPerson.Away(a.firstDay(), a.lastDay())));
        Map<UUID, String> skillNames = new HashMap<>();
        List<PlanPerson> people = new ArrayList<>();
        for (RosterPerson p : roster) {
            List<PlanPerson.Held> held = p.skills.stream()
                    .map(s -> new PlanPerson.Held(s.skillId, s.name, s.level, s.expiresOn)).toList();
            p.skills.forEach(s -> skillNames.put(s.skillId, s.name));
            people.add(new PlanPerson(p.id, p.firstName + " " + p.lastName, held, hundredths(p.hoursPerWorkingDay()),
                    p.workingDays, away.getOrDefault(p.id, List.of()), p.lastWorkingDay, false));
        }
        int extra = 0;
        for (WorkPlanExtraPerson x : assumptions.extraPeople()) {
            List<PlanPerson.Held> held = x.skillsOrNone().stream().map(s -> new PlanPerson.Held(s.skillId(),
                    skillNames.getOrDefault(s.skillId(), s.skillId().toString()), s.level(), null)).toList();
            people.add(new PlanPerson(UUID.nameUUIDFromBytes(("hypothetical:" + extra++ + ":" + x.name()).getBytes()),
                    x.name() + " (hypothetical)", held, (int) Math.round(x.hoursPerDay() * 100),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(), null, true));
        }
        Map<UUID, LocalDate> movedDeadlines = new HashMap<>();
        assumptions.deadlines().forEach(d -> movedDeadlines.put(d.taskId(), d.deadline()));
        List<Task> unfinished = Task.list("departmentId = ?1 and status in ?2 order by deadline, priority, id", departmentId,
                List.of(TaskStatus.OPEN, TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS, TaskStatus.RETURNED));
        Set<UUID> onRoster = new java.util.HashSet<>(roster.stream().map(p -> p.id).toList());
        Map<UUID, Long> versions = new LinkedHashMap<>();
        List<PlanTask> tasks = new ArrayList<>();
        for (Task t : unfinished) {
            versions.put(t.id, t.version);
            // Pinned work stays with its assignee, as started work does.
            boolean held = KEPT.contains(t.status) || (keepAssigned || t.pinned) && t.status == TaskStatus.ASSIGNED;
            UUID kept = held && onRoster.contains(t.assigneeId) ? t.assigneeId : null;
            List<PlanTask.Need> needs = t.requiredSkills.stream()
                    .map(r -> new PlanTask.Need(r.skillId, skillNames.getOrDefault(r.skillId, "skill " + r.skillId), r.minLevel)).toList();
            tasks.add(new PlanTask(t.id, t.title, t.priority, hundredths(t.estimatedHours), t.earliestStart,
                    movedDeadlines.getOrDefault(t.id, t.deadline), needs, new ArrayList<>(t.predecessorIds), t.assigneeId, kept));
        }
        return new Inputs(new Planner.Problem(from, to, people, tasks), versions, !assumptions.extraPeople().isEmpty());
    }

    private static int hundredths(BigDecimal hours) {
        return hours == null ? 0 : hours.movePointRight(2).intValue();
    }

    Set<UUID> departmentAndBelow(UUID departmentId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                        with recursive below (id) as (
                            select cast(?1 as uuid)
                            union
                            select d.id from roster_department d join below b on d.parent_id = b.id)
                        select id from below""", UUID.class)
                .setParameter(1, departmentId)
                .getResultList();
        return Set.copyOf(ids);
    }
}
