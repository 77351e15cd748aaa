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
import io.bureau.procurement.purchase.PurchaseDtos.VendorRequest;
import io.bureau.procurement.purchase.PurchaseDtos.VendorView;

@Path("/api/v1/vendors")
@Tag(name = "Vendors", description = "Who we buy from")
@Produces(MediaType.APPLICATION_JSON)
public class VendorResource {

    @Inject
    VendorService vendors;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "createVendor", summary = "Add a vendor", description = "Office managers and admins; names are unique (409 naming name).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = VendorView.class)))
    @APIResponse(responseCode = "409", description = "The name is taken",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response create(@Valid @NotNull VendorRequest request) {
        VendorView vendor = vendors.create(request);
        return ETags.created(vendor, vendor.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listVendors", summary = "Vendors by name", description = "Everyone signed in.")
    @APIResponse(responseCode = "200", description = "A page of vendors")
    public Page<VendorView> list(@Valid @BeanParam PageRequest page) {
        return vendors.list(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getVendor", summary = "One vendor; the ETag is its version", description = "Everyone signed in.")
    @APIResponse(responseCode = "200", description = "The vendor", content = @Content(schema = @Schema(implementation = VendorView.class)))
    public Response get(@PathParam("id") UUID id) {
        VendorView vendor = vendors.get(id);
        return ETags.ok(vendor, vendor.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "updateVendor", summary = "Replace a vendor's name, contact and terms", description = "Office managers and admins; If-Match guards against lost updates (412).")
    @APIResponse(responseCode = "200", description = "The vendor as it now is", content = @Content(schema = @Schema(implementation = VendorView.class)))
    @APIResponse(responseCode = "409", description = "The name is taken",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull VendorRequest request) {
        VendorView vendor = vendors.update(id, request, ifMatch);
        return ETags.ok(vendor, vendor.version());
    }
}
