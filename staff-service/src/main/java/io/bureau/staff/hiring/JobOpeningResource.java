package io.bureau.staff.hiring;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.security.Roles;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.staff.hiring.HiringDtos.JobApplicationView;
import io.bureau.staff.hiring.HiringDtos.JobOpeningRequest;
import io.bureau.staff.hiring.HiringDtos.JobOpeningView;

@Path("/api/v1/job-openings")
@Tag(name = "Hiring", description = "Openings, candidates, applications, interviews, offers and the hire")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "Hiring is for admins and the managers of the department hiring",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class JobOpeningResource {

    @Inject
    OpeningService openings;

    @Inject
    ApplicationService applications;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "openJobOpening", summary = "Open a position in a department the caller manages",
            description = "Admins and the managers of the department; required skills must be in the catalogue. Publishes "
                    + "job-opening opened.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = JobOpeningView.class)))
    public Response open(@Valid @NotNull JobOpeningRequest request) {
        JobOpeningView opened = openings.open(request);
        return ETags.created(opened, opened.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listJobOpenings", summary = "List openings, newest first; office managers see their departments' only",
            description = "Filter by status and department. Admins and top managers see every opening.")
    @APIResponse(responseCode = "200", description = "A page of openings")
    public Page<JobOpeningView> list(@QueryParam("status") JobOpening.Status status, @QueryParam("department") UUID departmentId,
                                     @Valid @BeanParam PageRequest page) {
        return openings.list(status, departmentId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getJobOpening", summary = "Read an opening",
            description = "Admins and top managers read every opening; office managers those of their departments. The "
                    + "ETag is its version.")
    @APIResponse(responseCode = "200", description = "The opening",
            content = @Content(schema = @Schema(implementation = JobOpeningView.class)))
    @APIResponse(responseCode = "404", description = "No such opening",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response get(@PathParam("id") UUID id) {
        JobOpeningView opening = openings.get(id);
        return ETags.ok(opening, opening.version());
    }

    @POST
    // No body: any Content-Type, or none, is fine.
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/close")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "closeJobOpening", summary = "Close an opening before its headcount is filled",
            description = "A closed opening takes no applications or hires. Publishes job-opening closed (WITHDRAWN when "
                    + "not every position was filled).")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(implementation = JobOpeningView.class)))
    @APIResponse(responseCode = "404", description = "No such opening",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "409", description = "Already closed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        JobOpeningView closed = openings.close(id, ifMatch);
        return ETags.ok(closed, closed.version());
    }

    @GET
    @Path("/{id}/applications")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listJobOpeningApplications", summary = "List an opening's applications, optionally at one stage",
            description = "Sort by createdAt or stage; for those who may read the opening.")
    @APIResponse(responseCode = "200", description = "A page of applications")
    @APIResponse(responseCode = "404", description = "No such opening",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Page<JobApplicationView> applications(@PathParam("id") UUID id, @QueryParam("stage") ApplicationStage stage,
                                                 @Valid @BeanParam PageRequest page) {
        return applications.listForOpening(id, stage, page);
    }
}
