package io.bureau.scheduling.plan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.problem.Problems;
import io.bureau.scheduling.access.WorkAccess;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanAssumptions;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanAssumptionsView;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanOutcome;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanView;

/** Reads plans: managers of the department, top managers and admins. */
@ApplicationScoped
public class PlanQueries {

    @Inject
    WorkAccess access;

    @Inject
    ObjectMapper json;

    public WorkPlanView get(UUID id) {
        WorkPlan plan = Lookups.require(WorkPlan.class, id);
        if (!access.readsDepartment(plan.departmentId)) {
            throw Problems.forbidden("You may not read the plans of department " + plan.departmentId);
        }
        return view(plan);
    }

    WorkPlanView view(WorkPlan plan) {
        try {
            WorkPlanOutcome outcome = json.readValue(plan.outcome, WorkPlanOutcome.class);
            WorkPlanAssumptions assumptions = json.readValue(plan.assumptions, WorkPlanAssumptions.class);
            return new WorkPlanView(plan.id, plan.departmentId, plan.from, plan.to, plan.status, plan.hypothetical,
                    WorkPlanAssumptionsView.of(assumptions), plan.score, plan.baselineScore, outcome.assignments(),
                    outcome.unassignable(), plan.createdAt, plan.createdBy, plan.decidedAt, plan.decidedBy, plan.version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan " + plan.id + " is unreadable", e);
        }
    }
}
