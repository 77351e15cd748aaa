package io.bureau.staff.skill;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.security.Roles;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.staff.skill.SkillDtos.EmployeeSkillRequest;
import io.bureau.staff.skill.SkillDtos.EmployeeSkillView;

@Path("/api/v1/employees/{employeeId}/skills")
@Tag(name = "Employee skills", description = "The skills a person holds, their level, source, verification and expiry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "Only the person and those who manage them",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
@APIResponse(responseCode = "404", description = "No such employee, skill, or skill held",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class EmployeeSkillResource {

    @Inject
    SkillService skills;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listEmployeeSkills", summary = "List a person's skills, expired ones flagged",
            description = "For those who may read the person; sorted by skill name, expired skills shown and flagged.")
    @APIResponse(responseCode = "200", description = "The skills, by name")
    public List<EmployeeSkillView> list(@PathParam("employeeId") UUID employeeId) {
        return skills.employeeSkills(employeeId);
    }

    @PUT
    @Path("/{skillId}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "setEmployeeSkill", summary = "Set a skill's level: declared by the person, verified when a manager sets it",
            description = "The person declares (source DECLARED); someone who manages them sets it verified. The person is "
                    + "locked meanwhile and skills-changed carries every skill they hold.")
    @APIResponse(responseCode = "200", description = "The skill as now held",
            content = @Content(schema = @Schema(implementation = EmployeeSkillView.class)))
    public Response set(@PathParam("employeeId") UUID employeeId, @PathParam("skillId") UUID skillId,
                        @HeaderParam("If-Match") String ifMatch, @Valid @NotNull EmployeeSkillRequest request) {
        EmployeeSkillView held = skills.setSkill(employeeId, skillId, request, ifMatch);
        return ETags.ok(held, held.version());
    }

    @POST
    // No body: any Content-Type, or none, is fine.
    @Consumes(MediaType.WILDCARD)
    @Path("/{skillId}/verify")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "verifyEmployeeSkill", summary = "Confirm the level a person declared",
            description = "Those who manage the person (or an admin) confirm the declared level; source becomes VERIFIED. "
                    + "Publishes skills-changed.")
    @APIResponse(responseCode = "200", description = "The skill, now verified",
            content = @Content(schema = @Schema(implementation = EmployeeSkillView.class)))
    public Response verify(@PathParam("employeeId") UUID employeeId, @PathParam("skillId") UUID skillId,
                           @HeaderParam("If-Match") String ifMatch) {
        EmployeeSkillView held = skills.verify(employeeId, skillId, ifMatch);
        return ETags.ok(held, held.version());
    }

    @DELETE
    @Path("/{skillId}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "removeEmployeeSkill", summary = "Remove a skill from a person",
            description = "The person or those who manage them. Publishes skills-changed without it.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("employeeId") UUID employeeId, @PathParam("skillId") UUID skillId,
                       @HeaderParam("If-Match") String ifMatch) {
        skills.remove(employeeId, skillId, ifMatch);
    }
}
