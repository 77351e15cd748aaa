package io.bureau.reviews.review;

import java.util.List;
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
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.security.Roles;
import io.bureau.reviews.review.ReviewDtos.ReviewCycleCreateRequest;
import io.bureau.reviews.review.ReviewDtos.ReviewCycleProgressView;
import io.bureau.reviews.review.ReviewDtos.ReviewCycleView;

@Path("/api/v1/review-cycles")
@Tag(name = "Review cycles", description = "Rounds of performance reviews over a period for some departments")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewCycleResource {

    private static final String ILLEGAL_MOVE = "The cycle's status does not allow this move; allowedTransitions lists those "
            + "it does; or this Idempotency-Key is still being processed";

    @Inject
    ReviewCycleService cycles;

    @Inject
    ReviewQueries queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "createReviewCycle", summary = "Prepare a review cycle (DRAFT)",
            description = "Admins, or an office manager who manages every department listed. Criteria names are distinct; "
                    + "weights 1-100 (relative). The name is unique (409 naming name).")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ReviewCycleView.class)))
    @APIResponse(responseCode = "409", description = "A cycle with this name exists; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response create(@Valid @NotNull ReviewCycleCreateRequest request) {
        ReviewCycleView created = cycles.create(request);
        return ETags.created(created, created.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listReviewCycles", summary = "List review cycles",
            description = "Admins and top managers see every cycle; office managers those covering a department they manage. "
                    + "Sort by name, periodStart, dueOn or status.")
    @APIResponse(responseCode = "200", description = "A page of cycles")
    public Page<ReviewCycleView> list(@QueryParam("status") ReviewCycleStatus status, @Valid @BeanParam PageRequest page) {
        return queries.cycles(status, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getReviewCycle", summary = "Read a review cycle; the ETag is its version",
            description = "Admins, top managers, and office managers of a department it covers.")
    @APIResponse(responseCode = "200", description = "The cycle",
            content = @Content(schema = @Schema(implementation = ReviewCycleView.class)))
    public Response get(@PathParam("id") UUID id) {
        ReviewCycleView cycle = queries.cycle(id);
        return ETags.ok(cycle, cycle.version());
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getReviewCycleProgress", summary = "The cycle's progress per department: counts, share finalised, "
            + "average score",
            description = "Aggregates only, never a person: reviews per status, the share finalised and the mean overall score "
                    + "(left out below " + ReviewQueries.MIN_FOR_AVERAGE + " finalised reviews). Admins and top managers get "
                    + "every department of the cycle; an office manager the departments of it they manage (403 when none).")
    @APIResponse(responseCode = "200", description = "One row per department, by department id")
    public List<ReviewCycleProgressView> progress(@PathParam("id") UUID id) {
        return queries.progress(id);
    }

    @POST
    @Path("/{id}/open")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "openReviewCycle", summary = "Open a cycle: a DRAFT review for every current person of its departments",
            description = "Managers of every department it covers. People hired into (or moved to) those departments while it "
                    + "is open get a review too.")
    @APIResponse(responseCode = "200", description = "The open cycle",
            content = @Content(schema = @Schema(implementation = ReviewCycleView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response open(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        ReviewCycleView cycle = cycles.open(id, ifMatch);
        return ETags.ok(cycle, cycle.version());
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "closeReviewCycle", summary = "Close an open cycle", description = "Managers of every department it covers.")
    @APIResponse(responseCode = "200", description = "The closed cycle",
            content = @Content(schema = @Schema(implementation = ReviewCycleView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        ReviewCycleView cycle = cycles.close(id, ifMatch);
        return ETags.ok(cycle, cycle.version());
    }
}
