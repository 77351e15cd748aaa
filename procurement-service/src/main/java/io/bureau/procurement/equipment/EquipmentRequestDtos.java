package io.bureau.procurement.equipment;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.procurement.money.Currency;
import io.bureau.procurement.money.Money;

/** What the equipment requests API reads and writes. */
public final class EquipmentRequestDtos {

    private EquipmentRequestDtos() {
    }

    @Schema(name = "AssetEquipmentRequestCreate", description = "Ask for an asset of a category for your own use")
    public record EquipmentRequestCreate(@NotBlank @Size(max = 60) @Schema(examples = "MONITOR") String category,
                         @Size(max = 1000) String reason,
                         @NotNull @Valid @Schema(description = "What one would cost if it must be bought") Money estimatedPrice) {
    }

    @Schema(name = "AssetEquipmentRequestView", requiredProperties = { "id", "requesterId", "departmentId", "category",
            "estimatedPrice", "status", "createdAt", "version" })
    public record AssetEquipmentRequestView(UUID id, UUID requesterId, UUID departmentId, String category, String reason, Money estimatedPrice,
                       @Schema(description = "REQUESTED, FULFILLED (assetId), PURCHASE_REQUESTED (purchaseRequestId) or REJECTED")
                       String status, UUID assetId, UUID purchaseRequestId, String decidedBy, OffsetDateTime createdAt, long version) {

        static AssetEquipmentRequestView of(EquipmentRequest r, Currency currency) {
            return new AssetEquipmentRequestView(r.id, r.requesterId, r.departmentId, r.category, r.reason, currency.of(r.estimatedPrice), r.status,
                    r.assetId, r.purchaseRequestId, r.decidedBy, r.createdAt, r.version);
        }
    }
}
