package io.bureau.procurement.equipment;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Events on topic {@code bureau.procurement.asset}, keyed by asset id. */
public final class AssetEvents {

    public static final String ASSIGNED = "bureau.procurement.asset.assigned.v1";
    public static final String RETURNED = "bureau.procurement.asset.returned.v1";
    public static final String MAINTENANCE_DUE = "bureau.procurement.asset.maintenance-due.v1";
    public static final String MAINTENANCE_COMPLETED = "bureau.procurement.asset.maintenance-completed.v1";

    private AssetEvents() {
    }

    public record AssetMoved(UUID assetId, String tag, String category, UUID employeeId, OffsetDateTime at) {
    }

    /** category: present when the schedule covers every asset of a category (scheduleId is then that schedule). */
    public record MaintenanceDue(UUID assetId, UUID ticketId, UUID scheduleId, java.time.LocalDate dueOn, UUID departmentId,
                                 String category) {
    }

    public record MaintenanceCompleted(UUID assetId, UUID ticketId, UUID departmentId, io.bureau.procurement.money.Money cost,
                                       UUID vendorId, UUID commitmentId, OffsetDateTime completedAt) {
    }
}
