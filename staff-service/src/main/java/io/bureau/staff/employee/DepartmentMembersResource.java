package io.bureau.staff.employee;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.security.Roles;
import io.bureau.staff.employee.EmployeeDtos.EmployeeView;

/** A department's people: served by the employee feature, so departments need not know employees. */
@Path("/api/v1/departments/{id}/members")
@Tag(name = "Departments")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentMembersResource {

    @Inject
    EmployeeQueries queries;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listDepartmentMembers", summary = "List the employees of a department (not of its sub-departments)",
            description = "Admins, top managers and the managers of the department (or of one above it).")
    @APIResponse(responseCode = "200", description = "A page of the department's employees")
    @APIResponse(responseCode = "404", description = "No such department",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Page<EmployeeView> members(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.departmentMembers(id, page);
    }
}
