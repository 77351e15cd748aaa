package io.bureau.scheduling.roster;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.security.Roles;
import io.bureau.scheduling.roster.RosterDtos.RosterPersonView;
import io.bureau.scheduling.roster.RosterDtos.RosterRebuildView;

@Path("/api/v1/roster")
@Tag(name = "Roster", description = "Who can do the work: people, skills, hours and absences, as staff published them")
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

    @Inject
    RosterQueries queries;

    @Inject
    RosterRebuild rebuild;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listRoster", summary = "List a department's people with their skills, hours and absences",
            description = "Office managers read the departments they manage (with those below them); top managers and "
                    + "admins every department. Built from staff's events only, so it may lag staff by moments. "
                    + "Sort by lastName, firstName, position or status.")
    @APIResponse(responseCode = "200", description = "A page of the department's people")
    public Page<RosterPersonView> list(
            @Parameter(description = "The department", required = true) @QueryParam("department") @NotNull UUID departmentId,
            @Parameter(description = "Only people in this status") @QueryParam("status") RosterStatus status,
            @Valid @BeanParam PageRequest page) {
        return queries.department(departmentId, status, page);
    }

    @GET
    @Path("/{employeeId}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getRosterEntry", summary = "Read one person's roster entry",
            description = "The person, everyone up their manager chain, the managers of their department, top managers "
                    + "and admins. 404 until staff's hired or updated event for the person has arrived.")
    @APIResponse(responseCode = "200", description = "The person's roster entry",
            content = @Content(schema = @Schema(implementation = RosterPersonView.class)))
    public Response get(@PathParam("employeeId") UUID employeeId) {
        RosterPersonView person = queries.person(employeeId);
        return ETags.ok(person, person.version());
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rebuildRoster", summary = "Rebuild the roster by replaying staff's topics from the beginning",
            description = "Admins only. Synchronous: answers when the new roster is committed, with what was read and built. "
                    + "Reads bureau.staff.department and bureau.staff.employee from offset 0 up to their end offsets at the "
                    + "start, with a consumer of its own (no consumer group), and applies every event as the live consumers "
                    + "do, in one transaction: until it commits, readers see the old roster and live staff events wait "
                    + "(they are applied on top afterwards, on every replica), and a failure changes nothing. Each event id is "
                    + "applied once per topic; events the live consumers dead-letter are skipped. The result equals "
                    + "incremental consumption; roster entries' versions (ETags) start again.")
    @APIResponse(responseCode = "200", description = "The roster was rebuilt",
            content = @Content(schema = @Schema(implementation = RosterRebuildView.class)))
    @APIResponse(responseCode = "409", description = "Another rebuild is running; or a staff topic no longer holds its whole "
            + "history (retention deleted its oldest events), so a replay would lose people; or this Idempotency-Key is still "
            + "being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public RosterRebuildView rebuild() {
        return rebuild.rebuild();
    }
}
