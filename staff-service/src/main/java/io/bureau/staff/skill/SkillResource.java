package io.bureau.staff.skill;

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
import io.bureau.platform.security.Roles;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.staff.skill.SkillDtos.SkillRequest;
import io.bureau.staff.skill.SkillDtos.SkillView;

@Path("/api/v1/skills")
@Tag(name = "Skills", description = "The catalogue of skills people hold")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller's role does not allow this",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class SkillResource {

    @Inject
    SkillCatalogue catalogue;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "createSkill", summary = "Add a skill to the catalogue",
            description = "Admins and office managers; names are unique whatever their case (409 naming the field).")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = SkillView.class)))
    @APIResponse(responseCode = "409", description = "A skill of that name exists",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response create(@Valid @NotNull SkillRequest request) {
        SkillView created = catalogue.createSkill(request);
        return ETags.created(created, created.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listSkills", summary = "List the catalogue, optionally by name fragment and category; sort by name or category",
            description = "Every authenticated person may read the catalogue; the category matches whatever its case.")
    @APIResponse(responseCode = "200", description = "A page of skills")
    public Page<SkillView> list(@QueryParam("q") String text, @QueryParam("category") String category,
                                @Valid @BeanParam PageRequest page) {
        return catalogue.listSkills(text, category, page);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "updateSkill", summary = "Rename or re-describe a skill of the catalogue",
            description = "People holding the skill keep it; a new name is published to consumers as the holders' skills "
                    + "anew.")
    @APIResponse(responseCode = "200", description = "The skill as it now is",
            content = @Content(schema = @Schema(implementation = SkillView.class)))
    @APIResponse(responseCode = "404", description = "No such skill",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "409", description = "Another skill has this name",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SkillRequest request) {
        SkillView updated = catalogue.updateSkill(id, request, ifMatch);
        return ETags.ok(updated, updated.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getSkill", summary = "Read a skill of the catalogue",
            description = "Every authenticated person may read the catalogue.")
    @APIResponse(responseCode = "200", description = "The skill; its ETag is the version to send as If-Match",
            content = @Content(schema = @Schema(implementation = SkillView.class)))
    @APIResponse(responseCode = "404", description = "No such skill",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Response get(@PathParam("id") UUID id) {
        SkillView skill = catalogue.getSkill(id);
        return ETags.ok(skill, skill.version());
    }
}
