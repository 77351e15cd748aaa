package io.bureau.scheduling.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

/**
 * A person and the ordered list of tasks the planner gives them. Their days are filled in list
 * order (pinned tasks first), each day up to the contracted hours, skipping days off and absences.
 */
@PlanningEntity
public class PlanPerson {

    /** A skill held at a level, until an expiry date when it has one. */
    public record Held(UUID skillId, String name, int level, LocalDate expiresOn) {
        public boolean validOn(LocalDate day) {
            return expiresOn == null || !expiresOn.isBefore(day);
        }
    }

    /** Days away, both ends included. */
    public record Away(LocalDate firstDay, LocalDate lastDay) {
        public boolean covers(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }
    }

    @PlanningId
    private UUID id;
    private String name;
    private Map<UUID, Held> skills = new LinkedHashMap<>();
    /** Contracted hundredths of an hour per working day. */
    private int hoursPerDay;
    private Set<DayOfWeek> workingDays = EnumSet.noneOf(DayOfWeek.class);
    private List<Away> absences = new ArrayList<>();
    private LocalDate lastWorkingDay;
    private boolean hypothetical;
    private List<PlanTask> pinned = new ArrayList<>();

    private transient int[] capacityCache;
    private transient LocalDate capacityFrom;

    @PlanningListVariable
    private List<PlanTask> tasks = new ArrayList<>();

    public PlanPerson() {
    }

    public PlanPerson(UUID id, String name, List<Held> skills, int hoursPerDay, Set<DayOfWeek> workingDays,
                      List<Away> absences, LocalDate lastWorkingDay, boolean hypothetical) {
        this.id = id;
        this.name = name;
        skills.forEach(s -> this.skills.put(s.skillId(), s));
        this.hoursPerDay = hoursPerDay;
        this.workingDays = workingDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workingDays);
        this.absences = new ArrayList<>(absences);
        this.lastWorkingDay = lastWorkingDay;
        this.hypothetical = hypothetical;
    }

    /** Hundredths of an hour this person can work on {@code day}. */
    public int capacityOn(LocalDate day) {
        if (!workingDays.contains(day.getDayOfWeek()) || (lastWorkingDay != null && day.isAfter(lastWorkingDay))) {
            return 0;
        }
        for (Away away : absences) {
            if (away.covers(day)) {
                return 0;
            }
        }
        return hoursPerDay;
    }

    /** Capacity of each day from {@code from} on, for {@code days} days (cached: the person's facts do not change while planning). */
    int[] capacity(LocalDate from, int days) {
        if (capacityCache == null || capacityCache.length != days || !from.equals(capacityFrom)) {
            int[] cap = new int[days];
            for (int d = 0; d < days; d++) {
                cap[d] = capacityOn(from.plusDays(d));
            }
            capacityCache = cap;
            capacityFrom = from;
        }
        return capacityCache;
    }

    /** Why this person may not do the task on {@code day} by skill, or null when they may. */
    public String missingSkill(PlanTask task, LocalDate day) {
        for (PlanTask.Need need : task.getNeeds()) {
            Held held = skills.get(need.skillId());
            if (held == null || held.level() < need.minLevel()) {
                return "missing " + need.name() + " ≥ " + need.minLevel() + " (has " + (held == null ? "none" : "level " + held.level()) + ")";
            }
            if (!held.validOn(day)) {
                return need.name() + " expired on " + held.expiresOn();
            }
        }
        return null;
    }

    /** How far the person's levels exceed what the task needs (0 when exactly met). */
    public int levelMargin(PlanTask task) {
        int margin = 0;
        for (PlanTask.Need need : task.getNeeds()) {
            Held held = skills.get(need.skillId());
            if (held != null) {
                margin += Math.max(0, held.level() - need.minLevel());
            }
        }
        return margin;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Map<UUID, Held> getSkills() {
        return skills;
    }

    public int getHoursPerDay() {
        return hoursPerDay;
    }

    public boolean isHypothetical() {
        return hypothetical;
    }

    public List<Away> getAbsences() {
        return absences;
    }

    public List<PlanTask> getPinned() {
        return pinned;
    }

    public List<PlanTask> getTasks() {
        return tasks;
    }

    public void setTasks(List<PlanTask> tasks) {
        this.tasks = tasks;
    }

    @Override
    public String toString() {
        return name;
    }
}
