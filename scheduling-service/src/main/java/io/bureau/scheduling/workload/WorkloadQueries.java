package io.bureau.scheduling.workload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.platform.problem.Problems;
import io.bureau.scheduling.access.WorkAccess;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanAssumptions;
import io.bureau.scheduling.plan.PlanInputs;
import io.bureau.scheduling.planning.PlanTask;
import io.bureau.scheduling.planning.Planner;
import io.bureau.scheduling.planning.Schedule;
import io.bureau.scheduling.task.Task;
import io.bureau.scheduling.task.TaskService;
import io.bureau.scheduling.task.TaskStatus;

/** A department's workload: held work laid out day by day by the planner's {@code Schedule}, and its counts. */
@ApplicationScoped
public class WorkloadQueries {

    static final int MAX_DAYS = 92;

    @Inject
    PlanInputs inputs;

    @Inject
    WorkAccess access;

    public record WorkloadDay(@Schema(required = true) LocalDate day, @Schema(required = true) double plannedHours,
                              @Schema(required = true) double capacityHours) {
    }

    public record WorkloadPerson(@Schema(required = true) UUID personId, @Schema(required = true) String name,
                                 @Schema(required = true) double plannedHours, @Schema(required = true) double capacityHours,
                                 @Schema(required = true) List<WorkloadDay> days) {
    }

    @Schema(description = "Each person's held work laid out day by day as the planner would (in deadline order, up to the "
            + "contracted hours, skipping days off and absences); open = not assigned yet, overdue = past the deadline and "
            + "not accepted, atRisk = held work laid out to finish after its deadline (not overdue yet)")
    public record WorkloadView(@Schema(required = true) UUID departmentId, @Schema(required = true) LocalDate from,
                               @Schema(required = true) LocalDate to, @Schema(required = true) long open,
                               @Schema(required = true) long overdue, @Schema(required = true) long atRisk,
                               @Schema(required = true) List<UUID> atRiskTaskIds,
                               @Schema(required = true) List<WorkloadPerson> people) {
    }

    private static final int MAX_YEARS_AWAY = 10;

    @Transactional
    public WorkloadView get(UUID departmentId, LocalDate from, LocalDate to) {
        if (!access.readsDepartment(departmentId)) {
            throw Problems.forbidden("You may not read the workload of department " + departmentId);
        }
        LocalDate today = TaskService.today();
        LocalDate first = from == null ? today : from;
        // A workload is a view of the months around now; a date near LocalDate's limits would overflow
        // the lay-out (which looks up to a year past the horizon) and answer 500.
        if (first.isBefore(today.minusYears(MAX_YEARS_AWAY)) || first.isAfter(today.plusYears(MAX_YEARS_AWAY))) {
            throw Problems.invalidField("from", "must be within " + MAX_YEARS_AWAY + " years of today");
        }
        LocalDate last = to == null ? first.plusDays(13) : to;
        if (last.isBefore(first) || last.toEpochDay() - first.toEpochDay() >= MAX_DAYS) {
            throw Problems.invalidField("to", "must be on or after from, at most " + MAX_DAYS + " days");
        }
        Planner.Problem problem = inputs.gather(departmentId, first, last, WorkPlanAssumptions.none(), true).problem();
        Schedule schedule = Planner.current(problem);
        int days = schedule.horizonDays;
        long[][] planned = new long[problem.people().size()][days];
        for (Schedule.Slice slice : schedule.slices) {
            if (slice.day() < days) {
                planned[slice.personIndex()][slice.day()] += slice.hours();
            }
        }
        List<WorkloadPerson> people = new ArrayList<>();
        for (int p = 0; p < problem.people().size(); p++) {
            List<WorkloadDay> row = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                LocalDate day = schedule.day(d);
                row.add(new WorkloadDay(day, planned[p][d] / 100.0, problem.people().get(p).capacityOn(day) / 100.0));
            }
            people.add(new WorkloadPerson(problem.people().get(p).getId(), problem.people().get(p).getName(),
                    schedule.loadInHorizon[p] / 100.0, schedule.capacityInHorizon[p] / 100.0, row));
        }
        List<UUID> atRisk = problem.tasks().stream().filter(t -> t.getPinnedTo() != null)
                .filter(t -> !t.getDeadline().isBefore(TaskService.today()))
                .filter(t -> !schedule.placed(t) || schedule.daysLate(t) > 0).map(PlanTask::getId).toList();
        long open = Task.count("departmentId = ?1 and status = ?2", departmentId, TaskStatus.OPEN);
        long overdue = Task.count("departmentId = ?1 and status not in ?2 and deadline < ?3", departmentId,
                List.of(TaskStatus.ACCEPTED, TaskStatus.CANCELLED), TaskService.today());
        return new WorkloadView(departmentId, first, last, open, overdue, atRisk.size(), atRisk, people);
    }
}
