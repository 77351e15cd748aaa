package io.bureau.staff.onboarding;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.security.Roles;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.staff.onboarding.OnboardingDtos.OnboardingItemView;
import io.bureau.staff.onboarding.OnboardingDtos.OnboardingPlanView;

@Path("/api/v1/onboarding-plans")
@Tag(name = "Onboarding", description = "Checklist templates, plans for new hires, overdue items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller may not do this",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
@APIResponse(responseCode = "404", description = "No such plan or item",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class OnboardingPlanResource {

    @Inject
    OnboardingService onboarding;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getOnboardingPlan", summary = "Read a plan with its items; for the new hire, the item owners and their managers",
            description = "The plan's items in one read, in their template order, each with its owner and due date.")
    @APIResponse(responseCode = "200", description = "The plan with its items")
    public OnboardingPlanView get(@PathParam("id") UUID id) {
        return onboarding.getPlan(id);
    }

    @POST
    // No body: any Content-Type, or none, is fine.
    @Consumes(MediaType.WILDCARD)
    @Path("/{planId}/items/{itemId}/complete")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "completeOnboardingItem", summary = "Complete an item the caller owns; the last one completes the plan",
            description = "The item's owner (or an admin) completes it, once; the plan is locked meanwhile, so exactly one "
                    + "completion publishes onboarding completed.")
    @APIResponse(responseCode = "200", description = "Completed",
            content = @Content(schema = @Schema(implementation = OnboardingItemView.class)))
    @APIResponse(responseCode = "409", description = "Completed already",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the item",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response complete(@PathParam("planId") UUID planId, @PathParam("itemId") UUID itemId,
                             @HeaderParam("If-Match") String ifMatch) {
        OnboardingItemView item = onboarding.completeItem(planId, itemId, ifMatch);
        return ETags.ok(item, item.version());
    }
}
