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
import io.bureau.procurement.purchase.PurchaseDtos.PurchaseOrderCreate;
import io.bureau.procurement.purchase.PurchaseDtos.PurchaseOrderView;
import io.bureau.procurement.purchase.PurchaseDtos.ReceiptRequest;
import io.bureau.procurement.purchase.PurchaseDtos.ReceiptView;

@Path("/api/v1/purchase-orders")
@Tag(name = "Purchase orders", description = "Orders for approved requests and the goods that arrive")
@Produces(MediaType.APPLICATION_JSON)
public class PurchaseOrderResource {

    private static final String ILLEGAL = "The order (or its request) is not in a state that allows this; or more would be "
            + "received than is outstanding";

    @Inject
    PurchaseOrderService orders;

    @Inject
    PurchaseQueries queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "placePurchaseOrder", summary = "Order an approved request from a vendor",
            description = "Managers of the request's department and admins; one order per request. Publishes order-placed.")
    @APIResponse(responseCode = "201", description = "Placed", content = @Content(schema = @Schema(implementation = PurchaseOrderView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response place(@Valid @NotNull PurchaseOrderCreate request) {
        PurchaseOrderView order = orders.place(request);
        return ETags.created(order, order.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listPurchaseOrders", summary = "Orders, newest first",
            description = "Top managers and admins all (department optional); office managers their departments' (department required).")
    @APIResponse(responseCode = "200", description = "A page of orders")
    public Page<PurchaseOrderView> list(@QueryParam("department") UUID departmentId, @Valid @BeanParam PageRequest page) {
        return queries.orders(departmentId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getPurchaseOrder", summary = "One order with what has arrived", description = "The requester, managers of the department, top managers, admins.")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = PurchaseOrderView.class)))
    public Response get(@PathParam("id") UUID id) {
        PurchaseOrderView order = queries.order(id);
        return ETags.ok(order, order.version());
    }

    @POST
    @Path("/{id}/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "receivePurchaseOrderGoods", summary = "Record goods that arrived (partial deliveries allowed)",
            description = "Managers of the department and admins. Raises stock of catalogue items at the location and turns that "
                    + "much of the commitment into actual spend; once all has arrived what is left committed is released. "
                    + "Publishes goods-received. Accepts an Idempotency-Key: the same key and body answer the first result "
                    + "without a second stock change; another body with the same key is 422.")
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = ReceiptView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response receive(@PathParam("id") UUID id, @Valid @NotNull ReceiptRequest request) {
        return Response.status(Response.Status.CREATED).entity(orders.receive(id, request)).build();
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "cancelPurchaseOrder", summary = "Cancel an order not fully received; releases what is still committed",
            description = "Managers of the department and admins.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = PurchaseOrderView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        PurchaseOrderView order = orders.cancel(id, ifMatch);
        return ETags.ok(order, order.version());
    }
}
