package io.bureau.reviews.training;

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
import io.bureau.reviews.training.TrainingDtos.TrainingCourseCreateRequest;
import io.bureau.reviews.training.TrainingDtos.TrainingCourseView;
import io.bureau.reviews.training.TrainingDtos.TrainingSessionCreateRequest;
import io.bureau.reviews.training.TrainingDtos.TrainingSessionView;

@Path("/api/v1")
@Tag(name = "Training catalogue", description = "Internal and outside courses and their sessions")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingCatalogueResource {

    @Inject
    CourseService catalogue;

    @POST
    @Path("/training-courses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "createTrainingCourse", summary = "Add a course to the catalogue",
            description = "Admins and office managers. Titles are unique (409 naming title). An OUTSIDE course with a cost "
                    + "needs procurement's budget approval for each enrolment.")
    @APIResponse(responseCode = "201", description = "The course",
            content = @Content(schema = @Schema(implementation = TrainingCourseView.class)))
    @APIResponse(responseCode = "409", description = "A course with this title exists; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response createCourse(@Valid @NotNull TrainingCourseCreateRequest request) {
        TrainingCourseView course = catalogue.create(request);
        return ETags.created(course, course.version());
    }

    @GET
    @Path("/training-courses")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listTrainingCourses", summary = "List the catalogue by title", description = "Everyone but machine clients.")
    @APIResponse(responseCode = "200", description = "A page of courses")
    public Page<TrainingCourseView> courses(@Valid @BeanParam PageRequest page) {
        return catalogue.courses(page);
    }

    @GET
    @Path("/training-courses/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getTrainingCourse", summary = "Read a course", description = "Everyone but machine clients.")
    @APIResponse(responseCode = "200", description = "The course",
            content = @Content(schema = @Schema(implementation = TrainingCourseView.class)))
    public Response course(@PathParam("id") UUID id) {
        TrainingCourseView course = catalogue.course(id);
        return ETags.ok(course, course.version());
    }

    @POST
    @Path("/training-sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "scheduleTrainingSession", summary = "Schedule a session of a course",
            description = "Admins and office managers. Dates, place, trainer and capacity.")
    @APIResponse(responseCode = "201", description = "The session",
            content = @Content(schema = @Schema(implementation = TrainingSessionView.class)))
    public Response schedule(@Valid @NotNull TrainingSessionCreateRequest request) {
        TrainingSessionView session = catalogue.schedule(request);
        return ETags.created(session, session.version());
    }

    @GET
    @Path("/training-sessions")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listTrainingSessions", summary = "List a course's sessions by start date",
            description = "Everyone but machine clients.")
    @APIResponse(responseCode = "200", description = "A page of sessions")
    public Page<TrainingSessionView> sessions(
            @Parameter(description = "The course", required = true) @QueryParam("course") @NotNull UUID courseId,
            @Valid @BeanParam PageRequest page) {
        return catalogue.sessions(courseId, page);
    }

    @GET
    @Path("/training-sessions/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getTrainingSession", summary = "Read a session with its seats taken",
            description = "Everyone but machine clients.")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(schema = @Schema(implementation = TrainingSessionView.class)))
    public Response session(@PathParam("id") UUID id) {
        TrainingSessionView session = catalogue.session(id);
        return ETags.ok(session, session.version());
    }
}
