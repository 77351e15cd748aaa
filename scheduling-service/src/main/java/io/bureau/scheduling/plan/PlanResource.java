package io.bureau.scheduling.plan;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.security.Roles;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanRequest;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanView;

@Path("/api/v1/plans")
@Tag(name = "Plans", description = "The planner: proposed plans with their explanations, what-ifs, apply or discard")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    public static final String SVG = "image/svg+xml";

    @Inject
    PlanService plans;

    @Inject
    PlanQueries queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "proposeWorkPlan", summary = "Plan a department's open and assigned tasks over a horizon",
            description = "Managers of the department. Tasks in progress or returned are kept on their assignee. Hard rules: "
                    + "skills at level and unexpired, working days free of absence, contracted hours per day, predecessors "
                    + "first. Goals in order: priority-weighted lateness, even workload, urgent work to stronger levels, "
                    + "fewest changes. Every assignment says why this person and why not each colleague; tasks nobody can do "
                    + "are listed with the reason. assumptions change nothing live; a plan with extraPeople cannot be applied. "
                    + "One computation per department at a time.")
    @APIResponse(responseCode = "201", description = "The proposed plan; Location names it",
            content = @Content(schema = @Schema(implementation = WorkPlanView.class)))
    @APIResponse(responseCode = "409", description = "A plan for this department is being computed; or this Idempotency-Key is "
            + "still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response propose(@Valid @NotNull WorkPlanRequest request, @Context UriInfo uri) {
        WorkPlanView plan = plans.propose(request);
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build())
                .entity(plan).tag(ETags.of(plan.version())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getWorkPlan", summary = "Read a plan with its assignments, explanations and unassignable tasks",
            description = "Managers of the department, top managers and admins.")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = WorkPlanView.class)))
    public Response get(@PathParam("id") UUID id) {
        WorkPlanView plan = queries.get(id);
        return ETags.ok(plan, plan.version());
    }

    @GET
    @Path("/{id}/timeline.svg")
    @Produces(SVG)
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getWorkPlanTimeline", summary = "The plan as an SVG timeline per person",
            description = "One row per task under its person, bars by day, colour by priority (1 red, 2 orange, 3 blue, 4 grey), "
                    + "late tasks outlined in red with their deadline marked. Same access as getWorkPlan.")
    @APIResponse(responseCode = "200", description = "The picture",
            content = @Content(mediaType = SVG, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response timeline(@PathParam("id") UUID id) {
        return Response.ok(PlanPicture.svg(queries.get(id)), SVG).build();
    }

    @POST
    @Path("/{id}/apply")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "applyWorkPlan", summary = "Make the plan's assignments",
            description = "Managers of the department. Publishes assigned (and unassigned for a previous assignee) for each "
                    + "changed task and plan.applied.")
    @APIResponse(responseCode = "200", description = "The applied plan",
            content = @Content(schema = @Schema(implementation = WorkPlanView.class)))
    @APIResponse(responseCode = "409", description = "A planned task changed since the plan was computed; the plan is not "
            + "PROPOSED; it counts on hypothetical people; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public WorkPlanView apply(@PathParam("id") UUID id) {
        return plans.apply(id);
    }

    @POST
    @Path("/{id}/discard")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "discardWorkPlan", summary = "Discard a proposed plan", description = "Managers of the department.")
    @APIResponse(responseCode = "200", description = "The discarded plan",
            content = @Content(schema = @Schema(implementation = WorkPlanView.class)))
    @APIResponse(responseCode = "409", description = "The plan is not PROPOSED; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public WorkPlanView discard(@PathParam("id") UUID id) {
        return plans.discard(id);
    }
}
