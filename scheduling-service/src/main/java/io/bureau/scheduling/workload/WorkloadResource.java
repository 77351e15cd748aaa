package io.bureau.scheduling.workload;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.security.Roles;
import io.bureau.scheduling.workload.WorkloadQueries.WorkloadView;

@Path("/api/v1/workload")
@Tag(name = "Workload", description = "Planned hours against capacity, and a department's open, overdue and at-risk work")
@Produces(MediaType.APPLICATION_JSON)
public class WorkloadResource {

    @Inject
    WorkloadQueries workload;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getWorkload", summary = "A department's workload per person per day, and its open / overdue / at-risk counts",
            description = "Managers of the department, top managers and admins. from defaults to today (UTC), to to 13 days later; "
                    + "at most 92 days.")
    @APIResponse(responseCode = "200", description = "The workload")
    public WorkloadView get(@NotNull @QueryParam("department") UUID departmentId, @QueryParam("from") LocalDate from,
                            @QueryParam("to") LocalDate to) {
        return workload.get(departmentId, from, to);
    }
}
