package io.bureau.staff.department;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.security.Roles;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.staff.department.DepartmentDtos.DepartmentRequest;
import io.bureau.staff.department.DepartmentDtos.DepartmentView;

@Path("/api/v1/departments")
@Tag(name = "Departments", description = "The organisation's tree of departments and their managers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller's role or department does not allow this",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class DepartmentResource {

    @Inject
    DepartmentService departments;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createDepartment", summary = "Create a department, optionally under a parent and with a manager",
            description = "Admins only; the parent and the manager must exist. Publishes department created.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    public Response create(@Valid @NotNull DepartmentRequest request) {
        DepartmentView created = departments.create(request);
        return ETags.created(created, created.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listDepartments", summary = "List all departments by name",
            description = "Every authenticated person may read the organisation's departments; sort by name.")
    @APIResponse(responseCode = "200", description = "A page of departments")
    public Page<DepartmentView> list(@Valid @BeanParam PageRequest page) {
        return departments.list(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getDepartment", summary = "Read a department; the ETag is its version",
            description = "Every authenticated person may read a department.")
    @APIResponse(responseCode = "200", description = "The department",
            content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "404", description = "No such department",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response get(@PathParam("id") UUID id) {
        DepartmentView department = departments.get(id);
        return ETags.ok(department, department.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateDepartment", summary = "Rename a department, move it under another parent or set its manager",
            description = "Admins only; a department cannot move under itself or one below it. Publishes department "
                    + "updated when something changed.")
    @APIResponse(responseCode = "200", description = "The department as it now is",
            content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "404", description = "No such department",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull DepartmentRequest request) {
        DepartmentView updated = departments.update(id, request, ifMatch);
        return ETags.ok(updated, updated.version());
    }

    @GET
    @Path("/{id}/sub-departments")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listSubDepartments", summary = "List the departments directly under a department",
            description = "Only the departments one level below; every authenticated person may read them.")
    @APIResponse(responseCode = "200", description = "A page of sub-departments")
    @APIResponse(responseCode = "404", description = "No such department",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Page<DepartmentView> subDepartments(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return departments.subDepartments(id, page);
    }
}
