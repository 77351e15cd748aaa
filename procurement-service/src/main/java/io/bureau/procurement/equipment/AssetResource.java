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
import io.bureau.procurement.equipment.AssetDtos.AssetRequest;
import io.bureau.procurement.equipment.AssetDtos.AssetView;
import io.bureau.procurement.equipment.AssetDtos.AssignRequest;
import io.bureau.procurement.equipment.AssetDtos.AssetAssignmentView;
import io.bureau.procurement.equipment.AssetDtos.ReturnRequest;
import io.bureau.procurement.equipment.AssetDtos.AssetChangeRequest;
import io.bureau.procurement.equipment.AssetDtos.AssetStatusChangeView;
import io.bureau.procurement.equipment.AssetDtos.BackFromRepairRequest;
import io.bureau.procurement.equipment.AssetDtos.RepairRequest;
import io.bureau.procurement.equipment.AssetDtos.RetireRequest;

@Path("/api/v1/assets")
@Tag(name = "Assets", description = "Equipment, who holds it and its assignment history")
@Produces(MediaType.APPLICATION_JSON)
public class AssetResource {

    private static final String ILLEGAL = "The asset's status does not allow this (allowedTransitions lists what it does)";

    @Inject
    AssetService assets;

    @Inject
    AssetMovesService moves;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "createAsset", summary = "Register an asset (in stock)", description = "Office managers and admins; tags are unique (409 naming tag).")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = AssetView.class)))
    @APIResponse(responseCode = "409", description = "The tag is taken",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response create(@Valid @NotNull AssetRequest request) {
        AssetView asset = assets.create(request);
        return ETags.created(asset, asset.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listAssets", summary = "Assets by tag, or those held by one person",
            description = "Everyone their own (assignee = themselves); managers, top managers and admins more.")
    @APIResponse(responseCode = "200", description = "A page of assets")
    public Page<AssetView> list(@QueryParam("assignee") UUID assigneeId, @Valid @BeanParam PageRequest page) {
        return assets.list(assigneeId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getAsset", summary = "One asset; the ETag is its version", description = "Its holder, managers, admins.")
    @APIResponse(responseCode = "200", description = "The asset", content = @Content(schema = @Schema(implementation = AssetView.class)))
    public Response get(@PathParam("id") UUID id) {
        AssetView asset = assets.get(id);
        return ETags.ok(asset, asset.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "changeAsset", summary = "Replace an asset's model, serial, purchase, warranty, location and department",
            description = "Office managers of the asset's department (its owner, else its holder's department) and admins; giving it "
                    + "to another department needs managing that one too. If-Match guards against lost updates (412). Tag, category "
                    + "and status do not change here.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = AssetView.class)))
    public Response change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AssetChangeRequest request) {
        AssetView asset = moves.change(id, request, ifMatch);
        return ETags.ok(asset, asset.version());
    }

    @GET
    @Path("/{id}/assignments")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listAssetAssignments", summary = "Who held the asset when, newest first", description = "As getAsset.")
    @APIResponse(responseCode = "200", description = "A page of assignments")
    public Page<AssetAssignmentView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return assets.history(id, page);
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "assignAsset", summary = "Give an asset in stock to a person", description = "Office managers and admins. Publishes asset.assigned.")
    @APIResponse(responseCode = "200", description = "Assigned", content = @Content(schema = @Schema(implementation = AssetView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AssignRequest request) {
        AssetView asset = assets.assign(id, request.employeeId(), ifMatch);
        return ETags.ok(asset, asset.version());
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "returnAsset", summary = "Take an assigned asset back into stock",
            description = "Office managers and admins; ticks it on the holder's return checklist. Publishes asset.returned.")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = AssetView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response giveBack(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReturnRequest request) {
        AssetView asset = assets.giveBack(id, request.locationId(), ifMatch);
        return ETags.ok(asset, asset.version());
    }

    @POST
    @Path("/{id}/repair")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "sendAssetToRepair", summary = "Send an asset to repair (IN_REPAIR)",
            description = "Office managers of the asset's department (its owner, else its holder's department) and admins. From "
                    + "IN_STOCK or ASSIGNED; a held asset keeps its holder, who gets it back after the repair. ticketId names the "
                    + "asset's maintenance ticket (400 when it is unknown or about another asset).")
    @APIResponse(responseCode = "200", description = "In repair", content = @Content(schema = @Schema(implementation = AssetView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response sendToRepair(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RepairRequest request) {
        AssetView asset = moves.sendToRepair(id, request, ifMatch);
        return ETags.ok(asset, asset.version());
    }

    @POST
    @Path("/{id}/back-from-repair")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "bringAssetBackFromRepair", summary = "Bring an asset back from repair: to its holder or into stock",
            description = "As sendAssetToRepair. to=ASSIGNED gives it back to the holder it had (409 when it had none); "
                    + "to=IN_STOCK puts it into stock and ends the holder's assignment (publishes asset.returned, ticks their "
                    + "return checklist).")
    @APIResponse(responseCode = "200", description = "Back", content = @Content(schema = @Schema(implementation = AssetView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response backFromRepair(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                   @Valid @NotNull BackFromRepairRequest request) {
        AssetView asset = moves.backFromRepair(id, request, ifMatch);
        return ETags.ok(asset, asset.version());
    }

    @POST
    @Path("/{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "retireAsset", summary = "Retire an asset for good (RETIRED), with a reason",
            description = "As sendAssetToRepair. From IN_STOCK, ASSIGNED or IN_REPAIR; a held asset is returned first (its "
                    + "assignment ends, asset.returned is published, the holder's return checklist is ticked). Nothing moves a "
                    + "retired asset, and preventive maintenance skips it.")
    @APIResponse(responseCode = "200", description = "Retired", content = @Content(schema = @Schema(implementation = AssetView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response retire(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RetireRequest request) {
        AssetView asset = moves.retire(id, request.reason(), ifMatch);
        return ETags.ok(asset, asset.version());
    }

    @GET
    @Path("/{id}/status-changes")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listAssetStatusChanges", summary = "Every status move of the asset, newest first", description = "As getAsset.")
    @APIResponse(responseCode = "200", description = "A page of status changes")
    public Page<AssetStatusChangeView> statusChanges(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return moves.statusChanges(id, page);
    }
}
