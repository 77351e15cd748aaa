package io.bureau.scheduling.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.bureau.scheduling.roster.RosterAbsence;
import io.bureau.scheduling.roster.RosterPerson;
import io.bureau.scheduling.roster.RosterSkill;
import io.bureau.scheduling.roster.RosterStatus;
import io.bureau.scheduling.task.TaskDtos.TaskRuleNote;

/**
 * The rules an assignment is checked against. Hard rules refuse it: the person is on the roster,
 * in the task's department (or one below it), active, holds every required skill at the level
 * and unexpired on the first day the work can be done, and has a working day free of absence
 * before the deadline. Soft rules only warn: enough free contracted hours for this and what the
 * person already holds, skills that expire before the deadline, predecessors not yet done, the
 * preferred assignee passed over, a deadline already missed.
 */
public final class AssignmentRules {

    /** What the rules look at, gathered by the caller. */
    public record Facts(Task task, RosterPerson person, Set<UUID> departmentAndBelow, List<RosterAbsence> absences,
                        BigDecimal hoursAlreadyHeld, List<Task> unfinishedPredecessors, Map<UUID, String> skillNames,
                        LocalDate today) {
    }

    public record Outcome(List<TaskRuleNote> broken, List<TaskRuleNote> warnings) {
    }

    private AssignmentRules() {
    }

    public static Outcome check(Facts facts) {
        List<TaskRuleNote> broken = new ArrayList<>();
        List<TaskRuleNote> warnings = new ArrayList<>();
        Task task = facts.task();
        RosterPerson person = facts.person();
        if (person == null || !person.hasProfile()) {
            broken.add(new TaskRuleNote("ON_ROSTER", "the person is not on the roster (staff has not published their hire)"));
            return new Outcome(broken, warnings);
        }
        if (!facts.departmentAndBelow().contains(person.departmentId)) {
            broken.add(new TaskRuleNote("DEPARTMENT", "works in department " + person.departmentId
                    + ", not in the task's department " + task.departmentId + " or one below it"));
        }
        if (person.status != RosterStatus.ACTIVE) {
            broken.add(new TaskRuleNote("ACTIVE", "is " + person.status + ", not ACTIVE"));
        }
        LocalDate firstDay = task.earliestStart != null && task.earliestStart.isAfter(facts.today()) ? task.earliestStart : facts.today();
        boolean deadlinePassed = task.deadline.isBefore(firstDay);
        LocalDate lastDay = deadlinePassed ? firstDay.plusDays(6) : task.deadline;
        for (RequiredSkill required : task.requiredSkills) {
            String name = facts.skillNames().getOrDefault(required.skillId, required.skillId.toString());
            RosterSkill held = person.skills.stream().filter(s -> s.skillId.equals(required.skillId)).findFirst().orElse(null);
            if (held == null || held.level < required.minLevel) {
                broken.add(new TaskRuleNote("SKILLS", "needs " + name + " ≥ " + required.minLevel + ", has "
                        + (held == null ? "none" : "level " + held.level)));
            } else if (!held.validOn(firstDay)) {
                broken.add(new TaskRuleNote("SKILLS", name + " expired on " + held.expiresOn));
            } else if (!held.validOn(lastDay)) {
                warnings.add(new TaskRuleNote("SKILL_EXPIRES", name + " expires on " + held.expiresOn + ", before " + lastDay));
            }
        }
        int freeDays = 0;
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            LocalDate d = day;
            if (person.worksOn(d) && facts.absences().stream().noneMatch(a -> a.covers(d))) {
                freeDays++;
            }
        }
        if (freeDays == 0) {
            broken.add(new TaskRuleNote("AVAILABLE", "has no working day free of absence from " + firstDay + " to " + lastDay));
        } else {
            BigDecimal free = person.hoursPerWorkingDay().multiply(BigDecimal.valueOf(freeDays));
            BigDecimal needed = facts.hoursAlreadyHeld().add(task.estimatedHours);
            if (free.compareTo(needed) < 0) {
                warnings.add(new TaskRuleNote("CAPACITY", "needs " + task.estimatedHours.stripTrailingZeros().toPlainString()
                        + " h on top of " + facts.hoursAlreadyHeld().stripTrailingZeros().toPlainString()
                        + " h already held; " + free.stripTrailingZeros().toPlainString() + " h of contracted time is free from "
                        + firstDay + " to " + lastDay));
            }
        }
        if (deadlinePassed) {
            warnings.add(new TaskRuleNote("DEADLINE_PASSED", "the deadline " + task.deadline + " has passed"));
        }
        for (Task predecessor : facts.unfinishedPredecessors()) {
            warnings.add(new TaskRuleNote("PREDECESSORS", "predecessor " + predecessor.id + " is " + predecessor.status));
        }
        if (task.preferredAssigneeId != null && !task.preferredAssigneeId.equals(person.id)) {
            warnings.add(new TaskRuleNote("PREFERRED_ASSIGNEE", "the task prefers " + task.preferredAssigneeId));
        }
        return new Outcome(broken, warnings);
    }
}
