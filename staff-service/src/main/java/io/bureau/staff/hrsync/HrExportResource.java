package io.bureau.staff.hrsync;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.security.Roles;
import io.bureau.platform.problem.ProblemDocument;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.staff.hrsync.HrSyncDtos.HrEmployeeRecord;

@Path("/api/v1/hr-exports/employees")
@Tag(name = "HR integration")
@APIResponse(responseCode = "400", description = "Bad paging or sort",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
@APIResponse(responseCode = "403", description = "Only the hr-integration client and admins",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
public class HrExportResource {

    /** The CSV export's page carries its total here, since CSV has no room for it. */
    public static final String TOTAL_ITEMS_HEADER = "X-Total-Items";

    @Inject
    HrSyncService sync;

    /**
     * One operation for both media types, choosing by the Accept header's preference: CSV only
     * when asked for by name before JSON; JSON for no Accept, a wildcard, or JSON.
     */
    @GET
    @Produces({ MediaType.APPLICATION_JSON, HrImportResource.TEXT_CSV })
    @RolesAllowed({ Roles.ADMIN, Roles.HR_INTEGRATION })
    @Operation(operationId = "exportEmployees", summary = "Export employees a page at a time, as JSON or CSV (Accept: text/csv)",
            description = "Optionally of one department; sort by externalHrId, lastName or hireDate. JSON unless the Accept "
                    + "header prefers text/csv (so */* is JSON). The CSV page has a header line, and its total in "
                    + TOTAL_ITEMS_HEADER + "; a cell starting with =, +, -, @, a tab or a carriage return is prefixed with an "
                    + "apostrophe, so a spreadsheet shows it as text instead of running it as a formula.")
    @APIResponse(responseCode = "200", description = "One page of employees",
            headers = @Header(name = TOTAL_ITEMS_HEADER, description = "CSV only: how many employees match over all pages",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HrEmployeePage.class)),
                    @Content(mediaType = HrImportResource.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Response export(@QueryParam("department") UUID departmentId, @Valid @BeanParam PageRequest page,
                           @Context HttpHeaders headers) {
        Page<HrEmployeeRecord> records = sync.export(departmentId, page);
        if (prefersCsv(headers.getAcceptableMediaTypes())) {
            return Response.ok(sync.exportCsv(records), HrImportResource.TEXT_CSV)
                    .header(TOTAL_ITEMS_HEADER, records.totalItems()).build();
        }
        return Response.ok(records, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The acceptable types come most preferred first; the first that names CSV or matches JSON decides. */
    private static boolean prefersCsv(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (!type.isWildcardType() && type.isCompatible(MediaType.valueOf(HrImportResource.TEXT_CSV))) {
                return true;
            }
        }
        return false;
    }

    /** The JSON page's shape, named for the OpenAPI document. */
    @Schema(name = "HrEmployeePage", requiredProperties = { "items", "page", "size", "totalItems" })
    record HrEmployeePage(List<HrEmployeeRecord> items, int page, int size, long totalItems) {
    }
}
