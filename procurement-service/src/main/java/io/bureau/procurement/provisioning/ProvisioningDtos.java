package io.bureau.procurement.provisioning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the kits, provisioning and return checklists API reads and writes. */
public final class ProvisioningDtos {

    private ProvisioningDtos() {
    }

    @Schema(name = "StandardKitLine", requiredProperties = { "itemId", "quantity" })
    public record KitLineDto(@NotNull UUID itemId, @NotNull @Min(1) @Max(100) Integer quantity) {
    }

    @Schema(name = "StandardKitRequest", description = "A kit for a position, or for a department (position absent)")
    public record KitRequest(@NotBlank @Size(max = 100) @Schema(examples = "Clerk starter kit") String name,
                             @Size(max = 100) @Schema(examples = "Clerk") String position, UUID departmentId,
                             @NotEmpty @Size(max = 30) List<@NotNull @Valid KitLineDto> lines) {
    }

    @Schema(name = "StandardKitView", requiredProperties = { "id", "name", "lines", "version" })
    public record StandardKitView(UUID id, String name, String position, UUID departmentId, List<KitLineDto> lines, long version) {

        static StandardKitView of(StandardKit k) {
            return new StandardKitView(k.id, k.name, k.position, k.departmentId,
                    k.lines.stream().map(l -> new KitLineDto(l.itemId, l.quantity)).toList(), k.version);
        }
    }

    @Schema(name = "ProvisioningLineView", requiredProperties = { "itemId", "quantity", "issued" })
    public record ProvisioningLineView(UUID itemId, int quantity, @Schema(description = "Issued from stock so far") int issued) {
    }

    @Schema(name = "ProvisioningRequestView", requiredProperties = { "id", "employeeId", "hireDate", "status", "createdAt", "lines" })
    public record ProvisioningView(UUID id, UUID employeeId,
                                   @Schema(description = "The employment it is for: one request per hire") LocalDate hireDate,
                                   UUID departmentId, String position, UUID kitId,
                                   @Schema(description = "FULFILLED when every line came from stock, else OPEN; CANCELLED when the "
                                           + "person left while it was OPEN") String status,
                                   OffsetDateTime createdAt, List<ProvisioningLineView> lines) {

        static ProvisioningView of(ProvisioningRequest r) {
            return new ProvisioningView(r.id, r.employeeId, r.hireDate, r.departmentId, r.position, r.kitId, r.status, r.createdAt,
                    r.lines.stream().map(l -> new ProvisioningLineView(l.itemId, l.quantity, l.issued)).toList());
        }
    }

    @Schema(name = "ReturnChecklistItemView", requiredProperties = { "assetId", "tag", "returned" })
    public record ReturnChecklistItemView(UUID assetId, String tag, boolean returned) {
    }

    @Schema(name = "ReturnChecklistView", requiredProperties = { "id", "employeeId", "lastWorkingDay", "createdAt", "items" })
    public record ReturnChecklistView(UUID id, UUID employeeId, LocalDate lastWorkingDay, OffsetDateTime createdAt,
                                      List<ReturnChecklistItemView> items) {

        static ReturnChecklistView of(ReturnChecklist c) {
            return new ReturnChecklistView(c.id, c.employeeId, c.lastWorkingDay, c.createdAt,
                    c.items.stream().map(i -> new ReturnChecklistItemView(i.assetId, i.tag, i.returned)).toList());
        }
    }
}
