package io.bureau.procurement.equipment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.procurement.money.Currency;
import io.bureau.procurement.money.Money;

/** What the maintenance API reads and writes. */
public final class MaintenanceDtos {

    private MaintenanceDtos() {
    }

    @Schema(name = "AssetMaintenanceTicketRequest", description = "A fault reported on an asset; the department's MAINTENANCE line pays")
    public record TicketRequest(@NotNull UUID assetId, @NotNull UUID departmentId,
                                @NotBlank @Size(max = 2000) @Schema(examples = "The fan is loud") String description) {
    }

    @Schema(name = "AssetMaintenanceCompleteRequest")
    public record CompleteRequest(@NotNull @Valid Money cost, UUID vendorId) {
    }

    @Schema(name = "AssetMaintenanceTicketView", requiredProperties = { "id", "assetId", "departmentId", "description", "reportedBy",
            "reportedAt", "status", "version" })
    public record AssetMaintenanceTicketView(UUID id, UUID assetId, UUID departmentId, UUID scheduleId,
                             @Schema(description = "The category schedule that opened it") UUID categoryScheduleId,
                             LocalDate dueOn, String description,
                             String reportedBy, OffsetDateTime reportedAt,
                             @Schema(description = "OPEN or COMPLETED") String status, UUID vendorId, Money cost,
                             UUID commitmentId, OffsetDateTime completedAt, long version) {

        static AssetMaintenanceTicketView of(MaintenanceTicket t, Currency currency) {
            return new AssetMaintenanceTicketView(t.id, t.assetId, t.departmentId, t.scheduleId, t.categoryScheduleId, t.dueOn, t.description, t.reportedBy, t.reportedAt,
                    t.status, t.vendorId, t.cost == null ? null : currency.of(t.cost), t.commitmentId, t.completedAt, t.version);
        }
    }

    @Schema(name = "AssetMaintenanceScheduleRequest")
    public record ScheduleRequest(@NotNull UUID assetId, @NotNull UUID departmentId,
                                  @NotNull @Min(1) @Max(3650) Integer everyDays, @NotNull LocalDate firstDue) {
    }

    @Schema(name = "AssetMaintenanceScheduleView", requiredProperties = { "id", "assetId", "departmentId", "everyDays", "nextDue",
            "version" })
    public record AssetMaintenanceScheduleView(UUID id, UUID assetId, UUID departmentId, int everyDays, LocalDate nextDue, long version) {

        static AssetMaintenanceScheduleView of(MaintenanceSchedule s) {
            return new AssetMaintenanceScheduleView(s.id, s.assetId, s.departmentId, s.everyDays, s.nextDue, s.version);
        }
    }

    @Schema(name = "AssetMaintenanceCategoryScheduleRequest", description = "Service every asset of a category every N days")
    public record CategoryScheduleRequest(@NotBlank @Size(max = 60) @Schema(examples = "PRINTER") String category,
                                          @NotNull UUID departmentId, @NotNull @Min(1) @Max(3650) Integer everyDays,
                                          @NotNull LocalDate firstDue) {
    }

    @Schema(name = "AssetMaintenanceCategoryScheduleView", requiredProperties = { "id", "category", "departmentId", "everyDays",
            "firstDue", "nextDue", "version" })
    public record AssetMaintenanceCategoryScheduleView(UUID id, String category, UUID departmentId, int everyDays, LocalDate firstDue,
                                                  @Schema(description = "The latest due date reached, if any") LocalDate lastDue,
                                                  @Schema(description = "The next due date after today") LocalDate nextDue, long version) {

        static AssetMaintenanceCategoryScheduleView of(MaintenanceCategorySchedule s, LocalDate today) {
            return new AssetMaintenanceCategoryScheduleView(s.id, s.category, s.departmentId, s.everyDays, s.firstDue, s.dueOn(today).orElse(null),
                    s.nextDueAfter(today), s.version);
        }
    }
}
