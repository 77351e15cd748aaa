package io.bureau.reviews.metrics;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.Roles;
import io.bureau.reviews.access.PeopleAccess;
import io.bureau.reviews.metrics.WorkMetrics.WorkMetricsView;

@Path("/api/v1/work-metrics")
@Tag(name = "Work metrics", description = "Evidence of performance from scheduling's task events")
@Produces(MediaType.APPLICATION_JSON)
public class WorkMetricsResource {

    @Inject
    WorkMetrics metrics;

    @Inject
    PeopleAccess access;

    @GET
    @Path("/{employeeId}")
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getWorkMetrics", summary = "A person's work metrics over a period",
            description = "Tasks accepted (by acceptance day), on-time rate, average quality, returns and overdue tasks in the "
                    + "period, UTC days, both ends included. The person, their line managers, the managers of their department, "
                    + "top managers and admins. Built from scheduling's events, so it may lag by moments.")
    @APIResponse(responseCode = "200", description = "The metrics")
    public WorkMetricsView get(@PathParam("employeeId") UUID employeeId,
                               @Parameter(description = "First day of the period", required = true) @QueryParam("from") @NotNull LocalDate from,
                               @Parameter(description = "Last day of the period", required = true) @QueryParam("to") @NotNull LocalDate to) {
        if (to.isBefore(from)) {
            throw Problems.invalidField("to", "must not be before from");
        }
        if (!access.readsAggregatesOf(employeeId)) {
            throw Problems.forbidden("You may not see the work metrics of employee " + employeeId);
        }
        return metrics.of(employeeId, from, to);
    }
}
