package io.bureau.procurement.provisioning;

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
import io.bureau.procurement.provisioning.ProvisioningDtos.ReturnChecklistView;
import io.bureau.procurement.provisioning.ProvisioningDtos.KitRequest;
import io.bureau.procurement.provisioning.ProvisioningDtos.StandardKitView;
import io.bureau.procurement.provisioning.ProvisioningDtos.ProvisioningView;

@Path("/api/v1")
@Tag(name = "Provisioning", description = "Standard kits for new people and return checklists for leavers")
@Produces(MediaType.APPLICATION_JSON)
public class ProvisioningResource {

    @Inject
    ProvisioningService provisioning;

    @POST
    @Path("/standard-kits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "createStandardKit", summary = "Configure the standard kit of a position or department",
            description = "Office managers and admins; names are unique (409). A hire gets the kit of their position, else of their department.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = StandardKitView.class)))
    @APIResponse(responseCode = "409", description = "The name is taken",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response createKit(@Valid @NotNull KitRequest request) {
        StandardKitView kit = provisioning.createKit(request);
        return ETags.created(kit, kit.version());
    }

    @GET
    @Path("/standard-kits")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listStandardKits", summary = "Standard kits by name", description = "Managers and admins.")
    @APIResponse(responseCode = "200", description = "A page of kits")
    public Page<StandardKitView> kits(@Valid @BeanParam PageRequest page) {
        return provisioning.kits(page);
    }

    @GET
    @Path("/standard-kits/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getStandardKit", summary = "One standard kit; the ETag is its version", description = "Managers and admins.")
    @APIResponse(responseCode = "200", description = "The kit", content = @Content(schema = @Schema(implementation = StandardKitView.class)))
    public Response kit(@PathParam("id") UUID id) {
        StandardKitView kit = provisioning.kit(id);
        return ETags.ok(kit, kit.version());
    }

    @PUT
    @Path("/standard-kits/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "changeStandardKit", summary = "Replace a kit's name, position or department, and lines",
            description = "Office managers and admins; If-Match guards against lost updates (412). Later hires get the new kit; "
                    + "provisioning requests already made keep theirs.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = StandardKitView.class)))
    @APIResponse(responseCode = "409", description = "The name is taken",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response changeKit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull KitRequest request) {
        StandardKitView kit = provisioning.changeKit(id, request, ifMatch);
        return ETags.ok(kit, kit.version());
    }

    @GET
    @Path("/provisioning-requests")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listProvisioningRequests", summary = "The provisioning request made when a person was hired",
            description = "The person, their line manager, their department's managers, top managers and admins.")
    @APIResponse(responseCode = "200", description = "A page of requests, one per hire (a rehire after leaving gets another), oldest first")
    public Page<ProvisioningView> provisioning(@QueryParam("employee") UUID employeeId, @Valid @BeanParam PageRequest page) {
        return provisioning.provisioning(employeeId, page);
    }

    @GET
    @Path("/return-checklists")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listReturnChecklists", summary = "The return checklist made when a person left",
            description = "As listProvisioningRequests.")
    @APIResponse(responseCode = "200", description = "A page of checklists, one per time the person left, oldest first")
    public Page<ReturnChecklistView> checklists(@QueryParam("employee") UUID employeeId, @Valid @BeanParam PageRequest page) {
        return provisioning.checklists(employeeId, page);
    }
}
