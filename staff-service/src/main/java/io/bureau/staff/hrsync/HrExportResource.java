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

    /** Documents both answers: OpenAPI has one operation per path and method, whatever the media type. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.HR_INTEGRATION })
    @Operation(operationId = "exportEmployees", summary = "Export employees a page at a time, as JSON or CSV (Accept: text/csv)",
            description = "Optionally of one department; sort by externalHrId, lastName or hireDate. The CSV page has a header "
                    + "line, and its total in " + TOTAL_ITEMS_HEADER + ".")
    @APIResponse(responseCode = "200", description = "One page of employees",
            headers = @Header(name = TOTAL_ITEMS_HEADER, description = "CSV only: how many employees match over all pages",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HrEmployeePage.class)),
                    @Content(mediaType = HrImportResource.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Page<HrEmployeeRecord> exportJson(@QueryParam("department") UUID departmentId, @Valid @BeanParam PageRequest page) {
        return sync.export(departmentId, page);
    }

    @GET
    @Produces(HrImportResource.TEXT_CSV)
    @RolesAllowed({ Roles.ADMIN, Roles.HR_INTEGRATION })
    @Operation(hidden = true)
    public Response exportCsv(@QueryParam("department") UUID departmentId, @Valid @BeanParam PageRequest page) {
        Page<HrEmployeeRecord> records = sync.export(departmentId, page);
        return Response.ok(sync.exportCsv(records)).header(TOTAL_ITEMS_HEADER, records.totalItems()).build();
    }

    /** The JSON page's shape, named for the OpenAPI document. */
    @Schema(name = "HrEmployeePage")
    record HrEmployeePage(List<HrEmployeeRecord> items, int page, int size, long totalItems) {
    }
}
