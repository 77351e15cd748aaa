package io.bureau.staff.hiring;

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
import jakarta.ws.rs.QueryParam;
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
import io.bureau.staff.hiring.HiringDtos.CandidateRequest;
import io.bureau.staff.hiring.HiringDtos.CandidateView;

@Path("/api/v1/candidates")
@Tag(name = "Hiring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "Hiring is for admins and the managers of the department hiring",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class CandidateResource {

    @Inject
    OpeningService openings;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "addCandidate", summary = "Add a candidate",
            description = "Admins and office managers. The answer shows the contact data just given; later reads show it "
                    + "only to those entitled (see getCandidate).")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = CandidateView.class)))
    @APIResponse(responseCode = "409", description = "A candidate with this email exists",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response add(@Valid @NotNull CandidateRequest request) {
        return Response.status(Response.Status.CREATED).entity(openings.addCandidate(request)).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listCandidates", summary = "List candidates, optionally matching a name or email",
            description = "Contact data (email, phone) only of candidates who applied to an opening of a department the caller "
                    + "manages (admins: all); the text matches only the emails the caller may see.")
    @APIResponse(responseCode = "200", description = "A page of candidates")
    public Page<CandidateView> list(@QueryParam("q") String text, @Valid @BeanParam PageRequest page) {
        return openings.listCandidates(text, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getCandidate", summary = "Read a candidate",
            description = "Contact data (email, phone) only to admins and the managers of a department with an opening the "
                    + "candidate applied to; anyone else reads the candidate without it (contactShown false).")
    @APIResponse(responseCode = "200", description = "The candidate")
    @APIResponse(responseCode = "404", description = "No such candidate",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public CandidateView get(@PathParam("id") UUID id) {
        return openings.getCandidate(id);
    }
}
