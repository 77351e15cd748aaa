package io.bureau.procurement.purchase;

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
import io.bureau.procurement.purchase.PurchaseDtos.PurchaseRequestCreate;
import io.bureau.procurement.purchase.PurchaseDtos.PurchaseRequestView;
import io.bureau.procurement.purchase.PurchaseDtos.RejectRequest;

@Path("/api/v1/purchase-requests")
@Tag(name = "Purchase requests", description = "Requests to buy, their approval and the budget commitment it makes")
@Produces(MediaType.APPLICATION_JSON)
public class PurchaseRequestResource {

    private static final String ILLEGAL = "The request's status does not allow this move (allowedTransitions lists those it does); "
            + "or the budget line is missing or has not enough available";

    @Inject
    PurchaseRequestService requests;

    @Inject
    PurchaseQueries queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "createPurchaseRequest", summary = "Ask to buy something for your department",
            description = "The caller is the requester; the department is their own (as staff published it) or one they manage. "
                    + "Prices in the deployment's currency (400 naming the field otherwise). Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(schema = @Schema(implementation = PurchaseRequestView.class)))
    public Response create(@Valid @NotNull PurchaseRequestCreate request) {
        PurchaseRequestView created = requests.create(request);
        return ETags.created(created, created.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listPurchaseRequests", summary = "The requests the caller may see, newest first",
            description = "Employees their own; office managers their own and their departments'; top managers and admins all.")
    @APIResponse(responseCode = "200", description = "A page of requests")
    public Page<PurchaseRequestView> list(@QueryParam("department") UUID departmentId, @QueryParam("status") RequestStatus status,
                                          @Valid @BeanParam PageRequest page) {
        return queries.requests(departmentId, status, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getPurchaseRequest", summary = "One request; the ETag is its version",
            description = "Its requester, their line manager, the department's managers, top managers and admins.")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = PurchaseRequestView.class)))
    public Response get(@PathParam("id") UUID id) {
        PurchaseRequestView request = queries.request(id);
        return ETags.ok(request, request.version());
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "approvePurchaseRequest", summary = "Approve a request and commit its total on the budget",
            description = "Never the requester. An office manager of the department (or the requester's line manager) up to "
                    + "bureau.procurement.approval.office-manager-limit; above it a top manager. Commits on the department's "
                    + "line for the category in today's fiscal period: no line, or not enough available on a BLOCK line, is 409; "
                    + "an ESCALATE line only a top manager may exceed. Publishes request-approved.")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = PurchaseRequestView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response approve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        PurchaseRequestView request = requests.approve(id, ifMatch);
        return ETags.ok(request, request.version());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "rejectPurchaseRequest", summary = "Reject a request with a reason",
            description = "Whoever may approve it. Publishes request-rejected.")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(implementation = PurchaseRequestView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response reject(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RejectRequest request) {
        PurchaseRequestView rejected = requests.reject(id, request.reason(), ifMatch);
        return ETags.ok(rejected, rejected.version());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "cancelPurchaseRequest", summary = "Cancel a request not yet ordered; releases its commitment",
            description = "Its requester or a manager of the department.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = PurchaseRequestView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        PurchaseRequestView request = requests.cancel(id, ifMatch);
        return ETags.ok(request, request.version());
    }
}
