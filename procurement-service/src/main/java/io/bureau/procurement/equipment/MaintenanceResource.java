package io.bureau.procurement.equipment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import io.bureau.procurement.equipment.MaintenanceDtos.CategoryScheduleRequest;
import io.bureau.procurement.equipment.MaintenanceDtos.CompleteRequest;
import io.bureau.procurement.equipment.MaintenanceDtos.AssetMaintenanceCategoryScheduleView;
import io.bureau.procurement.equipment.MaintenanceDtos.ScheduleRequest;
import io.bureau.procurement.equipment.MaintenanceDtos.AssetMaintenanceScheduleView;
import io.bureau.procurement.equipment.MaintenanceDtos.TicketRequest;
import io.bureau.procurement.equipment.MaintenanceDtos.AssetMaintenanceTicketView;

@Path("/api/v1")
@Tag(name = "Maintenance", description = "Repairs and preventive maintenance of assets, charged to the MAINTENANCE budget")
@Produces(MediaType.APPLICATION_JSON)
public class MaintenanceResource {

    @Inject
    MaintenanceService maintenance;

    @Inject
    CategoryMaintenanceService categories;

    @POST
    @Path("/maintenance-tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "reportMaintenance", summary = "Report a fault on an asset", description = "Anyone signed in.")
    @APIResponse(responseCode = "201", description = "Reported", content = @Content(schema = @Schema(implementation = AssetMaintenanceTicketView.class)))
    public Response report(@Valid @NotNull TicketRequest request) {
        AssetMaintenanceTicketView ticket = maintenance.report(request);
        return ETags.created(ticket, ticket.version());
    }

    @GET
    @Path("/maintenance-tickets")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listMaintenanceTickets", summary = "An asset's tickets, newest first", description = "Managers and admins.")
    @APIResponse(responseCode = "200", description = "A page of tickets")
    public Page<AssetMaintenanceTicketView> tickets(@NotNull @QueryParam("asset") UUID assetId, @Valid @BeanParam PageRequest page) {
        return maintenance.tickets(assetId, page);
    }

    @POST
    @Path("/maintenance-tickets/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "completeMaintenance", summary = "Complete a ticket and charge its cost",
            description = "Managers of the ticket's department and admins. The cost is committed and spent on the department's "
                    + "MAINTENANCE line at once (no line or not enough available on a BLOCK line: 409). Publishes maintenance-completed.")
    @APIResponse(responseCode = "200", description = "Completed", content = @Content(schema = @Schema(implementation = AssetMaintenanceTicketView.class)))
    @APIResponse(responseCode = "409", description = "Completed already; or the budget line is missing or has not enough available",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public AssetMaintenanceTicketView complete(@PathParam("id") UUID id, @Valid @NotNull CompleteRequest request) {
        return maintenance.complete(id, request);
    }

    @POST
    @Path("/maintenance-schedules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "scheduleMaintenance", summary = "Service an asset every N days",
            description = "Managers of the paying department and admins. A job opens a ticket on each due date, never twice "
                    + "for one due date, and publishes maintenance-due.")
    @APIResponse(responseCode = "201", description = "Scheduled", content = @Content(schema = @Schema(implementation = AssetMaintenanceScheduleView.class)))
    public Response schedule(@Valid @NotNull ScheduleRequest request) {
        AssetMaintenanceScheduleView schedule = maintenance.schedule(request);
        return ETags.created(schedule, schedule.version());
    }

    @GET
    @Path("/maintenance-schedules")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listMaintenanceSchedules", summary = "An asset's preventive schedules", description = "Managers and admins.")
    @APIResponse(responseCode = "200", description = "A page of schedules")
    public Page<AssetMaintenanceScheduleView> schedules(@NotNull @QueryParam("asset") UUID assetId, @Valid @BeanParam PageRequest page) {
        return maintenance.schedules(assetId, page);
    }

    @POST
    @Path("/maintenance-category-schedules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "scheduleCategoryMaintenance", summary = "Service every asset of a category every N days",
            description = "Managers of the paying department and admins. Due dates are firstDue + k * everyDays; on each, the job "
                    + "opens one ticket for every asset of the category that is not retired (assets added later included), never "
                    + "twice for one asset and due date, and publishes maintenance-due. A period missed entirely is not opened later.")
    @APIResponse(responseCode = "201", description = "Scheduled",
            content = @Content(schema = @Schema(implementation = AssetMaintenanceCategoryScheduleView.class)))
    public Response scheduleCategory(@Valid @NotNull CategoryScheduleRequest request) {
        AssetMaintenanceCategoryScheduleView schedule = categories.schedule(request);
        return ETags.created(schedule, schedule.version());
    }

    @GET
    @Path("/maintenance-category-schedules")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listMaintenanceCategorySchedules", summary = "A category's preventive schedules", description = "Managers and admins.")
    @APIResponse(responseCode = "200", description = "A page of schedules")
    public Page<AssetMaintenanceCategoryScheduleView> categorySchedules(@NotNull @Size(min = 1, max = 60) @QueryParam("category") String category,
                                                                   @Valid @BeanParam PageRequest page) {
        return categories.schedules(category, page);
    }
}
