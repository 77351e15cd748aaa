package io.bureau.reviews.counseling;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.security.Roles;
import io.bureau.reviews.counseling.CounselingDtos.CounselingReferralCreateRequest;
import io.bureau.reviews.counseling.CounselingDtos.CounselingReferralMoveRequest;
import io.bureau.reviews.counseling.CounselingDtos.CounselingReferralView;

@Path("/api/v1/counseling-referrals")
@Tag(name = "Counseling referrals", description = "Confidential: the employee, the referring manager's chain and admins only")
@Produces(MediaType.APPLICATION_JSON)
public class CounselingResource {

    private static final String CHAIN = "The referring manager, everyone above them in their line, and admins.";

    @Inject
    CounselingService counseling;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "openCounselingReferral", summary = "Refer someone to counseling",
            description = "A manager of the person (their department's or in their line), or an admin. Publishes "
                    + "counseling.referral-opened, which says only that a referral exists for the person.")
    @APIResponse(responseCode = "201", description = "The referral",
            content = @Content(schema = @Schema(implementation = CounselingReferralView.class)))
    public Response open(@Valid @NotNull CounselingReferralCreateRequest request) {
        CounselingReferralView referral = counseling.open(request);
        return ETags.created(referral, referral.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listCounselingReferrals", summary = "List one person's counseling referrals",
            description = "The person sees theirs; admins all; a manager those they, or someone below them, made.")
    @APIResponse(responseCode = "200", description = "A page of referrals")
    public Page<CounselingReferralView> list(
            @Parameter(description = "The person", required = true) @QueryParam("employee") @NotNull UUID employeeId,
            @Valid @BeanParam PageRequest page) {
        return counseling.list(employeeId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getCounselingReferral", summary = "Read a counseling referral",
            description = "The employee and " + CHAIN + " Not the department's other managers, nor top managers outside that chain.")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = CounselingReferralView.class)))
    public Response get(@PathParam("id") UUID id) {
        CounselingReferralView referral = counseling.get(id);
        return ETags.ok(referral, referral.version());
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "moveCounselingReferral", summary = "Move a referral (OPEN → IN_PROGRESS → CLOSED) and set the follow-up",
            description = CHAIN)
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = CounselingReferralView.class)))
    @APIResponse(responseCode = "409", description = "The status does not allow this move; allowedTransitions lists those it "
            + "does; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response move(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull CounselingReferralMoveRequest request) {
        CounselingReferralView referral = counseling.move(id, request.status(), request.followUpOn(), ifMatch);
        return ETags.ok(referral, referral.version());
    }
}
