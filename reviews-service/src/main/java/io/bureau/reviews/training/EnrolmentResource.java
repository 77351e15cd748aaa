package io.bureau.reviews.training;

import java.time.Clock;
import java.time.LocalDate;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.security.Roles;
import io.bureau.reviews.training.TrainingDtos.EnrolmentAttendanceRequest;
import io.bureau.reviews.training.TrainingDtos.EnrolmentCompleteRequest;
import io.bureau.reviews.training.TrainingDtos.EnrolmentCreateRequest;
import io.bureau.reviews.training.TrainingDtos.EnrolmentRejectRequest;
import io.bureau.reviews.training.TrainingDtos.EnrolmentView;

@Path("/api/v1/enrolments")
@Tag(name = "Enrolments", description = "People on training sessions: approval, seats and waitlist, budget, attendance, result")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    private static final String ILLEGAL_MOVE = "The enrolment's status does not allow this; allowedTransitions lists what it "
            + "does; or this Idempotency-Key is still being processed";
    private static final String MANAGERS = "The managers of the employee's department and the employee's line managers "
            + "(office managers), and admins.";

    @Inject
    Clock clock;

    @Inject
    EnrolmentService enrolments;

    @Inject
    CourseService queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "enrol", summary = "Enrol someone on a session, or ask to be enrolled",
            description = "By one of " + MANAGERS + " the enrolment is placed at once: a free seat confirms it (enrolment.created) "
                    + "for an internal course, or holds it while procurement decides on an outside course's cost "
                    + "(PENDING_BUDGET, training.cost-requested); a full session waitlists it. The employee asking for "
                    + "themself waits for a manager's approval (PENDING_APPROVAL). One live enrolment per person and session.")
    @APIResponse(responseCode = "201", description = "The enrolment",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "409", description = "The person is already enrolled on the session; or this "
            + "Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response enrol(@Valid @NotNull EnrolmentCreateRequest request) {
        EnrolmentView enrolment = enrolments.enrol(request.sessionId(), request.employeeId());
        return ETags.created(enrolment, enrolment.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listEnrolments", summary = "List one person's enrolments, newest first",
            description = "The person and " + MANAGERS)
    @APIResponse(responseCode = "200", description = "A page of enrolments")
    public Page<EnrolmentView> list(@Parameter(description = "The person", required = true) @QueryParam("employee") @NotNull UUID employeeId,
                                    @Valid @BeanParam PageRequest page) {
        return queries.enrolments(employeeId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getEnrolment", summary = "Read an enrolment; the ETag is its version",
            description = "The person and " + MANAGERS + " Never a colleague.")
    @APIResponse(responseCode = "200", description = "The enrolment",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    public Response get(@PathParam("id") UUID id) {
        return ok(queries.enrolment(id));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "approveEnrolment", summary = "Approve an employee's request; it is placed as a manager's enrolment is",
            description = MANAGERS)
    @APIResponse(responseCode = "200", description = "The placed enrolment",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response approve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(enrolments.approve(id, ifMatch));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "rejectEnrolment", summary = "Refuse an employee's request with the reason", description = MANAGERS)
    @APIResponse(responseCode = "200", description = "The refused enrolment",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response reject(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull EnrolmentRejectRequest request) {
        return ok(enrolments.reject(id, request.reason(), ifMatch));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "cancelEnrolment", summary = "Give the place up",
            description = "The person or " + MANAGERS + " A confirmed seat publishes enrolment.cancelled (and "
                    + "training.cost-withdrawn when the budget had approved it); the freed seat goes to the first on the waitlist.")
    @APIResponse(responseCode = "200", description = "The cancelled enrolment",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(enrolments.cancel(id, ifMatch));
    }

    @POST
    @Path("/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "recordEnrolmentAttendance", summary = "Record whether the person attended",
            description = MANAGERS + " Confirmed enrolments only.")
    @APIResponse(responseCode = "200", description = "The enrolment",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE,
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response attendance(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull EnrolmentAttendanceRequest request) {
        return ok(enrolments.recordAttendance(id, request.attended(), ifMatch));
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "completeEnrolment", summary = "Record the result (passed or failed, score)",
            description = MANAGERS + " Confirmed enrolments only; someone recorded absent cannot pass. Publishes "
                    + "training.completed with the course's skills when passed (none when failed).")
    @APIResponse(responseCode = "200", description = "The completed enrolment",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE + "; or the person was recorded absent",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @Valid @NotNull EnrolmentCompleteRequest request) {
        LocalDate on = request.completedOn() == null ? LocalDate.now(clock) : request.completedOn();
        return ok(enrolments.complete(id, request.result(), request.score(), on, ifMatch));
    }

    private static Response ok(EnrolmentView enrolment) {
        return ETags.ok(enrolment, enrolment.version());
    }
}
