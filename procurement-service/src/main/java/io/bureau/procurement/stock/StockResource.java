package io.bureau.procurement.stock;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.security.Roles;
import io.bureau.procurement.stock.StockDtos.StockCountRequest;
import io.bureau.procurement.stock.StockDtos.StockLevelView;
import io.bureau.procurement.stock.StockDtos.StockLocationRequest;
import io.bureau.procurement.stock.StockDtos.StockLocationView;
import io.bureau.procurement.stock.StockDtos.StockMovementRequest;
import io.bureau.procurement.stock.StockDtos.StockMovementResult;
import io.bureau.procurement.stock.StockDtos.StockMovementView;
import io.bureau.procurement.stock.StockDtos.SupplyItemRequest;
import io.bureau.procurement.stock.StockDtos.SupplyItemView;

@Path("/api/v1")
@Tag(name = "Supplies", description = "The catalogue, store locations, stock and its movements")
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {

    private static final String SHORT = "Stock would go below zero (the detail names the shortfall)";

    @Inject
    StockService stock;

    @Inject
    StockQueries queries;

    @POST
    @Path("/supply-items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "createSupplyItem", summary = "Add an item to the catalogue", description = "Office managers and admins. SKUs are unique (409 naming sku).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SupplyItemView.class)))
    @APIResponse(responseCode = "409", description = "The SKU is taken",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response createItem(@Valid @NotNull SupplyItemRequest request) {
        SupplyItemView item = stock.createItem(request);
        return ETags.created(item, item.version());
    }

    @GET
    @Path("/supply-items")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listSupplyItems", summary = "The catalogue, by SKU", description = "Everyone signed in.")
    @APIResponse(responseCode = "200", description = "A page of items")
    public Page<SupplyItemView> items(@Valid @BeanParam PageRequest page) {
        return queries.items(page);
    }

    @GET
    @Path("/supply-items/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getSupplyItem", summary = "One catalogue item with its quantity in stock", description = "Everyone signed in.")
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = SupplyItemView.class)))
    public Response item(@PathParam("id") UUID id) {
        SupplyItemView item = queries.item(id);
        return ETags.ok(item, item.version());
    }

    @GET
    @Path("/supply-items/{id}/stock")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listSupplyItemStock", summary = "An item's stock per location", description = "Managers and admins.")
    @APIResponse(responseCode = "200", description = "A page of stock levels")
    public Page<StockLevelView> levels(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.levels(id, page);
    }

    @GET
    @Path("/supply-items/{id}/movements")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listSupplyItemMovements", summary = "An item's movements, newest first", description = "Managers and admins.")
    @APIResponse(responseCode = "200", description = "A page of movements")
    public Page<StockMovementView> movements(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.movements(id, page);
    }

    @POST
    @Path("/stock-locations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "createStockLocation", summary = "Add a store location", description = "Office managers and admins; names are unique.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = StockLocationView.class)))
    @APIResponse(responseCode = "409", description = "The name is taken",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response createLocation(@Valid @NotNull StockLocationRequest request) {
        StockLocationView location = stock.createLocation(request);
        return ETags.created(location, location.version());
    }

    @GET
    @Path("/stock-locations")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listStockLocations", summary = "Store locations, by name", description = "Everyone signed in.")
    @APIResponse(responseCode = "200", description = "A page of locations")
    public Page<StockLocationView> locations(@Valid @BeanParam PageRequest page) {
        return queries.locations(page);
    }

    @POST
    @Path("/stock-movements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "recordStockMovement", summary = "Record a receipt, an issue to a department, an adjustment or a transfer",
            description = "Office managers and admins; who and when are recorded. Stock never goes below zero (409). Falling to "
                    + "an item's reorder point publishes stock.low and drafts a reorder (at most one open per item). Accepts an "
                    + "Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = StockMovementResult.class)))
    @APIResponse(responseCode = "409", description = SHORT,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response record(@Valid @NotNull StockMovementRequest request) {
        return Response.status(Response.Status.CREATED).entity(stock.record(request)).build();
    }

    @POST
    @Path("/stock-counts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "recordStockCount", summary = "Record a counted quantity; the difference becomes an adjustment",
            description = "Office managers and admins. No difference, no movement.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = StockMovementResult.class)))
    public Response count(@Valid @NotNull StockCountRequest request) {
        return Response.status(Response.Status.CREATED).entity(stock.count(request)).build();
    }
}
