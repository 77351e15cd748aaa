package io.bureau.procurement.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.security.Roles;

@Path("/api/v1/audit-trail")
@Tag(name = "Audit", description = "Every audited change to one entity")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Schema(name = "ProcurementAuditEntryView", requiredProperties = { "id", "occurredAt", "actor", "action", "entityType", "entityId" },
            description = "One audited change: who made it, when, and the state before and after")
    public record ProcurementAuditEntryView(UUID id, OffsetDateTime occurredAt, String actor, String action, String entityType, String entityId,
                                 @Schema(implementation = Object.class, description = "The state before; absent for a creation") JsonNode before,
                                 @Schema(implementation = Object.class, description = "The state after; absent for a removal") JsonNode after) {
    }

    @Inject
    AuditTrail audit;

    @GET
    @Path("/{entityType}/{entityId}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "getProcurementAuditTrail", summary = "Every audited change to one entity, newest first",
            description = "Admins only. Entity types: asset, budget-line, budget-commitment, fiscal-period, purchase-request, "
                    + "purchase-order, maintenance-ticket, maintenance-schedule, equipment-request, standard-kit, provisioning-request, "
                    + "return-checklist, person (hires and leavings procurement ignored as stale), training-budget-decision, vendor, supply-item, stock-location. An entity nothing was "
                    + "recorded for gives an empty page.")
    @APIResponse(responseCode = "200", description = "A page of audited changes")
    public Page<ProcurementAuditEntryView> trail(
            @Parameter(description = "The kind of entity, e.g. asset") @PathParam("entityType") @Pattern(regexp = "[a-z][a-z-]{0,39}") String entityType,
            @PathParam("entityId") UUID entityId, @Valid @BeanParam PageRequest page) {
        return audit.history(entityType, entityId, page).map(e -> new ProcurementAuditEntryView(e.id(), e.occurredAt(), e.actor(), e.action(),
                e.entityType(), e.entityId(), e.before(), e.after()));
    }
}
