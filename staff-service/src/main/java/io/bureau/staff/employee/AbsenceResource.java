package io.bureau.staff.employee;

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
import io.bureau.staff.employee.EmployeeDtos.AbsenceRequest;
import io.bureau.staff.employee.EmployeeDtos.AbsenceView;

@Path("/api/v1/employees/{employeeId}/absences")
@Tag(name = "Absences", description = "Leave, sickness and training days as dated periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "Only the person and those who manage them",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
@APIResponse(responseCode = "404", description = "No such employee or absence",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class AbsenceResource {

    @Inject
    AbsenceService absences;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "recordAbsence", summary = "Record an absence; one overlapping a recorded absence is refused",
            description = "The person themselves, those who manage them, or an admin. Publishes absence-recorded with a "
                    + "neutral kind (SICKNESS as LEAVE) and no note.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AbsenceView.class)))
    @APIResponse(responseCode = "409", description = "It overlaps an absence already recorded",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response record(@PathParam("employeeId") UUID employeeId, @Valid @NotNull AbsenceRequest request) {
        AbsenceView recorded = absences.record(employeeId, request);
        return ETags.created(recorded, recorded.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listAbsences", summary = "List a person's absences, latest first, cancelled ones included",
            description = "For those who may read the person; the real kind (SICKNESS) and the note only to the person, "
                    + "their manager chain and admins.")
    @APIResponse(responseCode = "200", description = "A page of absences")
    public Page<AbsenceView> list(@PathParam("employeeId") UUID employeeId, @Valid @BeanParam PageRequest page) {
        return absences.list(employeeId, page);
    }

    @POST
    // No body: any Content-Type, or none, is fine.
    @Consumes(MediaType.WILDCARD)
    @Path("/{absenceId}/cancel")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "cancelAbsence", summary = "Cancel a recorded absence",
            description = "The person themselves, those who manage them, or an admin; the absence is kept, as CANCELLED. "
                    + "Publishes absence-cancelled.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = AbsenceView.class)))
    @APIResponse(responseCode = "409", description = "Already cancelled",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response cancel(@PathParam("employeeId") UUID employeeId, @PathParam("absenceId") UUID absenceId,
                           @HeaderParam("If-Match") String ifMatch) {
        AbsenceView cancelled = absences.cancel(employeeId, absenceId, ifMatch);
        return ETags.ok(cancelled, cancelled.version());
    }
}
