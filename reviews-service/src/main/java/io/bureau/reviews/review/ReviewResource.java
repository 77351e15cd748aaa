package io.bureau.reviews.review;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.security.Roles;
import io.bureau.reviews.review.ReviewDtos.ReviewFinalizeRequest;
import io.bureau.reviews.review.ReviewDtos.ReviewMeetingRequest;
import io.bureau.reviews.review.ReviewDtos.ReviewRatingsRequest;
import io.bureau.reviews.review.ReviewDtos.ReviewSelfAssessmentRequest;
import io.bureau.reviews.review.ReviewDtos.ReviewView;

@Path("/api/v1/reviews")
@Tag(name = "Reviews", description = "A person's review in a cycle: self-assessment, evidence, ratings, meeting, final score")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private static final String ILLEGAL_MOVE = "The review's status does not allow this move (a finalised review is "
            + "immutable); allowedTransitions lists those it does; or this Idempotency-Key is still being processed";
    private static final String MANAGERS = "The managers of the employee's department and the employee's line managers "
            + "(office managers), and admins.";

    @Inject
    ReviewService reviews;

    @Inject
    ReviewQueries queries;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listReviews", summary = "List the reviews the caller may see",
            description = "Employees their own; office managers also those of their departments and of the people they are "
                    + "line managers of; admins all. Sort by status or createdAt.")
    @APIResponse(responseCode = "200", description = "A page of reviews")
    public Page<ReviewView> list(@QueryParam("cycle") UUID cycleId, @QueryParam("employee") UUID employeeId,
                                 @QueryParam("status") ReviewStatus status, @Valid @BeanParam PageRequest page) {
        return queries.reviews(cycleId, employeeId, status, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getReview", summary = "Read a review; the ETag is its version",
            description = "The employee and their managers (" + MANAGERS + "). Never a colleague.")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    public Response get(@PathParam("id") UUID id) {
        return ok(queries.review(id));
    }

    @PUT
    @Path("/{id}/self-assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "assessSelfInReview", summary = "Write (or rewrite) the employee's self-assessment",
            description = "The reviewed employee only, until the manager assessment starts. DRAFT → SELF_ASSESSMENT.")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response assessSelf(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull ReviewSelfAssessmentRequest request) {
        return ok(reviews.assessSelf(id, request.text(), ifMatch));
    }

    @POST
    @Path("/{id}/start-manager-assessment")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "startManagerAssessment", summary = "Start the manager assessment; the evidence is frozen now",
            description = MANAGERS + " SELF_ASSESSMENT → MANAGER_ASSESSMENT. The work metrics of the cycle's period are copied "
                    + "into the review and never change afterwards.")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response startManagerAssessment(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(reviews.startManagerAssessment(id, ifMatch));
    }

    @PUT
    @Path("/{id}/ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "rateReview", summary = "Replace the manager's ratings (1-5 per criterion) and comments",
            description = MANAGERS + " Only during MANAGER_ASSESSMENT; each criterion of the cycle at most once (400 names the "
                    + "rating otherwise).")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response rate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull ReviewRatingsRequest request) {
        return ok(reviews.rate(id, request.ratings(), request.comments(), ifMatch));
    }

    @POST
    @Path("/{id}/meeting")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "recordReviewMeeting", summary = "Record the review meeting (date, notes)",
            description = MANAGERS + " MANAGER_ASSESSMENT → MEETING_HELD, once every criterion is rated (409 naming ratings).")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE + "; or a criterion is not rated",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response meeting(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull ReviewMeetingRequest request) {
        return ok(reviews.holdMeeting(id, request.heldOn(), request.notes(), ifMatch));
    }

    @POST
    @Path("/{id}/finalize")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "finalizeReview", summary = "Finalise the review with a short summary",
            description = MANAGERS + " MEETING_HELD → FINALIZED. Fixes the weighted overall score (Σ rating × weight / Σ weight, "
                    + "two decimals); the review is immutable from now on. Publishes finalized (with the summary, never the "
                    + "comments or meeting notes).")
    @APIResponse(responseCode = "200", description = "The finalised review",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response finalizeReview(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                   @Valid @NotNull ReviewFinalizeRequest request) {
        return ok(reviews.finalizeReview(id, request.summary(), ifMatch));
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "acknowledgeReview", summary = "The employee acknowledges their finalised review",
            description = "The reviewed employee only. FINALIZED → ACKNOWLEDGED.")
    @APIResponse(responseCode = "200", description = "The acknowledged review",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response acknowledge(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(reviews.acknowledge(id, ifMatch));
    }

    private static Response ok(ReviewView review) {
        return ETags.ok(review, review.version());
    }
}
