package io.bureau.reviews.plan;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.security.Roles;
import io.bureau.reviews.plan.PlanDtos.PlanCheckInRequest;
import io.bureau.reviews.plan.PlanDtos.PlanCloseRequest;
import io.bureau.reviews.plan.PlanDtos.PlanCreateRequest;
import io.bureau.reviews.plan.PlanDtos.PlanSupportBody;
import io.bureau.reviews.plan.PlanDtos.ReviewPlanView;

@Path("/api/v1/improvement-plans")
@Tag(name = "Improvement plans", description = "Plans for poor performance: goals, support, check-ins, outcome")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    private static final String MANAGERS = "The managers of the employee's department and the employee's line managers "
            + "(office managers), and admins.";
    private static final String CLOSED = "The plan is closed (allowedTransitions is empty); or this Idempotency-Key is still "
            + "being processed";

    @Inject
    PlanService plans;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "openImprovementPlan", summary = "Open an improvement plan for someone",
            description = MANAGERS + " Due date not in the past. Publishes opened (without reason or goals).")
    @APIResponse(responseCode = "201", description = "The open plan",
            content = @Content(schema = @Schema(implementation = ReviewPlanView.class)))
    public Response open(@Valid @NotNull PlanCreateRequest request) {
        ReviewPlanView plan = plans.open(request);
        return ETags.created(plan, plan.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listImprovementPlans", summary = "List one person's improvement plans, newest first",
            description = "The person and " + MANAGERS)
    @APIResponse(responseCode = "200", description = "A page of plans")
    public Page<ReviewPlanView> list(@Parameter(description = "The person", required = true) @QueryParam("employee") @NotNull UUID employeeId,
                               @Valid @BeanParam PageRequest page) {
        return plans.list(employeeId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getImprovementPlan", summary = "Read an improvement plan; the ETag is its version",
            description = "The person and " + MANAGERS + " Never a colleague.")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = ReviewPlanView.class)))
    public Response get(@PathParam("id") UUID id) {
        ReviewPlanView plan = plans.get(id);
        return ETags.ok(plan, plan.version());
    }

    @POST
    @Path("/{id}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "checkInOnImprovementPlan", summary = "Record a check-in with a progress note", description = MANAGERS)
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = ReviewPlanView.class)))
    @APIResponse(responseCode = "409", description = CLOSED,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response checkIn(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull PlanCheckInRequest request) {
        ReviewPlanView plan = plans.checkIn(id, request.heldOn(), request.progress(), ifMatch);
        return ETags.ok(plan, plan.version());
    }

    @POST
    @Path("/{id}/support-actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "addImprovementPlanSupport", summary = "Add a support action (training enrolment, counseling "
            + "referral, meeting)", description = MANAGERS)
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = ReviewPlanView.class)))
    @APIResponse(responseCode = "409", description = CLOSED,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response support(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull PlanSupportBody request) {
        ReviewPlanView plan = plans.support(id, request, ifMatch);
        return ETags.ok(plan, plan.version());
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "closeImprovementPlan", summary = "Close the plan with its outcome",
            description = MANAGERS + " Publishes closed with the outcome.")
    @APIResponse(responseCode = "200", description = "The closed plan",
            content = @Content(schema = @Schema(implementation = ReviewPlanView.class)))
    @APIResponse(responseCode = "409", description = CLOSED,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @Valid @NotNull PlanCloseRequest request) {
        ReviewPlanView plan = plans.close(id, request.outcome(), ifMatch);
        return ETags.ok(plan, plan.version());
    }
}
