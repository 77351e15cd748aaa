package io.bureau.reviews.training;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.security.Roles;
import io.bureau.reviews.training.CampaignDtos.TrainingCampaignCreateRequest;
import io.bureau.reviews.training.CampaignDtos.TrainingCampaignProgressView;
import io.bureau.reviews.training.CampaignDtos.TrainingCampaignView;

@Path("/api/v1/training-campaigns")
@Tag(name = "Training campaigns", description = "Mandatory training for whole departments by a date")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "launchTrainingCampaign", summary = "Launch a mandatory training campaign",
            description = "Admins, or an office manager who manages every department listed. Enrols every current person "
                    + "of the departments on the session (as a manager's enrolment: confirmed, waitlisted or pending the "
                    + "budget), and everyone who joins them until the due date.")
    @APIResponse(responseCode = "201", description = "The campaign",
            content = @Content(schema = @Schema(implementation = TrainingCampaignView.class)))
    @APIResponse(responseCode = "409", description = "A campaign with this name exists; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response launch(@Valid @NotNull TrainingCampaignCreateRequest request) {
        TrainingCampaignView campaign = campaigns.launch(request);
        return ETags.created(campaign, campaign.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getTrainingCampaign", summary = "Read a campaign",
            description = "Admins, top managers and office managers of a targeted department.")
    @APIResponse(responseCode = "200", description = "The campaign",
            content = @Content(schema = @Schema(implementation = TrainingCampaignView.class)))
    public Response get(@PathParam("id") UUID id) {
        TrainingCampaignView campaign = campaigns.get(id);
        return ETags.ok(campaign, campaign.version());
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getTrainingCampaignProgress", summary = "Progress per targeted department",
            description = "Counts only (done = passed; overdue = not passed once the due date is past; in progress = the "
                    + "rest). Admins, top managers and office managers of a targeted department.")
    @APIResponse(responseCode = "200", description = "One row per targeted department")
    public List<TrainingCampaignProgressView> progress(@PathParam("id") UUID id) {
        return campaigns.progress(id);
    }
}
