package io.bureau.staff.personnelfile;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.security.Roles;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.staff.personnelfile.PersonnelFileDtos.PersonnelFileEntryRequest;
import io.bureau.staff.personnelfile.PersonnelFileDtos.PersonnelFileEntryView;

/** No update or delete: the file is append-only. The hr-integration role has no access at all. */
@Path("/api/v1/employees/{employeeId}/personnel-file")
@Tag(name = "Personnel file", description = "A person's append-only, dated record; restricted entries for their manager chain and admins only")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "Not the person's file nor one the caller manages",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
@APIResponse(responseCode = "404", description = "No such employee, or no such entry the caller may see",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class PersonnelFileResource {

    @Inject
    PersonnelFileService file;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE_MANAGER })
    @Operation(operationId = "addPersonnelFileEntry", summary = "Append an entry, or a correction of an earlier one",
            description = "Those who manage the person, and admins. Entries are never edited or removed; a correction is a "
                    + "new entry naming the one it corrects (restricted when that one is). Counseling references and "
                    + "improvement plans are always restricted.")
    @APIResponse(responseCode = "201", description = "Appended",
            content = @Content(schema = @Schema(implementation = PersonnelFileEntryView.class)))
    public Response append(@PathParam("employeeId") UUID employeeId, @Valid @NotNull PersonnelFileEntryRequest request) {
        return Response.status(Response.Status.CREATED).entity(file.append(employeeId, request)).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "listPersonnelFileEntries", summary = "List the entries the caller may see, newest first",
            description = "One who may read the person sees their file; restricted entries only the manager chain and "
                    + "admins, to anyone else they are left out of the list and its total. Others who may not read the "
                    + "person: 403.")
    @APIResponse(responseCode = "200", description = "A page of the entries the caller may see")
    public Page<PersonnelFileEntryView> list(@PathParam("employeeId") UUID employeeId,
                                             @QueryParam("kind") PersonnelFileEntryKind kind,
                                             @Valid @BeanParam PageRequest page) {
        return file.list(employeeId, kind, page);
    }

    @GET
    @Path("/{entryId}")
    @RolesAllowed({ Roles.ADMIN, Roles.TOP_MANAGER, Roles.OFFICE_MANAGER, Roles.EMPLOYEE })
    @Operation(operationId = "getPersonnelFileEntry", summary = "Read one entry, with the entries correcting it",
            description = "A restricted entry the caller may not see answers 404, as an entry that does not exist.")
    @APIResponse(responseCode = "200", description = "The entry")
    public PersonnelFileEntryView get(@PathParam("employeeId") UUID employeeId, @PathParam("entryId") UUID entryId) {
        return file.get(employeeId, entryId);
    }
}
