package io.bureau.procurement.equipment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.procurement.money.Currency;
import io.bureau.procurement.money.Money;

/** What the equipment API reads and writes. */
public final class AssetDtos {

    private AssetDtos() {
    }

    @Schema(name = "AssetRequest")
    public record AssetRequest(@NotBlank @Size(max = 40) @Schema(examples = "IT-000123") String tag,
                               @NotBlank @Size(max = 60) @Schema(examples = "LAPTOP") String category,
                               @NotBlank @Size(max = 200) @Schema(examples = "ThinkPad T14") String model,
                               @Size(max = 100) String serial, LocalDate purchaseDate, @Valid Money purchaseCost,
                               LocalDate warrantyEnd, UUID locationId,
                               @Schema(description = "The department that owns it: its office managers send it to repair, "
                                       + "bring it back and retire it") UUID departmentId) {
    }

    @Schema(name = "AssetChangeRequest", description = "Replaces what describes an asset; its tag, category and status stay")
    public record AssetChangeRequest(@NotBlank @Size(max = 200) @Schema(examples = "ThinkPad T14") String model,
                                     @Size(max = 100) String serial, LocalDate purchaseDate, @Valid Money purchaseCost,
                                     LocalDate warrantyEnd, UUID locationId,
                                     @Schema(description = "The owning department; absent: none") UUID departmentId) {
    }

    @Schema(name = "AssetAssignRequest")
    public record AssignRequest(@NotNull UUID employeeId) {
    }

    @Schema(name = "AssetReturnRequest")
    public record ReturnRequest(@Schema(description = "Where it was put back; stays where it was when absent") UUID locationId) {
    }

    @Schema(name = "AssetView", requiredProperties = { "id", "tag", "category", "model", "status", "allowedTransitions", "version" })
    public record AssetView(UUID id, String tag, String category, String model, String serial, LocalDate purchaseDate,
                            Money purchaseCost, LocalDate warrantyEnd, UUID locationId, UUID departmentId, AssetStatus status,
                            @Schema(description = "Who holds it; while IN_REPAIR, who gets it back") UUID assigneeId,
                            @Schema(description = "The statuses it may move to now") List<AssetStatus> allowedTransitions,
                            OffsetDateTime retiredAt, String retiredReason, long version) {

        static AssetView of(Asset a, Currency currency) {
            return new AssetView(a.id, a.tag, a.category, a.model, a.serial, a.purchaseDate,
                    a.purchaseCost == null ? null : currency.of(a.purchaseCost), a.warrantyEnd, a.locationId, a.departmentId, a.status,
                    a.assigneeId, a.allowedMoves(), a.retiredAt, a.retiredReason, a.version);
        }
    }

    @Schema(name = "AssetRepairRequest", description = "Send an asset to repair, maybe for a maintenance ticket of the asset")
    public record RepairRequest(UUID ticketId, @Size(max = 500) @Schema(examples = "Screen flickers") String reason) {
    }

    @Schema(name = "AssetBackFromRepairRequest", description = "ASSIGNED gives it back to its holder; IN_STOCK puts it into stock "
            + "(ending the holder's assignment)")
    public record BackFromRepairRequest(@NotNull AssetStatus to,
                                        @Schema(description = "Where it is put (IN_STOCK); stays where it was when absent") UUID locationId) {
    }

    @Schema(name = "AssetRetireRequest", description = "Retire an asset for good; a held asset is returned by its holder first")
    public record RetireRequest(@NotBlank @Size(max = 500) @Schema(examples = "Broken beyond repair") String reason) {
    }

    @Schema(name = "AssetStatusChangeView", requiredProperties = { "id", "assetId", "from", "to", "changedAt", "changedBy" })
    public record AssetStatusChangeView(UUID id, UUID assetId, AssetStatus from, AssetStatus to,
                                        @Schema(description = "The holder after an assignment; the one who gave it back on a return") UUID employeeId,
                                        UUID ticketId, String reason, OffsetDateTime changedAt, String changedBy) {

        static AssetStatusChangeView of(AssetStatusChange c) {
            return new AssetStatusChangeView(c.id, c.assetId, c.fromStatus, c.toStatus, c.employeeId, c.ticketId, c.reason, c.changedAt,
                    c.changedBy);
        }
    }

    @Schema(name = "AssetAssignmentView", requiredProperties = { "id", "assetId", "employeeId", "assignedAt", "assignedBy" })
    public record AssetAssignmentView(UUID id, UUID assetId, UUID employeeId, OffsetDateTime assignedAt, String assignedBy,
                                 OffsetDateTime returnedAt) {

        static AssetAssignmentView of(AssetAssignment a) {
            return new AssetAssignmentView(a.id, a.assetId, a.employeeId, a.assignedAt, a.assignedBy, a.returnedAt);
        }
    }
}
