package io.bureau.reviews.review;

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

import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.security.Roles;
import io.bureau.reviews.review.ReviewDtos.FeedbackNoteRequest;
import io.bureau.reviews.review.ReviewDtos.FeedbackNoteView;

@Path("/api/v1/feedback-notes")
@Tag(name = "Feedback notes", description = "Continuous feedback from a manager between cycles")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackNoteResource {

    @Inject
    FeedbackService feedback;

    @Inject
    ReviewQueries queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "writeFeedbackNote", summary = "Write a feedback note on someone's work",
            description = "The managers of the employee's department and their line managers; admins. Notes are never edited.")
    @APIResponse(responseCode = "201", description = "The note",
            content = @Content(schema = @Schema(implementation = FeedbackNoteView.class)))
    public Response write(@Valid @NotNull FeedbackNoteRequest request) {
        return Response.status(Response.Status.CREATED).entity(feedback.write(request)).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listFeedbackNotes", summary = "List the feedback notes on one person, newest first",
            description = "The person themself, their managers and admins.")
    @APIResponse(responseCode = "200", description = "A page of notes")
    public Page<FeedbackNoteView> list(
            @Parameter(description = "The person", required = true) @QueryParam("employee") @NotNull UUID employeeId,
            @Valid @BeanParam PageRequest page) {
        return queries.notes(employeeId, page);
    }
}
