package io.bureau.staff.hiring;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import io.bureau.platform.security.Roles;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.staff.hiring.HiringDtos.JobOfferDeclineRequest;
import io.bureau.staff.hiring.HiringDtos.JobOfferView;

@Path("/api/v1/offers")
@Tag(name = "Hiring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "Hiring is for admins and the managers of the department hiring",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
@APIResponse(responseCode = "404", description = "No such offer",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class JobOfferResource {

    @Inject
    OfferService offers;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getJobOffer", summary = "Read an offer; an extended offer past its expiry date reads EXPIRED",
            description = "For those who may read the application the offer was made on.")
    @APIResponse(responseCode = "200", description = "The offer",
            content = @Content(schema = @Schema(implementation = JobOfferView.class)))
    public Response get(@PathParam("id") UUID id) {
        JobOfferView offer = offers.getOffer(id);
        return ETags.ok(offer, offer.version());
    }

    @POST
    // No body: any Content-Type, or none, is fine.
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/accept")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "acceptJobOffer", summary = "Record that the candidate accepted the offer",
            description = "Only an extended offer not past its expiry date. Publishes job-application offer-accepted "
                    + "(position and start date, never the terms).")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(schema = @Schema(implementation = JobOfferView.class)))
    @APIResponse(responseCode = "409", description = "The offer is expired, declined or accepted already",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        JobOfferView offer = offers.accept(id, ifMatch);
        return ETags.ok(offer, offer.version());
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "declineJobOffer", summary = "Record that the candidate declined the offer",
            description = "Only an extended offer; the reason is kept on the offer and never published.")
    @APIResponse(responseCode = "200", description = "Declined",
            content = @Content(schema = @Schema(implementation = JobOfferView.class)))
    @APIResponse(responseCode = "409", description = "The offer is expired, declined or accepted already",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response decline(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Valid JobOfferDeclineRequest request) {
        JobOfferView offer = offers.decline(id, request, ifMatch);
        return ETags.ok(offer, offer.version());
    }
}
