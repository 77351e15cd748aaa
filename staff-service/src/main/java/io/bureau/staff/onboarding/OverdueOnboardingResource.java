package io.bureau.staff.onboarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.security.Roles;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.staff.onboarding.OnboardingDtos.OnboardingItemView;

@Path("/api/v1/onboarding-items")
@Tag(name = "Onboarding", description = "Checklist templates, plans for new hires, overdue items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller may not do this",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class OverdueOnboardingResource {

    @Inject
    OnboardingService onboarding;

    @GET
    @Path("/overdue")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listOverdueOnboardingItems", summary = "List overdue items, earliest first",
            description = "Admins and top managers see all; others the items they own and those of the people they manage.")
    @APIResponse(responseCode = "200", description = "A page of overdue items")
    public Page<OnboardingItemView> overdue(@Valid @BeanParam PageRequest page) {
        return onboarding.overdue(page);
    }
}
