package io.bureau.procurement.equipment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
                               LocalDate warrantyEnd, UUID locationId) {
    }

    @Schema(name = "AssetAssignRequest")
    public record AssignRequest(@NotNull UUID employeeId) {
    }

    @Schema(name = "AssetReturnRequest")
    public record ReturnRequest(@Schema(description = "Where it was put back; stays where it was when absent") UUID locationId) {
    }

    @Schema(name = "AssetView", requiredProperties = { "id", "tag", "category", "model", "status", "version" })
    public record AssetView(UUID id, String tag, String category, String model, String serial, LocalDate purchaseDate,
                            Money purchaseCost, LocalDate warrantyEnd, UUID locationId, AssetStatus status, UUID assigneeId,
                            long version) {

        static AssetView of(Asset a, Currency currency) {
            return new AssetView(a.id, a.tag, a.category, a.model, a.serial, a.purchaseDate,
                    a.purchaseCost == null ? null : currency.of(a.purchaseCost), a.warrantyEnd, a.locationId, a.status, a.assigneeId,
                    a.version);
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
