package io.bureau.procurement.equipment;

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
import io.bureau.procurement.equipment.EquipmentRequestDtos.EquipmentRequestCreate;
import io.bureau.procurement.equipment.EquipmentRequestDtos.AssetEquipmentRequestView;

@Path("/api/v1/equipment-requests")
@Tag(name = "Equipment requests", description = "Employees ask for equipment; managers approve; stock or a purchase fulfils it")
@Produces(MediaType.APPLICATION_JSON)
public class EquipmentRequestResource {

    private static final String DECIDED = "The request was decided already";

    @Inject
    EquipmentRequestService requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "createEquipmentRequest", summary = "Ask for equipment for your own use",
            description = "People procurement knows from staff's events; for their own department.")
    @APIResponse(responseCode = "201", description = "Requested", content = @Content(schema = @Schema(implementation = AssetEquipmentRequestView.class)))
    public Response create(@Valid @NotNull EquipmentRequestCreate request) {
        AssetEquipmentRequestView created = requests.create(request);
        return ETags.created(created, created.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listMyEquipmentRequests", summary = "The caller's own equipment requests, newest first", description = "Everyone their own.")
    @APIResponse(responseCode = "200", description = "A page of requests")
    public Page<AssetEquipmentRequestView> mine(@Valid @BeanParam PageRequest page) {
        return requests.mine(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getEquipmentRequest", summary = "One equipment request", description = "Its requester, their line manager, the department's managers, top managers, admins.")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = AssetEquipmentRequestView.class)))
    public Response get(@PathParam("id") UUID id) {
        AssetEquipmentRequestView request = requests.get(id);
        return ETags.ok(request, request.version());
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "approveEquipmentRequest", summary = "Approve: assign an asset of the category in stock, or request its purchase",
            description = "A manager of the department or the requester's line manager, never the requester. Publishes asset.assigned when fulfilled from stock.")
    @APIResponse(responseCode = "200", description = "Fulfilled or turned into a purchase request", content = @Content(schema = @Schema(implementation = AssetEquipmentRequestView.class)))
    @APIResponse(responseCode = "409", description = DECIDED,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response approve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        AssetEquipmentRequestView request = requests.approve(id, ifMatch);
        return ETags.ok(request, request.version());
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "rejectEquipmentRequest", summary = "Reject an equipment request", description = "Whoever may approve it.")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(implementation = AssetEquipmentRequestView.class)))
    @APIResponse(responseCode = "409", description = DECIDED,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response reject(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        AssetEquipmentRequestView request = requests.reject(id, ifMatch);
        return ETags.ok(request, request.version());
    }
}
