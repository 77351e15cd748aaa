package io.bureau.reviews.relations;

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
import io.bureau.reviews.relations.RelationsDtos.RelationsCaseCreateRequest;
import io.bureau.reviews.relations.RelationsDtos.RelationsCaseMeetingRequest;
import io.bureau.reviews.relations.RelationsDtos.RelationsCaseResolveRequest;
import io.bureau.reviews.relations.RelationsDtos.RelationsCaseView;

@Path("/api/v1/relations-cases")
@Tag(name = "Relations cases", description = "Customer complaints, staff conflicts and grievances; restricted to the parties' managers and admins")
@Produces(MediaType.APPLICATION_JSON)
public class RelationsResource {

    private static final String WHO = "The managers of any party (their department's or in their line) and admins.";
    private static final String ILLEGAL_MOVE = "The case's status does not allow this move; allowedTransitions lists those it "
            + "does; or this Idempotency-Key is still being processed";

    @Inject
    RelationsService cases;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "openRelationsCase", summary = "Open a relations case",
            description = "A manager of every party, or an admin. Publishes case.opened (ids, kind, severity; no description, no names).")
    @APIResponse(responseCode = "201", description = "The case",
            content = @Content(schema = @Schema(implementation = RelationsCaseView.class)))
    public Response open(@Valid @NotNull RelationsCaseCreateRequest request) {
        return created(cases.open(request));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listRelationsCases", summary = "List the relations cases the caller may see",
            description = "Admins all; an office manager the cases with a party of a department they manage or in their line, "
                    + "except cases they are a party to (403 for an office manager who manages no one). Filters: status, "
                    + "kind, employeeId (a party). Sort by openedOn (default, newest first), status, severity or kind.")
    @APIResponse(responseCode = "200", description = "A page of cases")
    public Page<RelationsCaseView> list(@QueryParam("status") RelationsCase.Status status,
                                        @QueryParam("kind") RelationsCase.Kind kind,
                                        @QueryParam("employeeId") UUID employeeId, @Valid @BeanParam PageRequest page) {
        return cases.list(status, kind, employeeId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "getRelationsCase", summary = "Read a relations case", description = WHO)
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = RelationsCaseView.class)))
    public Response get(@PathParam("id") UUID id) {
        return ok(cases.get(id));
    }

    @POST
    @Path("/{id}/investigate")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "investigateRelationsCase", summary = "Start investigating (OPEN → INVESTIGATING)", description = WHO)
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = RelationsCaseView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response investigate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.investigate(id, ifMatch));
    }

    @POST
    @Path("/{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "recordRelationsCaseMeeting", summary = "Record a meeting with its attendees and minutes",
            description = WHO + " Attendees may include union representatives (name, organisation). → MEETING.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = RelationsCaseView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response meet(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull RelationsCaseMeetingRequest request) {
        return ok(cases.meet(id, request.heldOn(), request.attendees(), request.minutes(), ifMatch));
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "resolveRelationsCase", summary = "Resolve the case with the resolution",
            description = WHO + " Publishes case.resolved.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = RelationsCaseView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response resolve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull RelationsCaseResolveRequest request) {
        return ok(cases.resolve(id, request.resolution(), ifMatch));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "closeRelationsCase", summary = "Close the case without a resolution (with the reason)", description = WHO)
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = RelationsCaseView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @Valid @NotNull RelationsCaseResolveRequest request) {
        return ok(cases.close(id, request.resolution(), ifMatch));
    }

    private static Response ok(RelationsCaseView view) {
        return ETags.ok(view, view.version());
    }

    private static Response created(RelationsCaseView view) {
        return ETags.created(view, view.version());
    }
}
