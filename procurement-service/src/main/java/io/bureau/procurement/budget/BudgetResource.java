package io.bureau.procurement.budget;

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
import io.bureau.procurement.budget.BudgetDtos.BudgetLineChangeRequest;
import io.bureau.procurement.budget.BudgetDtos.BudgetLineRequest;
import io.bureau.procurement.budget.BudgetDtos.BudgetLineView;
import io.bureau.procurement.budget.BudgetDtos.CommitmentRequest;
import io.bureau.procurement.budget.BudgetDtos.BudgetCommitmentView;
import io.bureau.procurement.budget.BudgetDtos.FiscalPeriodRequest;
import io.bureau.procurement.budget.BudgetDtos.FiscalPeriodView;

@Path("/api/v1")
@Tag(name = "Budgets", description = "Fiscal periods, budget lines per department and category, commitments and the per-line report")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    @Inject
    BudgetAdminService admin;

    @Inject
    BudgetQueries queries;

    @POST
    @Path("/fiscal-periods")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "openFiscalPeriod", summary = "Open a fiscal period", description = "Admins. Periods never overlap (409).")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = FiscalPeriodView.class)))
    @APIResponse(responseCode = "409", description = "The period overlaps another, or the name is taken",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response openPeriod(@Valid @NotNull FiscalPeriodRequest request) {
        FiscalPeriodView period = admin.openPeriod(request);
        return ETags.created(period, period.version());
    }

    @GET
    @Path("/fiscal-periods")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listFiscalPeriods", summary = "List fiscal periods, newest first", description = "Managers and admins.")
    @APIResponse(responseCode = "200", description = "A page of fiscal periods")
    public Page<FiscalPeriodView> periods(@Valid @BeanParam PageRequest page) {
        return queries.periods(page);
    }

    @POST
    @Path("/budget-lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "openBudgetLine", summary = "Open a budget line for a department and category in a period",
            description = "Admins. One line per period, department and category (409 naming the fields). The amount must be "
                    + "in the deployment's currency (400 naming amount.currency).")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = BudgetLineView.class)))
    @APIResponse(responseCode = "409", description = "A line for this period, department and category exists",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response openLine(@Valid @NotNull BudgetLineRequest request) {
        BudgetLineView line = admin.openLine(request);
        return ETags.created(line, line.version());
    }

    @GET
    @Path("/budget-lines")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listBudgetLines", summary = "The budget report: amount, committed, actual and available per line",
            description = "Top managers and admins read every department (department optional); office managers only the "
                    + "departments they manage (department required).")
    @APIResponse(responseCode = "200", description = "A page of budget lines")
    public Page<BudgetLineView> lines(@QueryParam("department") UUID departmentId, @QueryParam("period") UUID periodId,
                                      @Valid @BeanParam PageRequest page) {
        return queries.lines(departmentId, periodId, page);
    }

    @GET
    @Path("/budget-lines/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getBudgetLine", summary = "One budget line and its report", description = "As listBudgetLines.")
    @APIResponse(responseCode = "200", description = "The line", content = @Content(schema = @Schema(implementation = BudgetLineView.class)))
    public Response line(@PathParam("id") UUID id) {
        BudgetLineView line = queries.line(id);
        return ETags.ok(line, line.version());
    }

    @PUT
    @Path("/budget-lines/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeBudgetLine", summary = "Change a line's amount and policy",
            description = "Admins; If-Match guards against lost updates (412). The amount never goes below committed + actual "
                    + "(409 naming amount.amount and the shortfall); a closed line cannot change (409). Thresholds the new amount "
                    + "crosses are published; those it leaves below are armed again.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = BudgetLineView.class)))
    @APIResponse(responseCode = "409", description = "Below what is committed and spent, or the line is closed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response changeLine(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull BudgetLineChangeRequest request) {
        BudgetLineView line = admin.changeLine(id, request, ifMatch);
        return ETags.ok(line, line.version());
    }

    @POST
    @Path("/budget-lines/{id}/close")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "closeBudgetLine", summary = "Close a line: it takes no new commitments",
            description = "Admins; If-Match (412). Every later commitment on it is refused (409; a training cost is REFUSED with the "
                    + "reason); what it committed before may still be spent (receipts) or released. Closing twice is 409.")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = BudgetLineView.class)))
    @APIResponse(responseCode = "409", description = "The line is closed already",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response closeLine(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        BudgetLineView line = admin.closeLine(id, ifMatch);
        return ETags.ok(line, line.version());
    }

    @GET
    @Path("/budget-lines/{id}/commitments")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listBudgetCommitments", summary = "The commitments on a line, oldest first", description = "As listBudgetLines.")
    @APIResponse(responseCode = "200", description = "A page of commitments")
    public Page<BudgetCommitmentView> commitments(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.commitments(id, page);
    }

    @POST
    @Path("/budget-commitments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "commitBudget", summary = "Set money aside on a budget line",
            description = "Managers of the line's department and admins. Checked atomically against available = amount - "
                    + "committed - actual with the line locked: BLOCK and ESCALATE lines refuse an overdraft (409; an admin "
                    + "may exceed an ESCALATE line), WARN lines take it. Publishes threshold-reached at 80 % and 100 %, once each.")
    @APIResponse(responseCode = "201", description = "Committed",
            content = @Content(schema = @Schema(implementation = BudgetCommitmentView.class)))
    @APIResponse(responseCode = "409", description = "The line has not enough available",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response commit(@Valid @NotNull CommitmentRequest request) {
        return Response.status(Response.Status.CREATED).entity(admin.commit(request)).build();
    }

    @POST
    @Path("/budget-commitments/{id}/release")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "releaseBudgetCommitment", summary = "Give back what is still open of a hand-made commitment",
            description = "Managers of the line's department and admins; releasing twice changes nothing.")
    @APIResponse(responseCode = "200", description = "Released",
            content = @Content(schema = @Schema(implementation = BudgetCommitmentView.class)))
    @APIResponse(responseCode = "409", description = "The commitment belongs to a purchase request or training request",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public BudgetCommitmentView release(@PathParam("id") UUID id) {
        return admin.release(id);
    }
}
