package io.bureau.staff.employee;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import io.bureau.platform.security.Roles;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.staff.employee.EmployeeDtos.EmployeeAuditEntryView;
import io.bureau.staff.employee.EmployeeDtos.EmployeeCreateRequest;
import io.bureau.staff.employee.EmployeeDtos.EmployeeHrLinkRequest;
import io.bureau.staff.employee.EmployeeDtos.EmployeeManagerRequest;
import io.bureau.staff.employee.EmployeeDtos.EmployeeProfileRequest;
import io.bureau.staff.employee.EmployeeDtos.EmployeeStatusChangeRequest;
import io.bureau.staff.employee.EmployeeDtos.EmployeeView;
import io.bureau.staff.employee.EmployeeQueries.EmployeeSearch;

@Path("/api/v1/employees")
@Tag(name = "Employees", description = "Profiles, employment status, search and teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller may not see or manage this person",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class EmployeeResource {

    @Inject
    EmployeeService employees;

    @Inject
    EmployeeQueries queries;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "createEmployee", summary = "Add an employee to a department the caller manages",
            description = "A manager named here follows the rule of changeEmployeeManager.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = EmployeeView.class)))
    @APIResponse(responseCode = "409", description = "The work email belongs to someone else",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response create(@Valid @NotNull EmployeeCreateRequest request) {
        EmployeeView created = employees.create(request);
        return ETags.created(created, created.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "searchEmployees", summary = "Search employees by department, status, skill level and free text",
            description = "Office managers see the people of their departments and reporting line only. "
                    + "Sort by lastName, firstName, hireDate, position or status.")
    @APIResponse(responseCode = "200", description = "A page of employees")
    public Page<EmployeeView> search(
            @QueryParam("department") UUID departmentId,
            @QueryParam("status") EmployeeStatus status,
            @Parameter(description = "Only people holding this skill, unexpired") @QueryParam("skill") UUID skillId,
            @Parameter(description = "With skill: the lowest level to count (default 1)") @QueryParam("minLevel") @Min(1) @Max(5) Integer minLevel,
            @Parameter(description = "Matches name, email or position") @QueryParam("q") String text,
            @Valid @BeanParam PageRequest page) {
        return queries.search(new EmployeeSearch(departmentId, status, skillId, minLevel, text), page);
    }

    @GET
    @Path("/me")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getMyEmployeeProfile", summary = "Read the caller's own employee profile",
            description = "The employee record the caller's token names (claim employee_id); 404 when it names none that "
                    + "exists.")
    @APIResponse(responseCode = "200", description = "The caller's profile",
            content = @Content(schema = @Schema(implementation = EmployeeView.class)))
    public Response me() {
        EmployeeView me = queries.me();
        return ETags.ok(me, me.version());
    }

    @GET
    @Path("/me/team")
    @RolesAllowed({ Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listMyTeam", summary = "List everyone reporting to the caller, directly or indirectly",
            description = "Direct and indirect reports, with the reasons for their leave (the caller is in their manager "
                    + "chain).")
    @APIResponse(responseCode = "200", description = "A page of the caller's direct and indirect reports")
    public Page<EmployeeView> myTeam(@Valid @BeanParam PageRequest page) {
        return queries.myTeam(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getEmployee", summary = "Read an employee's profile; the ETag is its version",
            description = "The person, those who manage them (by department or reporting line), top managers and admins. "
                    + "statusReason only to the person, their manager chain and admins.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = EmployeeView.class)))
    @APIResponse(responseCode = "404", description = "No such employee",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response get(@PathParam("id") UUID id) {
        EmployeeView employee = queries.get(id);
        return ETags.ok(employee, employee.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "updateEmployee", summary = "Replace an employee's profile",
            description = "Everything but the manager and the HR-system id, which have operations of their own and stay as they are.")
    @APIResponse(responseCode = "200", description = "The profile as it now is",
            content = @Content(schema = @Schema(implementation = EmployeeView.class)))
    @APIResponse(responseCode = "404", description = "No such employee",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "409", description = "The work email belongs to someone else",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull EmployeeProfileRequest request) {
        EmployeeView updated = employees.update(id, request, ifMatch);
        return ETags.ok(updated, updated.version());
    }

    @PUT
    @Path("/{id}/manager")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "changeEmployeeManager", summary = "Name who manages a person (their line manager)",
            description = "The manager chain reads the person's restricted file entries, so the rule is strict. Admins name "
                    + "anyone, or nobody. An office manager only for people of departments they manage (not merely of their "
                    + "reporting line), naming the manager the organisation chart gives the person (the manager of their "
                    + "department, or above it for that department's own manager) or someone working in a department they "
                    + "manage; themselves only when the chart makes them the person's manager; never for themselves; never "
                    + "leaving someone without a manager. Audited as employee.manager-changed and published as updated.")
    @APIResponse(responseCode = "200", description = "The profile with its new manager",
            content = @Content(schema = @Schema(implementation = EmployeeView.class)))
    @APIResponse(responseCode = "404", description = "No such employee",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response changeManager(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                  @Valid @NotNull EmployeeManagerRequest request) {
        EmployeeView updated = employees.changeManager(id, request, ifMatch);
        return ETags.ok(updated, updated.version());
    }

    @PUT
    @Path("/{id}/external-hr-id")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "linkEmployeeToHrRecord", summary = "Link a person to their record in the HR system, or unlink them",
            description = "The HR import matches its rows by this id and creates the people it does not find; this links someone "
                    + "created here to the record the HR system holds. Admins only; audited as employee.hr-record-linked.")
    @APIResponse(responseCode = "200", description = "The profile with its HR id",
            content = @Content(schema = @Schema(implementation = EmployeeView.class)))
    @APIResponse(responseCode = "404", description = "No such employee",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "409", description = "The HR id belongs to someone else",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response linkHrRecord(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                 @Valid @NotNull EmployeeHrLinkRequest request) {
        EmployeeView updated = employees.linkHrRecord(id, request, ifMatch);
        return ETags.ok(updated, updated.version());
    }

    @PUT
    @Path("/{id}/status")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "changeEmployeeStatus", summary = "Send an employee on leave, back to active, or terminate them",
            description = "ON_LEAVE needs from, until and a reason; TERMINATED a lastWorkingDay and a reason; ACTIVE ends "
                    + "a leave. Every move publishes status-changed (leaving also terminated), never the reason.")
    @APIResponse(responseCode = "200", description = "The profile with its new status",
            content = @Content(schema = @Schema(implementation = EmployeeView.class)))
    @APIResponse(responseCode = "404", description = "No such employee",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "409", description = "The current status does not allow this move; allowedTransitions lists those it does",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                 @Valid @NotNull EmployeeStatusChangeRequest request) {
        EmployeeView updated = employees.changeStatus(id, request, ifMatch);
        return ETags.ok(updated, updated.version());
    }

    @GET
    @Path("/{id}/audit-trail")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getEmployeeAuditTrail", summary = "Every audited change to a person's records, newest first",
            description = "Admins only: profile, status, manager, skills, absences, file entries and onboarding of the "
                    + "person, with who changed what, before and after.")
    @APIResponse(responseCode = "200", description = "A page of audited changes")
    @APIResponse(responseCode = "404", description = "No such employee",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Page<EmployeeAuditEntryView> auditTrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.history(id, page);
    }
}
