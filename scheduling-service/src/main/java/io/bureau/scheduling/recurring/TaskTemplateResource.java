package io.bureau.scheduling.recurring;

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
import jakarta.ws.rs.PUT;
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
import io.bureau.scheduling.recurring.TaskTemplateDtos.TaskTemplateCreateRequest;
import io.bureau.scheduling.recurring.TaskTemplateDtos.TaskTemplateSaved;
import io.bureau.scheduling.recurring.TaskTemplateDtos.TaskTemplateUpdateRequest;
import io.bureau.scheduling.recurring.TaskTemplateDtos.TaskTemplateView;

@Path("/api/v1/task-templates")
@Tag(name = "Task templates", description = "Work a department needs again and again: daily, weekly on given days, monthly on a day")
@Produces(MediaType.APPLICATION_JSON)
public class TaskTemplateResource {

    private static final String GENERATES = " Tasks are generated at once for the due days from today to today + horizonDays "
            + "not generated before (never twice for a day), with the template's terms: required skills, hours, priority, "
            + "earliest start the due day, deadline deadlineDaysAfter days later. Each is published as created.";

    @Inject
    TaskTemplateService templates;

    @Inject
    TaskTemplateQueries queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "createTaskTemplate", summary = "Create a recurring task template for a department the caller manages",
            description = "WEEKLY needs daysOfWeek, MONTHLY a dayOfMonth; the other kinds take neither." + GENERATES)
    @APIResponse(responseCode = "201", description = "Created, with the number of tasks generated",
            content = @Content(schema = @Schema(implementation = TaskTemplateSaved.class)))
    public Response create(@Valid @NotNull TaskTemplateCreateRequest request) {
        TaskTemplateSaved saved = templates.create(request);
        return ETags.created(saved, saved.template().version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listTaskTemplates", summary = "List a department's templates",
            description = "Managers of the department (or one above it), top managers and admins. Sort by title, priority, "
                    + "createdAt or active.")
    @APIResponse(responseCode = "200", description = "A page of templates")
    public Page<TaskTemplateView> list(
            @Parameter(description = "The department", required = true) @QueryParam("department") @NotNull UUID departmentId,
            @Parameter(description = "Only active (true) or inactive (false) templates") @QueryParam("active") Boolean active,
            @Valid @BeanParam PageRequest page) {
        return queries.department(departmentId, active, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getTaskTemplate", summary = "Read a template; the ETag is its version",
            description = "Managers of the template's department, top managers and admins.")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(schema = @Schema(implementation = TaskTemplateView.class)))
    public Response get(@PathParam("id") UUID id) {
        TaskTemplateView template = queries.get(id);
        return ETags.ok(template, template.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "updateTaskTemplate", summary = "Replace a template's terms",
            description = "Managers of the template's department. The new terms apply to tasks generated from now on; tasks "
                    + "already generated keep theirs (edit or cancel them one by one). An active template generates at once "
                    + "what its new recurrence or horizon adds." + GENERATES)
    @APIResponse(responseCode = "200", description = "The template as it now is, with the number of tasks generated",
            content = @Content(schema = @Schema(implementation = TaskTemplateSaved.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull TaskTemplateUpdateRequest request) {
        TaskTemplateSaved saved = templates.update(id, request, ifMatch);
        return ETags.ok(saved, saved.template().version());
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "deactivateTaskTemplate", summary = "Stop a template generating tasks",
            description = "Managers of the template's department. Nothing more is generated; the tasks already generated "
                    + "stay as they are (cancel them one by one if they are not wanted). Templates are never deleted, so "
                    + "their history and the days they generated remain.")
    @APIResponse(responseCode = "200", description = "The inactive template",
            content = @Content(schema = @Schema(implementation = TaskTemplateView.class)))
    @APIResponse(responseCode = "409", description = "The template is already inactive; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response deactivate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        TaskTemplateView template = templates.deactivate(id, ifMatch);
        return ETags.ok(template, template.version());
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "activateTaskTemplate", summary = "Let an inactive template generate tasks again",
            description = "Managers of the template's department. Due days missed while it was inactive are not made up; "
                    + "days it generated before are not generated again." + GENERATES)
    @APIResponse(responseCode = "200", description = "The active template, with the number of tasks generated",
            content = @Content(schema = @Schema(implementation = TaskTemplateSaved.class)))
    @APIResponse(responseCode = "409", description = "The template is already active; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response activate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        TaskTemplateSaved saved = templates.activate(id, ifMatch);
        return ETags.ok(saved, saved.template().version());
    }
}
