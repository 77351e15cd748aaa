package io.bureau.staff.hiring;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import io.bureau.staff.hiring.HiringDtos.ScorecardRequest;
import io.bureau.staff.hiring.HiringDtos.ScorecardView;

@Path("/api/v1/interviews")
@Tag(name = "Hiring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller is not an interviewer of this interview, or names another",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class InterviewResource {

    @Inject
    InterviewService interviews;

    @POST
    @Path("/{id}/scorecards")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "submitScorecard", summary = "Submit the caller's scorecard for an interview they held",
            description = "Any employee listed as an interviewer submits their own scorecard, once; no one submits another's "
                    + "(an admin may, for a listed interviewer).")
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    @APIResponse(responseCode = "404", description = "No such interview",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "409", description = "This interviewer has submitted already",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response submit(@PathParam("id") UUID id, @Valid @NotNull ScorecardRequest request) {
        return Response.status(Response.Status.CREATED).entity(interviews.submitScorecard(id, request)).build();
    }
}
