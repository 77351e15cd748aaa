package io.bureau.staff.onboarding;

import java.util.List;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.security.Roles;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.staff.onboarding.OnboardingDtos.OnboardingPlanRequest;
import io.bureau.staff.onboarding.OnboardingDtos.OnboardingPlanView;

@Path("/api/v1/employees/{employeeId}/onboarding-plans")
@Tag(name = "Onboarding", description = "Checklist templates, plans for new hires, overdue items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller may not do this",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
@APIResponse(responseCode = "404", description = "No such employee",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class EmployeeOnboardingResource {

    @Inject
    OnboardingService onboarding;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "startOnboardingPlan", summary = "Start an onboarding plan for an employee from a template",
            description = "Due dates count from the employee's hire date; MANAGER items go to their manager, else their department's.")
    @APIResponse(responseCode = "201", description = "Started",
            content = @Content(schema = @Schema(implementation = OnboardingPlanView.class)))
    @APIResponse(responseCode = "409", description = "No manager to own the MANAGER items",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response start(@PathParam("employeeId") UUID employeeId, @Valid @NotNull OnboardingPlanRequest request) {
        return Response.status(Response.Status.CREATED).entity(onboarding.startPlan(employeeId, request.templateId())).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listEmployeeOnboardingPlans", summary = "List an employee's onboarding plans",
            description = "For those who may read the person; oldest first, with their items.")
    @APIResponse(responseCode = "200", description = "The plans, oldest first")
    public List<OnboardingPlanView> list(@PathParam("employeeId") UUID employeeId) {
        return onboarding.plansOf(employeeId);
    }
}
