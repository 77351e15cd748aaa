package io.bureau.procurement.provisioning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.problem.Problems;
import io.bureau.procurement.access.ProcurementAccess;
import io.bureau.procurement.budget.BudgetService;
import io.bureau.procurement.equipment.Asset;
import io.bureau.procurement.people.OrgPerson;
import io.bureau.procurement.provisioning.ProvisioningDtos.ReturnChecklistView;
import io.bureau.procurement.provisioning.ProvisioningDtos.KitLineDto;
import io.bureau.procurement.provisioning.ProvisioningDtos.KitRequest;
import io.bureau.procurement.provisioning.ProvisioningDtos.StandardKitView;
import io.bureau.procurement.provisioning.ProvisioningDtos.ProvisioningView;
import io.bureau.procurement.stock.MovementKind;
import io.bureau.procurement.stock.StockLevel;
import io.bureau.procurement.stock.StockService;
import io.bureau.procurement.stock.SupplyItem;

/**
 * What staff events set in motion: a hire gets one provisioning request for the standard kit of
 * their position (or department), issued from stock where there is some; a termination gets one
 * return checklist of every asset assigned to the person. Kits are configured by API.
 */
@ApplicationScoped
public class ProvisioningService {

    static final String ACTOR = "event:staff";
    static final String PERSON = "person";

    @Inject
    StockService stock;

    @Inject
    AuditTrail audit;

    @Inject
    ProcurementAccess access;

    /**
     * A hire (its event time {@code at}): one provisioning request per employment (person and hire
     * date), so a duplicate hire gets nothing and a rehire after leaving gets a new kit; while the
     * person is employed, a hire with another date (a correction) gets nothing either. A hire older
     * than the newest termination known (delivered out of order) provisions nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hired(OrgPerson person, LocalDate hireDate, OffsetDateTime at) {
        LocalDate employment = hireDate != null ? hireDate : at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        if (ProvisioningRequest.count("employeeId = ?1 and hireDate = ?2", person.id, employment) > 0
                || !person.terminated && ProvisioningRequest.count("employeeId", person.id) > 0) {
            return; // this employment's hire again, or another hire date while still employed (a correction)
        }
        if (!person.hireIsCurrent(at)) {
            audit.record("provisioning.skipped", PERSON, person.id, null,
                    "hire of " + employment + " published before the termination already received: nothing provisioned");
            return;
        }
        person.hire(at);
        StandardKit kit = StandardKit.forPerson(person.position, person.departmentId);
        ProvisioningRequest request = new ProvisioningRequest();
        request.id = UUID.randomUUID();
        request.employeeId = person.id;
        request.hireDate = employment;
        request.departmentId = person.departmentId;
        request.position = person.position;
        request.kitId = kit == null ? null : kit.id;
        request.createdAt = BudgetService.now();
        if (kit != null) {
            kit.lines.forEach(l -> request.lines.add(new ProvisioningLine(l.itemId, l.quantity)));
        }
        for (ProvisioningLine line : request.lines) {
            issueFromStock(request, line);
        }
        request.settle();
        request.persist();
        audit.record("provisioning.requested", "provisioning-request", request.id, null, ProvisioningView.of(request));
    }

    /**
     * A termination: cancels what is still OPEN of their provisioning, and opens one return
     * checklist of every asset assigned to them, the first time they leave after a hire. A
     * termination older than the newest hire known (a rehire published later) changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void terminated(OrgPerson person, LocalDate lastWorkingDay, OffsetDateTime at) {
        if (!person.terminationIsCurrent(at)) {
            audit.record("return-checklist.skipped", PERSON, person.id, null, "termination published before a later hire: ignored");
            return;
        }
        boolean leftAlready = person.terminated;
        person.leave(at);
        for (ProvisioningRequest open : ProvisioningRequest.<ProvisioningRequest>list("employeeId = ?1 and status = 'OPEN'", person.id)) {
            ProvisioningView before = ProvisioningView.of(open);
            open.cancel();
            audit.record("provisioning.cancelled", "provisioning-request", open.id, before, ProvisioningView.of(open));
        }
        LocalDate day = lastWorkingDay != null ? lastWorkingDay : at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        if (leftAlready || ReturnChecklist.count("employeeId = ?1 and lastWorkingDay = ?2", person.id, day) > 0) {
            return;
        }
        ReturnChecklist checklist = new ReturnChecklist();
        checklist.id = UUID.randomUUID();
        checklist.employeeId = person.id;
        checklist.lastWorkingDay = day;
        checklist.createdAt = BudgetService.now();
        List<Asset> assets = Asset.list("assigneeId = ?1 order by tag", person.id);
        assets.forEach(a -> checklist.items.add(new ReturnChecklist.Item(a.id, a.tag)));
        checklist.persist();
        audit.record("return-checklist.opened", "return-checklist", checklist.id, null, ReturnChecklistView.of(checklist));
    }

    private void issueFromStock(ProvisioningRequest request, ProvisioningLine line) {
        SupplyItem item = SupplyItem.findById(line.itemId);
        if (item == null) {
            return;
        }
        Lookups.requireForUpdate(SupplyItem.class, item.id);
        List<StockLevel> levels = StockLevel.list("key.itemId = ?1 and quantity > 0 order by quantity desc", item.id);
        for (StockLevel level : levels) {
            int needed = line.quantity - line.issued;
            if (needed <= 0) {
                break;
            }
            StockLevel locked = stock.lockLevel(item.id, level.key.locationId());
            int take = Math.min(needed, locked.quantity);
            if (take > 0) {
                stock.move(item, level.key.locationId(), MovementKind.ISSUE, -take, request.departmentId,
                        "standard kit for " + request.employeeId, "provisioning:" + request.id, ACTOR);
                line.issued += take;
            }
        }
    }

    @Transactional
    public StandardKitView createKit(KitRequest request) {
        requireManagesKitDepartment(request.departmentId());
        StandardKit kit = new StandardKit();
        kit.id = UUID.randomUUID();
        describe(kit, request);
        kit.persist();
        StandardKit.flush();
        audit.record("standard-kit.created", "standard-kit", kit.id, null, StandardKitView.of(kit));
        return StandardKitView.of(kit);
    }

    /** Replaces a kit's name, position or department and lines; the requests already made keep what they had. */
    @Transactional
    public StandardKitView changeKit(UUID id, KitRequest request, String ifMatch) {
        StandardKit kit = Lookups.requireForUpdate(StandardKit.class, id);
        requireManagesKitDepartment(kit.departmentId);
        requireManagesKitDepartment(request.departmentId());
        ETags.checkIfMatch(ifMatch, kit.version);
        StandardKitView before = StandardKitView.of(kit);
        kit.lines.clear();
        describe(kit, request);
        StandardKit.flush();
        StandardKitView after = StandardKitView.of(kit);
        audit.record("standard-kit.changed", "standard-kit", kit.id, before, after);
        return after;
    }

    @Transactional
    public StandardKitView kit(UUID id) {
        return StandardKitView.of(Lookups.require(StandardKit.class, id));
    }

    /** A department's kit is its managers' (and admins') to set; a kit for a position alone, any office manager's. */
    private void requireManagesKitDepartment(UUID departmentId) {
        if (departmentId != null) {
            access.requireManageDepartment(departmentId);
        }
    }

    private static void describe(StandardKit kit, KitRequest request) {
        if (request.position() == null && request.departmentId() == null) {
            throw Problems.invalidField("position", "a kit is for a position or a department: name one");
        }
        kit.name = request.name().strip();
        kit.position = request.position() == null ? null : request.position().strip();
        kit.departmentId = request.departmentId();
        for (KitLineDto line : request.lines()) {
            if (SupplyItem.findById(line.itemId()) == null) {
                throw Problems.invalidField("lines[].itemId", "item " + line.itemId() + " does not exist");
            }
            if (kit.lines.stream().anyMatch(l -> l.itemId.equals(line.itemId()))) {
                throw Problems.invalidField("lines[].itemId", "item " + line.itemId() + " is named twice");
            }
            kit.lines.add(new KitLine(line.itemId(), line.quantity()));
        }
    }

    @Transactional
    public Page<StandardKitView> kits(PageRequest page) {
        return Pages.of(StandardKit.<StandardKit>find("order by name, id"), page, StandardKitView::of);
    }

    @Transactional
    public Page<ProvisioningView> provisioning(UUID employeeId, PageRequest page) {
        requireReadPerson(employeeId);
        return Pages.of(ProvisioningRequest.<ProvisioningRequest>find("employeeId = ?1 order by createdAt, id", employeeId), page, ProvisioningView::of);
    }

    @Transactional
    public Page<ReturnChecklistView> checklists(UUID employeeId, PageRequest page) {
        requireReadPerson(employeeId);
        return Pages.of(ReturnChecklist.<ReturnChecklist>find("employeeId = ?1 order by createdAt, id", employeeId), page, ReturnChecklistView::of);
    }

    private void requireReadPerson(UUID employeeId) {
        if (employeeId == null) {
            throw Problems.invalidField("employee", "is required");
        }
        if (!access.readsEverything() && !access.isCaller(employeeId) && !access.isLineManagerOf(employeeId)
                && !access.managesDepartment(access.departmentOf(employeeId))) {
            throw Problems.forbidden("You may not see the kit or returns of " + employeeId);
        }
    }
}
