package io.bureau.staff.onboarding;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.security.Roles;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.staff.onboarding.OnboardingDtos.OnboardingTemplateRequest;
import io.bureau.staff.onboarding.OnboardingDtos.OnboardingTemplateView;

@Path("/api/v1/onboarding-templates")
@Tag(name = "Onboarding", description = "Checklist templates, plans for new hires, overdue items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller may not do this",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class OnboardingTemplateResource {

    @Inject
    OnboardingService onboarding;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "createOnboardingTemplate", summary = "Create a checklist template: items with an owner role and a due offset in days",
            description = "Admins and office managers; at most 100 items; names are unique whatever their case.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = OnboardingTemplateView.class)))
    @APIResponse(responseCode = "409", description = "A template of this name exists",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response create(@Valid @NotNull OnboardingTemplateRequest request) {
        return Response.status(Response.Status.CREATED).entity(onboarding.createTemplate(request)).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listOnboardingTemplates", summary = "List the templates by name",
            description = "Every template, for those who start plans and those who read them.")
    @APIResponse(responseCode = "200", description = "A page of templates")
    public Page<OnboardingTemplateView> list(@Valid @BeanParam PageRequest page) {
        return onboarding.listTemplates(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getOnboardingTemplate", summary = "Read a template",
            description = "A template with its items in order.")
    @APIResponse(responseCode = "200", description = "The template")
    @APIResponse(responseCode = "404", description = "No such template",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public OnboardingTemplateView get(@PathParam("id") UUID id) {
        return onboarding.getTemplate(id);
    }
}
