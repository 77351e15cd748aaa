package io.bureau.staff.hiring;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import io.bureau.platform.security.Roles;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.staff.hiring.HiringDtos.HireRequest;
import io.bureau.staff.hiring.HiringDtos.HireResult;
import io.bureau.staff.hiring.HiringDtos.InterviewRequest;
import io.bureau.staff.hiring.HiringDtos.InterviewView;
import io.bureau.staff.hiring.HiringDtos.JobApplicationRequest;
import io.bureau.staff.hiring.HiringDtos.JobApplicationStageRequest;
import io.bureau.staff.hiring.HiringDtos.JobApplicationView;
import io.bureau.staff.hiring.HiringDtos.JobOfferRequest;
import io.bureau.staff.hiring.HiringDtos.JobOfferView;

@Path("/api/v1/applications")
@Tag(name = "Hiring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "Hiring is for admins and the managers of the department hiring",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
@APIResponse(responseCode = "404", description = "No such application",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class JobApplicationResource {

    @Inject
    ApplicationService applications;

    @Inject
    InterviewService interviews;

    @Inject
    OfferService offers;

    @Inject
    HireService hires;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "createJobApplication", summary = "Record a candidate's application to an open position",
            description = "Admins and the managers of the opening's department; the opening must be open and the candidate "
                    + "must not have applied to it already. Audited on the application.")
    @APIResponse(responseCode = "201", description = "Received, at stage APPLIED",
            content = @Content(schema = @Schema(implementation = JobApplicationView.class)))
    @APIResponse(responseCode = "409", description = "The opening is closed, or the candidate applied already",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response apply(@Valid @NotNull JobApplicationRequest request) {
        JobApplicationView received = applications.apply(request);
        return ETags.created(received, received.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getJobApplication", summary = "Read an application with the stages it may move to",
            description = "Admins and top managers read every application; office managers those of their departments' "
                    + "openings. The ETag is its version.")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = JobApplicationView.class)))
    public Response get(@PathParam("id") UUID id) {
        JobApplicationView application = applications.get(id);
        return ETags.ok(application, application.version());
    }

    @PUT
    @Path("/{id}/stage")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "moveJobApplicationStage", summary = "Move an application to its next stage, or reject or withdraw it with a reason",
            description = "Only the moves allowedNextStages lists; REJECTED and WITHDRAWN need a reason, HIRED goes "
                    + "through the hire. Managers of the opening's department and admins; If-Match is checked when "
                    + "sent.")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(schema = @Schema(implementation = JobApplicationView.class)))
    @APIResponse(responseCode = "409", description = "Not a move the current stage allows; allowedTransitions lists those it does",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response moveStage(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                              @Valid @NotNull JobApplicationStageRequest request) {
        JobApplicationView moved = applications.moveStage(id, request, ifMatch);
        return ETags.ok(moved, moved.version());
    }

    @POST
    @Path("/{id}/interviews")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "scheduleInterview", summary = "Schedule an interview of an application at stage INTERVIEW",
            description = "Managers of the opening's department and admins. Interviewers are employees of any department; "
                    + "each later submits their own scorecard.")
    @APIResponse(responseCode = "201", description = "Scheduled",
            content = @Content(schema = @Schema(implementation = InterviewView.class)))
    @APIResponse(responseCode = "409", description = "The application is not at stage INTERVIEW",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response scheduleInterview(@PathParam("id") UUID id, @Valid @NotNull InterviewRequest request) {
        return Response.status(Response.Status.CREATED).entity(interviews.scheduleInterview(id, request)).build();
    }

    @GET
    @Path("/{id}/interviews")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listInterviews", summary = "List an application's interviews with their scorecards",
            description = "Each interview with the scorecards submitted so far, in one read; for those who may read the "
                    + "application.")
    @APIResponse(responseCode = "200", description = "The interviews with their scorecards")
    public List<InterviewView> interviews(@PathParam("id") UUID id) {
        return interviews.interviews(id);
    }

    @POST
    @Path("/{id}/offers")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "makeJobOffer", summary = "Extend an offer on an application at stage OFFER",
            description = "One offer may be extended or accepted at a time; expiresOn must not be in the past. Managers of "
                    + "the opening's department and admins.")
    @APIResponse(responseCode = "201", description = "Extended",
            content = @Content(schema = @Schema(implementation = JobOfferView.class)))
    @APIResponse(responseCode = "409", description = "Not at stage OFFER, or an offer is pending or accepted already",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response makeOffer(@PathParam("id") UUID id, @Valid @NotNull JobOfferRequest request) {
        JobOfferView offer = offers.makeOffer(id, request);
        return ETags.created(offer, offer.version());
    }

    @GET
    @Path("/{id}/offers")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listJobOffers", summary = "List the offers made on an application",
            description = "Oldest first, each with its status as of today (an extended offer past its expiry date reads "
                    + "EXPIRED).")
    @APIResponse(responseCode = "200", description = "The offers, oldest first")
    public List<JobOfferView> offers(@PathParam("id") UUID id) {
        return offers.offers(id);
    }

    @POST
    @Path("/{id}/hire")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "hireApplicant", summary = "Hire the candidate of an accepted offer",
            description = "In one transaction: creates the employee with the skills the interviews assessed (their average), "
                    + "marks the application HIRED, closes the opening when its headcount is filled and, when a template is named, "
                    + "starts the new hire's onboarding plan.")
    @APIResponse(responseCode = "201", description = "Hired",
            content = @Content(schema = @Schema(implementation = HireResult.class)))
    @APIResponse(responseCode = "409", description = "No accepted offer, the opening is closed, the work email is taken, or no manager to own onboarding items",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the application",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response hire(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull HireRequest request) {
        return Response.status(Response.Status.CREATED).entity(hires.hire(id, request, ifMatch)).build();
    }
}
