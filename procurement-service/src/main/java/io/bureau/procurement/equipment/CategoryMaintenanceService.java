package io.bureau.procurement.equipment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.procurement.access.ProcurementAccess;
import io.bureau.procurement.budget.BudgetService;
import io.bureau.procurement.equipment.MaintenanceDtos.CategoryScheduleRequest;
import io.bureau.procurement.equipment.MaintenanceDtos.AssetMaintenanceCategoryScheduleView;

/**
 * Preventive schedules per asset category: each run opens, for every asset of the category that is
 * not retired, the ticket of the latest due date reached — one insert of all of them with
 * {@code on conflict do nothing} on (schedule, asset, due date), so runs on several replicas, or
 * repeated, never open a ticket twice. Missed earlier periods are not opened afterwards.
 */
@ApplicationScoped
public class CategoryMaintenanceService {

    static final String AUDIT_TYPE = "maintenance-category-schedule";

    @Inject
    ProcurementAccess access;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Transactional
    public AssetMaintenanceCategoryScheduleView schedule(CategoryScheduleRequest request) {
        access.requireManageDepartment(request.departmentId());
        MaintenanceCategorySchedule schedule = new MaintenanceCategorySchedule();
        schedule.id = UUID.randomUUID();
        schedule.category = request.category().strip();
        schedule.departmentId = request.departmentId();
        schedule.everyDays = request.everyDays();
        schedule.firstDue = request.firstDue();
        schedule.createdBy = access.subject();
        schedule.persist();
        MaintenanceCategorySchedule.flush();
        AssetMaintenanceCategoryScheduleView view = AssetMaintenanceCategoryScheduleView.of(schedule, BudgetService.today());
        audit.record("maintenance.category-scheduled", AUDIT_TYPE, schedule.id, null, view);
        return view;
    }

    @Transactional
    public Page<AssetMaintenanceCategoryScheduleView> schedules(String category, PageRequest page) {
        LocalDate today = BudgetService.today();
        return Pages.of(MaintenanceCategorySchedule.<MaintenanceCategorySchedule>find("category = ?1 order by firstDue, id", category.strip()),
                page, s -> AssetMaintenanceCategoryScheduleView.of(s, today));
    }

    public List<UUID> schedulesStartedBy(LocalDate today) {
        return MaintenanceCategorySchedule.<MaintenanceCategorySchedule>list("firstDue <= ?1 order by firstDue, id", today).stream()
                .map(s -> s.id).toList();
    }

    /** Opens the tickets of the latest due date reached for every asset of the category not retired; returns how many. */
    @Transactional
    public int openDue(UUID scheduleId, LocalDate today) {
        MaintenanceCategorySchedule schedule = Lookups.require(MaintenanceCategorySchedule.class, scheduleId);
        LocalDate due = schedule.dueOn(today).orElse(null);
        if (due == null) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> opened = entityManager.createNativeQuery("""
                        insert into maintenance_ticket (id, asset_id, department_id, category_schedule_id, due_on, description,
                                                        reported_by, reported_at, status, version)
                        select gen_random_uuid(), a.id, ?1, ?2, ?3, 'Preventive maintenance of every ' || a.category,
                               'job:preventive-maintenance', now(), 'OPEN', 0
                        from asset a where a.category = ?4 and a.status <> 'RETIRED'
                        on conflict on constraint uq_maintenance_ticket__category_schedule_id__asset_id__due_on do nothing
                        returning id, asset_id""")
                .setParameter(1, schedule.departmentId).setParameter(2, schedule.id).setParameter(3, due)
                .setParameter(4, schedule.category).getResultList();
        for (Object[] row : opened) {
            UUID ticketId = (UUID) row[0];
            UUID assetId = (UUID) row[1];
            outbox.publish(AssetEvents.MAINTENANCE_DUE, assetId, new AssetEvents.MaintenanceDue(assetId, ticketId, schedule.id, due,
                    schedule.departmentId, schedule.category));
            audit.record("maintenance.due", MaintenanceService.AUDIT_TYPE, ticketId, null, "due " + due + " (" + schedule.category + ")");
        }
        return opened.size();
    }
}
