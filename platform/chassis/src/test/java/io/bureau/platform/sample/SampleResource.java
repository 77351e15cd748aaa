package io.bureau.platform.sample;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.platform.security.Roles;

/** Endpoints that exercise each kind of problem and the security helpers. */
@Path("/api/v1/samples")
public class SampleResource {

    public record Address(@NotBlank String city) {
    }

    public record SampleRequest(@NotBlank String name, @Email String email, @Min(1) @Max(5) int level,
                                @NotNull @Valid Address address, List<@Valid Address> branches,
                                List<@NotBlank String> tags) {
    }

    public record RenameRequest(@NotBlank String text) {
    }

    public enum Kind { RED, BLUE }

    public record LabelRequest(@NotBlank String name) {
    }

    @Inject
    NoteService notes;

    @Inject
    CurrentCaller caller;

    @Inject
    EntityManager entityManager;

    @POST
    @PermitAll
    public SampleRequest echo(@Valid @NotNull SampleRequest request) {
        return request;
    }

    @GET
    @Path("/pages")
    @PermitAll
    public Page<String> page(@Valid @BeanParam PageRequest page) {
        page.orderBy(java.util.Map.of("name", "name"), "id");
        return new Page<>(List.of("a"), page.page, page.size, 1);
    }

    @GET
    @Path("/notes/{id}")
    @PermitAll
    public Response note(@PathParam("id") UUID id) {
        Note note = Note.<Note>findByIdOptional(id).orElseThrow(() -> io.bureau.platform.problem.Problems.notFound("Note", id));
        return Response.ok(note.text).tag(ETags.of(note.version)).build();
    }

    @POST
    @Path("/notes")
    @PermitAll
    @APIResponse(responseCode = "201", description = "Created: the new id", content = @Content(schema = @Schema(implementation = String.class)))
    public Response createNote(@Valid @NotNull RenameRequest request) {
        Note note = notes.create(request.text(), false);
        return Response.status(201).entity(note.id.toString()).tag(ETags.of(note.version)).build();
    }

    @PUT
    @Path("/notes/{id}")
    @PermitAll
    public Response rename(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RenameRequest request) {
        Note note = notes.rename(id, request.text(), ifMatch);
        return Response.ok(note.text).build();
    }

    /** Inserts without looking first, as two racing requests would: the unique index decides. */
    @POST
    @Path("/labels")
    @PermitAll
    @APIResponse(responseCode = "201", description = "Created: the new id", content = @Content(schema = @Schema(implementation = String.class)))
    @Transactional
    public Response createLabel(@Valid @NotNull LabelRequest request) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("insert into label (id, name, kind) values (?1, ?2, 'RED')")
                .setParameter(1, id).setParameter(2, request.name()).executeUpdate();
        return Response.status(201).entity(id.toString()).build();
    }

    @GET
    @Path("/labels")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public Page<String> labels(@QueryParam("kind") Kind kind, @QueryParam("since") java.time.LocalDate since,
                               @QueryParam("q") String q, @Valid @BeanParam PageRequest page) {
        page.orderBy(java.util.Map.of("name", "name"), "id");
        return new Page<>(List.of(String.valueOf(kind), String.valueOf(q)), page.page, page.size, 2);
    }

    @GET
    @Path("/boom")
    @PermitAll
    public String boom() {
        throw new IllegalStateException("internal detail that must not leak");
    }

    @POST
    @Path("/boom")
    @PermitAll
    public String boomOnPost() {
        throw new IllegalStateException("internal detail that must not leak");
    }

    @GET
    @Path("/admin-only")
    @RolesAllowed(Roles.ADMIN)
    public String adminOnly() {
        return caller.subject();
    }

    @GET
    @Path("/me")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.ADMIN })
    public String me() {
        return caller.employeeId().map(UUID::toString).orElse("none");
    }
}
