package io.bureau.scheduling.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.scheduling.access.WorkAccess;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanAssignment;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanAssumptions;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanOutcome;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanRequest;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanUnassignable;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanView;
import io.bureau.scheduling.planning.Planner;
import io.bureau.scheduling.task.Task;
import io.bureau.scheduling.task.TaskEvents;
import io.bureau.scheduling.task.TaskService;

/**
 * Computes plans (one per department at a time, across replicas: a transaction-scoped advisory
 * lock on the department), applies them (assignments and their events, refused when any planned
 * task changed since) or discards them.
 */
@ApplicationScoped
public class PlanService {

    static final String AUDIT_TYPE = "plan";
    static final int MAX_HORIZON_DAYS = 92;

    @Inject
    PlanInputs inputs;

    @Inject
    WorkAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    PlanQueries queries;

    @ConfigProperty(name = "bureau.scheduling.planner.spent-limit", defaultValue = "10s")
    Duration spentLimit;

    @ConfigProperty(name = "bureau.scheduling.planner.unimproved-limit", defaultValue = "2s")
    Duration unimprovedLimit;

    @Transactional
    public WorkPlanView propose(WorkPlanRequest request) {
        access.requireManageDepartment(request.departmentId());
        LocalDate today = TaskService.today();
        if (request.to().isBefore(request.from())) {
            throw Problems.invalidField("to", "must not be before from");
        }
        if (request.to().isBefore(today)) {
            throw Problems.invalidField("to", "the horizon is over (UTC today is " + today + ")");
        }
        LocalDate from = request.from().isBefore(today) ? today : request.from();
        if (request.to().toEpochDay() - from.toEpochDay() >= MAX_HORIZON_DAYS) {
            throw Problems.invalidField("to", "a horizon is at most " + MAX_HORIZON_DAYS + " days");
        }
        lockDepartment(request.departmentId());
        WorkPlanAssumptions assumptions = (request.assumptions() == null ? WorkPlanAssumptions.none() : request.assumptions()).normalised();
        PlanInputs.Inputs in = inputs.gather(request.departmentId(), from, request.to(), assumptions);
        Planner.Result result = Planner.plan(in.problem(), new Planner.Limits(spentLimit, unimprovedLimit, true));
        WorkPlan plan = new WorkPlan();
        plan.id = UUID.randomUUID();
        plan.departmentId = request.departmentId();
        plan.from = from;
        plan.to = request.to();
        plan.status = WorkPlan.Status.PROPOSED;
        plan.hypothetical = in.hypothetical();
        plan.assumptions = write(assumptions);
        plan.outcome = write(new WorkPlanOutcome(result.assignments().stream().map(WorkPlanAssignment::of).toList(),
                result.unassignable().stream().map(WorkPlanUnassignable::of).toList()));
        plan.taskVersions = write(in.taskVersions());
        plan.score = result.score().toString();
        plan.baselineScore = result.baselineScore().toString();
        plan.createdAt = TaskService.now();
        plan.createdBy = caller.subject();
        plan.persist();
        WorkPlan.flush();
        WorkPlanView view = queries.view(plan);
        audit.record("plan.proposed", AUDIT_TYPE, plan.id, null, view);
        return view;
    }

    @Transactional
    public WorkPlanView apply(UUID id) {
        WorkPlan plan = Lookups.requireForUpdate(WorkPlan.class, id);
        access.requireManageDepartment(plan.departmentId);
        OffsetDateTime now = TaskService.now();
        plan.apply(caller.subject(), now);
        Map<UUID, Long> versions = read(plan.taskVersions, new TypeReference<Map<UUID, Long>>() { });
        for (Map.Entry<UUID, Long> entry : versions.entrySet()) {
            Task task = Task.findById(entry.getKey(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (task == null || task.version != entry.getValue()) {
                throw Problems.conflictOn("taskVersions", "Task " + entry.getKey()
                        + " changed since the plan was computed; compute a new plan");
            }
        }
        WorkPlanOutcome outcome = read(plan.outcome, new TypeReference<WorkPlanOutcome>() { });
        List<PlanEvents.PlannedTask> planned = new ArrayList<>();
        for (WorkPlanAssignment a : outcome.assignments()) {
            planned.add(new PlanEvents.PlannedTask(a.taskId(), a.personId(), a.start(), a.finish(), a.changed()));
            if (a.kept()) {
                continue;
            }
            Task task = Task.findById(a.taskId());
            if (a.personId().equals(task.assigneeId)) {
                continue;
            }
            UUID previous = task.assignTo(a.personId());
            if (previous != null) {
                outbox.publish(TaskEvents.UNASSIGNED, task.id, TaskEvents.TaskMoved.of(task, previous, now));
            }
            outbox.publish(TaskEvents.ASSIGNED, task.id, TaskEvents.TaskMoved.of(task, a.personId(), now));
            audit.record("task.assigned", TaskService.AUDIT_TYPE, task.id, Map.of("assigneeId", String.valueOf(previous)),
                    Map.of("assigneeId", a.personId(), "planId", plan.id));
        }
        outbox.publish(PlanEvents.APPLIED, plan.id, new PlanEvents.PlanApplied(plan.id, plan.departmentId, plan.from, plan.to,
                planned, outcome.unassignable().stream().map(WorkPlanUnassignable::taskId).toList(), plan.score, now));
        WorkPlan.flush();
        WorkPlanView view = queries.view(plan);
        audit.record("plan.applied", AUDIT_TYPE, plan.id, null, Map.of("status", plan.status));
        return view;
    }

    @Transactional
    public WorkPlanView discard(UUID id) {
        WorkPlan plan = Lookups.requireForUpdate(WorkPlan.class, id);
        access.requireManageDepartment(plan.departmentId);
        plan.discard(caller.subject(), TaskService.now());
        WorkPlan.flush();
        audit.record("plan.discarded", AUDIT_TYPE, plan.id, null, Map.of("status", plan.status));
        return queries.view(plan);
    }

    /** Held until the transaction ends; another replica's request for the same department answers 409 meanwhile. */
    private void lockDepartment(UUID departmentId) {
        Boolean locked = (Boolean) entityManager.createNativeQuery(lockSql("?1")).setParameter(1, departmentId.toString()).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            throw Problems.conflictOn("departmentId", "A plan for department " + departmentId
                    + " is being computed; try again when it is done");
        }
    }

    /** The department's planning lock (tests take it to prove a second computation is refused). */
    public static String lockSql(String parameter) {
        return "select pg_try_advisory_xact_lock(hashtextextended('bureau.scheduling.plan:' || cast(" + parameter + " as text), 0))";
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
