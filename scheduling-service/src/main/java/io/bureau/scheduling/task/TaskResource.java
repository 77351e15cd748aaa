package io.bureau.scheduling.task;

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
import io.bureau.scheduling.task.TaskDtos.TaskAcceptRequest;
import io.bureau.scheduling.task.TaskDtos.TaskAssignRequest;
import io.bureau.scheduling.task.TaskDtos.TaskAssignmentView;
import io.bureau.scheduling.task.TaskDtos.TaskCancelRequest;
import io.bureau.scheduling.task.TaskDtos.TaskCommentRequest;
import io.bureau.scheduling.task.TaskDtos.TaskCommentView;
import io.bureau.scheduling.task.TaskDtos.TaskCreateRequest;
import io.bureau.scheduling.task.TaskDtos.TaskReturnRequest;
import io.bureau.scheduling.task.TaskDtos.TaskUpdateRequest;
import io.bureau.scheduling.task.TaskDtos.TaskView;
import io.bureau.scheduling.task.TaskQueries.TaskFilter;

@Path("/api/v1/tasks")
@Tag(name = "Tasks", description = "The work of a department: terms, assignment, progress, review and overdue tracking")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    private static final String ILLEGAL_MOVE = "The task's status does not allow this move; allowedTransitions lists those it does";

    @Inject
    TaskService tasks;

    @Inject
    AssignmentService assignments;

    @Inject
    TaskProgressService progress;

    @Inject
    TaskCommentService comments;

    @Inject
    TaskQueries queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "createTask", summary = "Create an open task for a department the caller manages",
            description = "The deadline must not be in the past and earliestStart not after it; predecessors must be tasks of "
                    + "the same department. Publishes created.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response create(@Valid @NotNull TaskCreateRequest request) {
        TaskView created = tasks.create(request);
        return ETags.created(created, created.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listTasks", summary = "List the tasks the caller may see",
            description = "Admins and top managers see every task; office managers the tasks of the departments they manage "
                    + "and their own; employees their own. Sort by deadline, priority, status, createdAt or title.")
    @APIResponse(responseCode = "200", description = "A page of tasks")
    public Page<TaskView> list(@QueryParam("department") UUID departmentId, @QueryParam("status") TaskStatus status,
                               @QueryParam("assignee") UUID assigneeId, @Valid @BeanParam PageRequest page) {
        return queries.list(new TaskFilter(departmentId, status, assigneeId), page);
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER })
    @Operation(operationId = "listOverdueTasks", summary = "List tasks past their deadline and not yet accepted",
            description = "As the overdue check found them (it runs every few minutes, UTC days): office managers for the "
                    + "departments they manage, top managers and admins for all. Earliest deadline first.")
    @APIResponse(responseCode = "200", description = "A page of overdue tasks")
    public Page<TaskView> overdue(@QueryParam("department") UUID departmentId, @Valid @BeanParam PageRequest page) {
        return queries.overdue(departmentId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getTask", summary = "Read a task; the ETag is its version",
            description = "Its assignee, the managers of its department, top managers and admins.")
    @APIResponse(responseCode = "200", description = "The task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response get(@PathParam("id") UUID id) {
        TaskView task = queries.get(id);
        return ETags.ok(task, task.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "updateTask", summary = "Replace a task's terms",
            description = "Managers of the task's department, until it is accepted or cancelled. A new deadline must not be "
                    + "in the past; moving a missed deadline to today or later makes the task no longer overdue. An assigned "
                    + "task's new terms must still meet the hard rules for its assignee (422, as assignTask).")
    @APIResponse(responseCode = "200", description = "The task as it now is",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = "The task is accepted or cancelled",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "422", description = "The new terms break a hard rule for the task's assignee (type "
            + "urn:bureau:problem:hard-rule, errors[] names each rule)",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull TaskUpdateRequest request) {
        TaskView task = tasks.update(id, request, ifMatch);
        return ETags.ok(task, task.version());
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "assignTask", summary = "Give an open or assigned task to someone",
            description = "Managers of the task's department. Hard rules refuse it (422, errors[] names each rule): on the "
                    + "roster, in the task's department or one below, ACTIVE, every required skill at its level and unexpired "
                    + "on the first day the work can be done, a working day free of absence before the deadline. Soft rules "
                    + "are answered as warnings (CAPACITY, SKILL_EXPIRES, PREDECESSORS, PREFERRED_ASSIGNEE, DEADLINE_PASSED). "
                    + "Publishes assigned (and unassigned for a previous assignee).")
    @APIResponse(responseCode = "200", description = "Assigned; warnings lists the soft rules it does not meet",
            content = @Content(schema = @Schema(implementation = TaskAssignmentView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE + "; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "422", description = "The assignment breaks a hard rule (type urn:bureau:problem:hard-rule, "
            + "errors[] names each rule); or this Idempotency-Key was used for a different request",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull TaskAssignRequest request) {
        TaskAssignmentView assigned = assignments.assign(id, request.assigneeId(), ifMatch);
        return ETags.ok(assigned, assigned.task().version());
    }

    @POST
    @Path("/{id}/unassign")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "unassignTask", summary = "Take an assigned task back (it is open again)",
            description = "Managers of the task's department, before work starts. Publishes unassigned.")
    @APIResponse(responseCode = "200", description = "The open task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE + "; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response unassign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        TaskView task = assignments.unassign(id, ifMatch);
        return ETags.ok(task, task.version());
    }

    @POST
    @Path("/{id}/pin")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "pinTask", summary = "Pin an assigned task to its assignee, so plans keep it there",
            description = "Managers of the task's department. A proposed plan then keeps the task with its assignee (as it "
                    + "keeps started work), whoever else would suit it better. Assigning the task to someone else, taking it "
                    + "back, or any move of its status (start, cancel) ends the pin. Nothing is published.")
    @APIResponse(responseCode = "200", description = "The pinned task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = "The task is not ASSIGNED; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response pin(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        TaskView task = assignments.pin(id, ifMatch);
        return ETags.ok(task, task.version());
    }

    @POST
    @Path("/{id}/unpin")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "unpinTask", summary = "Unpin a task, so plans may give it to someone else",
            description = "Managers of the task's department. A task that is not pinned is answered as it is.")
    @APIResponse(responseCode = "200", description = "The task, no longer pinned",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response unpin(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        TaskView task = assignments.unpin(id, ifMatch);
        return ETags.ok(task, task.version());
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "startTask", summary = "Start work on an assigned or returned task",
            description = "Its assignee only, once every predecessor is accepted or cancelled. Publishes started.")
    @APIResponse(responseCode = "200", description = "The task in progress",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE + "; or a predecessor is not done; or this "
            + "Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response start(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        TaskView task = progress.start(id, ifMatch);
        return ETags.ok(task, task.version());
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "submitTask", summary = "Submit finished work for review",
            description = "Its assignee only. Publishes submitted.")
    @APIResponse(responseCode = "200", description = "The submitted task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE + "; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        TaskView task = progress.submit(id, ifMatch);
        return ETags.ok(task, task.version());
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "acceptTask", summary = "Accept submitted work with a quality score",
            description = "Managers of the task's department, never for their own work. Records onTime: whether the accepted "
                    + "work was submitted by the deadline. Publishes accepted with onTime and qualityScore.")
    @APIResponse(responseCode = "200", description = "The accepted task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE + "; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull TaskAcceptRequest request) {
        TaskView task = progress.accept(id, request.qualityScore(), request.comments(), ifMatch);
        return ETags.ok(task, task.version());
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "returnTask", summary = "Return submitted work to its assignee with the reasons",
            description = "Managers of the task's department, never for their own work. The assignee starts it again. "
                    + "Publishes returned (without the reasons).")
    @APIResponse(responseCode = "200", description = "The returned task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE + "; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response returnForRework(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                    @Valid @NotNull TaskReturnRequest request) {
        TaskView task = progress.returnForRework(id, request.reasons(), ifMatch);
        return ETags.ok(task, task.version());
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "cancelTask", summary = "Cancel a task that is not yet accepted",
            description = "Managers of the task's department. Publishes cancelled.")
    @APIResponse(responseCode = "200", description = "The cancelled task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = ILLEGAL_MOVE + "; or this Idempotency-Key is still being processed",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull TaskCancelRequest request) {
        TaskView task = tasks.cancel(id, request.reason(), ifMatch);
        return ETags.ok(task, task.version());
    }

    @GET
    @Path("/{id}/comments")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listTaskComments", summary = "List the comments on a task, oldest first",
            description = "Whoever may read the task.")
    @APIResponse(responseCode = "200", description = "A page of comments")
    public Page<TaskCommentView> listComments(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.comments(id, page);
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "commentOnTask", summary = "Comment on a task",
            description = "Its assignee and the managers of its department.")
    @APIResponse(responseCode = "201", description = "The comment",
            content = @Content(schema = @Schema(implementation = TaskCommentView.class)))
    public Response comment(@PathParam("id") UUID id, @Valid @NotNull TaskCommentRequest request) {
        return Response.status(Response.Status.CREATED).entity(comments.add(id, request.body())).build();
    }
}
