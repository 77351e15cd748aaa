package io.bureau.procurement.equipment;

import java.math.BigDecimal;
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
import io.bureau.platform.problem.Problems;
import io.bureau.procurement.people.OrgDepartment;
import io.bureau.procurement.Referenced;
import io.bureau.procurement.access.ProcurementAccess;
import io.bureau.procurement.budget.BudgetCategory;
import io.bureau.procurement.budget.BudgetLine;
import io.bureau.procurement.budget.BudgetService;
import io.bureau.procurement.budget.Commitment;
import io.bureau.procurement.equipment.MaintenanceDtos.ScheduleRequest;
import io.bureau.procurement.equipment.MaintenanceDtos.AssetMaintenanceScheduleView;
import io.bureau.procurement.equipment.MaintenanceDtos.TicketRequest;
import io.bureau.procurement.equipment.MaintenanceDtos.AssetMaintenanceTicketView;
import io.bureau.procurement.money.Currency;
import io.bureau.procurement.purchase.Vendor;

/**
 * Maintenance tickets (reported by anyone; completing one charges its cost to the department's
 * MAINTENANCE line, fail closed) and preventive schedules, whose due tickets the job opens once
 * per due date.
 */
@ApplicationScoped
public class MaintenanceService {

    static final String AUDIT_TYPE = "maintenance-ticket";
    static final String SOURCE = "maintenance";

    @Inject
    ProcurementAccess access;

    @Inject
    BudgetService budgets;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Currency currency;

    @Inject
    EntityManager entityManager;

    @Transactional
    public AssetMaintenanceTicketView report(TicketRequest request) {
        Referenced.require(Asset.class, request.assetId(), "assetId");
        Referenced.require(OrgDepartment.class, request.departmentId(), "departmentId");
        MaintenanceTicket ticket = new MaintenanceTicket();
        ticket.id = UUID.randomUUID();
        ticket.assetId = request.assetId();
        ticket.departmentId = request.departmentId();
        ticket.description = request.description().strip();
        ticket.reportedBy = access.subject();
        ticket.reportedAt = BudgetService.now();
        ticket.persist();
        MaintenanceTicket.flush();
        audit.record("maintenance.reported", AUDIT_TYPE, ticket.id, null, AssetMaintenanceTicketView.of(ticket, currency));
        return AssetMaintenanceTicketView.of(ticket, currency);
    }

    @Transactional
    public AssetMaintenanceTicketView complete(UUID id, MaintenanceDtos.CompleteRequest request) {
        MaintenanceTicket ticket = Lookups.requireForUpdate(MaintenanceTicket.class, id);
        access.requireManageDepartment(ticket.departmentId);
        BigDecimal cost = currency.accept(request.cost(), "cost");
        if (request.vendorId() != null) {
            Referenced.require(Vendor.class, request.vendorId(), "vendorId");
        }
        AssetMaintenanceTicketView before = AssetMaintenanceTicketView.of(ticket, currency);
        UUID commitmentId = null;
        if (cost.signum() > 0) {
            BudgetLine line = budgets.requireLineFor(ticket.departmentId, BudgetCategory.MAINTENANCE, BudgetService.today());
            Commitment commitment = budgets.commit(line, cost, SOURCE, ticket.id.toString(), access.isAdmin(), access.subject());
            budgets.spend(commitment.id, cost);
            commitmentId = commitment.id;
        }
        ticket.complete(cost, request.vendorId(), commitmentId, BudgetService.now());
        MaintenanceTicket.flush();
        outbox.publish(AssetEvents.MAINTENANCE_COMPLETED, ticket.assetId, new AssetEvents.MaintenanceCompleted(ticket.assetId,
                ticket.id, ticket.departmentId, currency.of(cost), ticket.vendorId, commitmentId, ticket.completedAt));
        audit.record("maintenance.completed", AUDIT_TYPE, ticket.id, before, AssetMaintenanceTicketView.of(ticket, currency));
        return AssetMaintenanceTicketView.of(ticket, currency);
    }

    @Transactional
    public AssetMaintenanceScheduleView schedule(ScheduleRequest request) {
        Referenced.require(Asset.class, request.assetId(), "assetId");
        access.requireManageDepartment(request.departmentId());
        MaintenanceSchedule schedule = new MaintenanceSchedule();
        schedule.id = UUID.randomUUID();
        schedule.assetId = request.assetId();
        schedule.departmentId = request.departmentId();
        schedule.everyDays = request.everyDays();
        schedule.nextDue = request.firstDue();
        schedule.persist();
        MaintenanceSchedule.flush();
        audit.record("maintenance.scheduled", "maintenance-schedule", schedule.id, null, AssetMaintenanceScheduleView.of(schedule));
        return AssetMaintenanceScheduleView.of(schedule);
    }

    /**
     * Opens the ticket of one schedule for its next due date, unless one exists for that date
     * (insert ... on conflict do nothing on the unique constraint), and moves the schedule on.
     * Returns whether a ticket was opened.
     */
    @Transactional
    public boolean openDue(UUID scheduleId, LocalDate today) {
        MaintenanceSchedule schedule = Lookups.requireForUpdate(MaintenanceSchedule.class, scheduleId);
        if (schedule.nextDue.isAfter(today) || Asset.<Asset>findById(schedule.assetId).status == AssetStatus.RETIRED) {
            return false;
        }
        UUID ticketId = UUID.randomUUID();
        int opened = entityManager.createNativeQuery("""
                        insert into maintenance_ticket (id, asset_id, department_id, schedule_id, due_on, description, reported_by,
                                                        reported_at, status, version)
                        values (?1, ?2, ?3, ?4, ?5, 'Preventive maintenance', 'job:preventive-maintenance', now(), 'OPEN', 0)
                        on conflict on constraint uq_maintenance_ticket__schedule_id__due_on do nothing""")
                .setParameter(1, ticketId).setParameter(2, schedule.assetId).setParameter(3, schedule.departmentId)
                .setParameter(4, schedule.id).setParameter(5, schedule.nextDue).executeUpdate();
        if (opened == 1) {
            outbox.publish(AssetEvents.MAINTENANCE_DUE, schedule.assetId, new AssetEvents.MaintenanceDue(schedule.assetId, ticketId,
                    schedule.id, schedule.nextDue, schedule.departmentId, null));
            audit.record("maintenance.due", AUDIT_TYPE, ticketId, null, "due " + schedule.nextDue);
        }
        schedule.advance();
        return opened == 1;
    }

    public List<UUID> schedulesDueBy(LocalDate today) {
        return MaintenanceSchedule.<MaintenanceSchedule>list("""
                nextDue <= ?1 and assetId in (select a.id from Asset a where a.status <> ?2) order by nextDue""", today, AssetStatus.RETIRED)
                .stream().map(s -> s.id).toList();
    }

    @Transactional
    public Page<AssetMaintenanceTicketView> tickets(UUID assetId, PageRequest page) {
        if (!access.readsEverything() && access.managedDepartments().isEmpty()) {
            throw Problems.forbidden("Managers read maintenance tickets");
        }
        return Pages.of(MaintenanceTicket.<MaintenanceTicket>find("assetId = ?1 order by reportedAt desc, id", assetId), page,
                t -> AssetMaintenanceTicketView.of(t, currency));
    }

    @Transactional
    public Page<AssetMaintenanceScheduleView> schedules(UUID assetId, PageRequest page) {
        return Pages.of(MaintenanceSchedule.<MaintenanceSchedule>find("assetId = ?1 order by nextDue, id", assetId), page,
                AssetMaintenanceScheduleView::of);
    }
}
