package io.bureau.scheduling.roster;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the roster API answers. */
public final class RosterDtos {

    private RosterDtos() {
    }

    @Schema(name = "RosterPersonView", description = """
            A person as scheduling knows them from staff's events: where they work, whether they can take work, \
            what they can do and when they are away.""",
            requiredProperties = { "id", "firstName", "lastName", "position", "departmentId", "status", "weeklyHours",
                    "workingDays", "hoursPerWorkingDay", "skills", "absences", "version" })
    public record RosterPersonView(UUID id, String firstName, String lastName, String position, UUID departmentId,
                                   UUID managerId, RosterStatus status, LocalDate statusSince,
                                   @Schema(description = "The planned end of a leave") LocalDate statusUntil,
                                   LocalDate lastWorkingDay,
                                   @Schema(examples = "37.5") BigDecimal weeklyHours,
                                   Set<DayOfWeek> workingDays,
                                   @Schema(description = "Contracted hours on each working day: weeklyHours spread evenly",
                                           examples = "7.5") BigDecimal hoursPerWorkingDay,
                                   List<RosterSkillView> skills,
                                   @Schema(description = "Absences not yet over, earliest first") List<RosterAbsenceView> absences,
                                   @Schema(description = "Changes whenever staff's events change the entry") long version) {

        static RosterPersonView of(RosterPerson p, List<RosterAbsence> absences) {
            return new RosterPersonView(p.id, p.firstName, p.lastName, p.position, p.departmentId, p.managerId, p.status,
                    p.statusSince, p.statusUntil, p.lastWorkingDay, p.weeklyHours == null ? BigDecimal.ZERO : p.weeklyHours,
                    p.workingDays, p.hoursPerWorkingDay(),
                    p.skills.stream().sorted(Comparator.comparing((RosterSkill s) -> s.name).thenComparing(s -> s.skillId))
                            .map(RosterSkillView::of).toList(),
                    absences.stream().sorted(Comparator.comparing((RosterAbsence a) -> a.firstDay)).map(RosterAbsenceView::of).toList(),
                    p.version);
        }
    }

    @Schema(name = "RosterSkillView", requiredProperties = { "skillId", "name", "level" })
    public record RosterSkillView(UUID skillId, String name,
                                  @Schema(minimum = "1", maximum = "5") int level,
                                  @Schema(description = "The last day the skill counts; absent when it does not expire") LocalDate expiresOn) {

        static RosterSkillView of(RosterSkill s) {
            return new RosterSkillView(s.skillId, s.name, s.level, s.expiresOn);
        }
    }

    @Schema(name = "RosterAbsenceView", requiredProperties = { "id", "kind", "firstDay", "lastDay" })
    public record RosterAbsenceView(UUID id,
                                    @Schema(description = "LEAVE (any personal absence) or TRAINING; why is never known here",
                                            examples = "LEAVE") String kind,
                                    LocalDate firstDay, LocalDate lastDay) {

        static RosterAbsenceView of(RosterAbsence a) {
            return new RosterAbsenceView(a.id, a.kind, a.firstDay, a.lastDay);
        }
    }

    @Schema(name = "RosterRebuildView", requiredProperties = { "rebuildId", "recordsRead", "eventsApplied", "duplicatesSkipped",
            "refusedSkipped", "people", "departments", "absences", "startedAt", "finishedAt" },
            description = "What a replay of staff's topics read and the roster it built")
    public record RosterRebuildView(
            @Schema(description = "The audit entry's entity id (entity type roster)") UUID rebuildId,
            @Schema(description = "Records read from bureau.staff.department and bureau.staff.employee, up to their end offsets at the start") long recordsRead,
            @Schema(description = "Events applied to the roster (types it does not use count as applied, doing nothing)") long eventsApplied,
            @Schema(description = "Events whose id was applied before on the same topic (redeliveries)") long duplicatesSkipped,
            @Schema(description = "Events the live consumers dead-letter (unreadable, or lacking what the roster needs)") long refusedSkipped,
            @Schema(description = "People on the rebuilt roster (their hired or updated event has arrived)") long people,
            long departments,
            @Schema(description = "Absences, not counting cancelled ones") long absences,
            OffsetDateTime startedAt, OffsetDateTime finishedAt) {
    }
}
