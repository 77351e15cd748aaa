package io.bureau.staff.hrsync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.security.Roles;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.staff.hrsync.HrSyncDtos.HrImportRequest;
import io.bureau.staff.hrsync.HrSyncDtos.HrImportResult;

@Path("/api/v1/hr-imports")
@Tag(name = "HR integration", description = "Bulk upsert and export of employees for the HR system; never personnel-file content")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "200", description = "A result for every row: created, updated, unchanged, or rejected with the field and reason",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HrImportResult.class)))
@APIResponse(responseCode = "400", description = "The document itself is unreadable (not the rows: those are rejected one by one)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
@APIResponse(responseCode = "403", description = "Only the hr-integration client and admins",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class HrImportResource {

    public static final String TEXT_CSV = "text/csv";

    @Inject
    HrSyncService sync;

    /** Documents both bodies: OpenAPI has one operation per path and method, whatever the media type. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.HR_INTEGRATION })
    @Operation(operationId = "importEmployees", summary = "Create or update employees keyed by their HR id, as JSON or CSV; the same rows again change nothing",
            description = "As CSV (Content-Type: text/csv): a header line naming the columns, in any order, then one employee per line. "
                    + "Columns as the JSON fields: externalHrId, firstName, lastName, workEmail, phone (optional), position, "
                    + "departmentId, managerExternalHrId (optional), hireDate (YYYY-MM-DD), weeklyHours, workingDays (e.g. MONDAY;TUESDAY).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HrImportRequest.class)),
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = "externalHrId,firstName,lastName,workEmail,position,departmentId,hireDate,weeklyHours,workingDays")) })
    public HrImportResult importJson(@Valid @NotNull HrImportRequest request) {
        return sync.importRows(request.rows());
    }

    @POST
    @Consumes(TEXT_CSV)
    @RolesAllowed({ Roles.ADMIN, Roles.HR_INTEGRATION })
    @Operation(hidden = true)
    public HrImportResult importCsv(String csv) {
        return sync.importCsv(csv);
    }
}
