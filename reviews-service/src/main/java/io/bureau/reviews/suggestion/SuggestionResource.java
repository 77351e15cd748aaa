package io.bureau.reviews.suggestion;

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
import io.bureau.reviews.suggestion.SuggestionDtos.SuggestionCommentRequest;
import io.bureau.reviews.suggestion.SuggestionDtos.SuggestionCommentView;
import io.bureau.reviews.suggestion.SuggestionDtos.SuggestionCreateRequest;
import io.bureau.reviews.suggestion.SuggestionDtos.SuggestionMoveRequest;
import io.bureau.reviews.suggestion.SuggestionDtos.SuggestionView;

@Path("/api/v1/suggestions")
@Tag(name = "Suggestions", description = "Ideas to improve office procedures")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    private static final String READERS = "The raiser, the managers of the raiser's department, top managers and admins.";

    @Inject
    SuggestionService suggestions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "raiseSuggestion", summary = "Raise a suggestion (PROPOSED)", description = "Anyone on the staff.")
    @APIResponse(responseCode = "201", description = "The suggestion",
            content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response raise(@Valid @NotNull SuggestionCreateRequest request) {
        SuggestionView suggestion = suggestions.raise(request.title(), request.body());
        return ETags.created(suggestion, suggestion.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listSuggestions", summary = "List the suggestions the caller may see, newest first",
            description = "Top managers and admins see all; others their own and those raised in departments they manage.")
    @APIResponse(responseCode = "200", description = "A page of suggestions")
    public Page<SuggestionView> list(@QueryParam("status") Suggestion.Status status, @Valid @BeanParam PageRequest page) {
        return suggestions.list(status, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getSuggestion", summary = "Read a suggestion", description = READERS)
    @APIResponse(responseCode = "200", description = "The suggestion",
            content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    public Response get(@PathParam("id") UUID id) {
        SuggestionView suggestion = suggestions.get(id);
        return ETags.ok(suggestion, suggestion.version());
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "moveSuggestion", summary = "Review a suggestion: under review, adopted or declined (with a note)",
            description = "The managers of the raiser's department and admins.")
    @APIResponse(responseCode = "200", description = "The suggestion",
            content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    @APIResponse(responseCode = "409", description = "The status does not allow this move; allowedTransitions lists those it "
            + "does; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response move(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull SuggestionMoveRequest request) {
        SuggestionView suggestion = suggestions.move(id, request.status(), request.note(), ifMatch);
        return ETags.ok(suggestion, suggestion.version());
    }

    @GET
    @Path("/{id}/comments")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listSuggestionComments", summary = "List the comments on a suggestion, oldest first", description = READERS)
    @APIResponse(responseCode = "200", description = "A page of comments")
    public Page<SuggestionCommentView> comments(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return suggestions.comments(id, page);
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "commentOnSuggestion", summary = "Comment on a suggestion", description = READERS)
    @APIResponse(responseCode = "201", description = "The comment",
            content = @Content(schema = @Schema(implementation = SuggestionCommentView.class)))
    public Response comment(@PathParam("id") UUID id, @Valid @NotNull SuggestionCommentRequest request) {
        return Response.status(Response.Status.CREATED).entity(suggestions.comment(id, request.body())).build();
    }
}
