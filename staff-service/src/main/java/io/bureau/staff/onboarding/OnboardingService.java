package io.bureau.staff.onboarding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.paging.Page;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.staff.access.PeopleAccess;
import io.bureau.staff.department.DepartmentService;
import io.bureau.staff.employee.Employee;
import io.bureau.staff.employee.EmployeeService;
import io.bureau.staff.onboarding.OnboardingDtos.OnboardingItemView;
import io.bureau.staff.onboarding.OnboardingDtos.OnboardingPlanView;
import io.bureau.staff.onboarding.OnboardingDtos.OnboardingTemplateItem;
import io.bureau.staff.onboarding.OnboardingDtos.OnboardingTemplateRequest;
import io.bureau.staff.onboarding.OnboardingDtos.OnboardingTemplateView;
import io.bureau.staff.onboarding.OnboardingEvents.OnboardingCompleted;
import io.quarkus.panache.common.Parameters;

/**
 * Onboarding templates, and the plans made from them for new hires. Items are completed by the
 * people who own them; the last one completes the plan and publishes that.
 */
@ApplicationScoped
public class OnboardingService {

    static final String TEMPLATE_AUDIT_TYPE = "onboarding-template";

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    EmployeeService employees;

    @Inject
    DepartmentService departments;

    @Transactional
    public OnboardingTemplateView createTemplate(OnboardingTemplateRequest request) {
        if (OnboardingTemplate.count("lower(name) = ?1", request.name().trim().toLowerCase()) > 0) {
            throw Problems.conflictOn("name", "A template of this name exists");
        }
        OnboardingTemplate template = new OnboardingTemplate();
        template.id = UUID.randomUUID();
        template.name = request.name().trim();
        template.description = request.description();
        template.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        for (OnboardingTemplateItem requested : request.items()) {
            OnboardingTemplate.Item item = new OnboardingTemplate.Item();
            item.title = requested.title().trim();
            item.category = requested.category();
            item.ownerRole = requested.ownerRole();
            item.dueOffsetDays = requested.dueOffsetDays();
            template.items.add(item);
        }
        template.persist();
        OnboardingTemplateView view = view(template);
        audit.record("onboarding-template.created", TEMPLATE_AUDIT_TYPE, template.id, null, view);
        return view;
    }

    public OnboardingTemplateView getTemplate(UUID id) {
        return view(requireTemplate(id));
    }

    public Page<OnboardingTemplateView> listTemplates(PageRequest page) {
        var query = OnboardingTemplate.<OnboardingTemplate>find("order by "
                + page.orderBy(Map.of("name", "lower(name)"), "lower(name), id"));
        return Pages.of(query, page, OnboardingService::view);
    }

    @Transactional
    public OnboardingPlanView startPlan(UUID employeeId, UUID templateId) {
        Employee employee = employees.require(employeeId);
        access.requireManage(employee.id, employee.departmentId);
        return instantiate(employee, templateId, "templateId");
    }

    /**
     * Makes a plan for the employee from the template: due dates count from their start date and
     * each item's owner role becomes a person. No caller checks: the hire calls it after its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OnboardingPlanView instantiate(Employee employee, UUID templateId, String templateField) {
        OnboardingTemplate template = OnboardingTemplate.findById(templateId);
        if (template == null) {
            throw Problems.invalidField(templateField, "onboarding template " + templateId + " does not exist");
        }
        OnboardingPlan plan = new OnboardingPlan();
        plan.id = UUID.randomUUID();
        plan.employeeId = employee.id;
        plan.templateId = template.id;
        plan.status = OnboardingPlan.Status.IN_PROGRESS;
        plan.startsOn = employee.hireDate;
        plan.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        plan.persist();
        for (int i = 0; i < template.items.size(); i++) {
            OnboardingTemplate.Item templateItem = template.items.get(i);
            OnboardingItem item = new OnboardingItem();
            item.id = UUID.randomUUID();
            item.planId = plan.id;
            item.itemOrder = i;
            item.title = templateItem.title;
            item.category = templateItem.category;
            item.ownerRole = templateItem.ownerRole;
            item.ownerId = ownerFor(employee, templateItem.ownerRole);
            item.dueOn = plan.startsOn.plusDays(templateItem.dueOffsetDays);
            item.persist();
        }
        OnboardingPlanView view = view(plan);
        audit.record("onboarding.plan-started", EmployeeService.AUDIT_TYPE, employee.id, null, view);
        return view;
    }

    public OnboardingPlanView getPlan(UUID planId) {
        OnboardingPlan plan = requirePlan(planId);
        requireReadPlan(plan);
        return view(plan);
    }

    public List<OnboardingPlanView> plansOf(UUID employeeId) {
        Employee employee = employees.require(employeeId);
        access.requireRead(employee.id, employee.departmentId);
        List<OnboardingPlan> plans = OnboardingPlan.<OnboardingPlan>find("employeeId = ?1 order by createdAt", employeeId).list();
        Map<UUID, List<OnboardingItem>> items = plans.isEmpty() ? Map.of()
                : OnboardingItem.<OnboardingItem>find("planId in ?1 order by itemOrder", plans.stream().map(p -> p.id).toList())
                        .list().stream().collect(Collectors.groupingBy(i -> i.planId));
        return plans.stream().map(p -> view(p, items.getOrDefault(p.id, List.of()))).toList();
    }

    /** The item's owner completes it (or an admin does); completing the last item completes the plan. */
    @Transactional
    public OnboardingItemView completeItem(UUID planId, UUID itemId, String ifMatch) {
        // Locking the plan serialises completions of its items, so when two owners finish the last
        // two items together exactly one of them sees the plan complete and publishes it.
        OnboardingPlan plan = OnboardingPlan.<OnboardingPlan>findByIdOptional(planId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Onboarding plan", planId));
        OnboardingItem item = OnboardingItem.<OnboardingItem>find("id = ?1 and planId = ?2", itemId, planId).firstResultOptional()
                .orElseThrow(() -> Problems.notFound("Onboarding item", itemId));
        if (!access.isAdmin() && !caller.isEmployee(item.ownerId)) {
            throw Problems.forbidden("Only the item's owner completes it");
        }
        ETags.checkIfMatch(ifMatch, item.version);
        if (item.completedAt != null) {
            throw Problems.conflict("Item " + itemId + " was completed at " + item.completedAt);
        }
        OnboardingItemView before = view(item, plan.employeeId);
        item.completedAt = OffsetDateTime.now(ZoneOffset.UTC);
        item.completedBy = caller.subject();
        OnboardingItem.flush();
        OnboardingItemView after = view(item, plan.employeeId);
        audit.record("onboarding.item-completed", EmployeeService.AUDIT_TYPE, plan.employeeId, before, after);
        if (OnboardingItem.count("planId = ?1 and completedAt is null", planId) == 0) {
            completePlan(plan);
        }
        return after;
    }

    /**
     * Overdue items, earliest first. Admins and top managers see all; others the items they own
     * and, for office managers, those of the people they manage.
     */
    public Page<OnboardingItemView> overdue(PageRequest page) {
        StringBuilder where = new StringBuilder("i.completedAt is null and i.dueOn < :today");
        Parameters params = Parameters.with("today", today());
        if (!access.readsEveryone()) {
            UUID me = caller.employeeId().orElse(new UUID(0, 0));
            where.append(" and (i.ownerId = :me or p.employeeId in (select e.id from Employee e where e.departmentId in :managed)"
                    + " or p.employeeId in :reports)");
            params.and("me", me)
                    .and("managed", access.managedDepartments().isEmpty() ? List.of(new UUID(0, 0)) : access.managedDepartments())
                    .and("reports", caller.employeeId().map(access::reportsOf).filter(r -> !r.isEmpty())
                            .map(List::copyOf).orElse(List.of(new UUID(0, 0))));
        }
        var em = OnboardingItem.getEntityManager();
        var select = em.createQuery("select i, p.employeeId from OnboardingItem i, OnboardingPlan p where p.id = i.planId and "
                + where + " order by " + page.orderBy(Map.of("dueOn", "i.dueOn"), "i.dueOn, i.id"), Object[].class);
        var count = em.createQuery("select count(i) from OnboardingItem i, OnboardingPlan p where p.id = i.planId and " + where,
                Long.class);
        params.map().forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<OnboardingItemView> items = select.setFirstResult(page.offset()).setMaxResults(page.size).getResultList().stream()
                .map(row -> view((OnboardingItem) row[0], (UUID) row[1])).toList();
        return new Page<>(items, page.page, page.size, count.getSingleResult());
    }

    private void completePlan(OnboardingPlan plan) {
        plan.status = OnboardingPlan.Status.COMPLETED;
        plan.completedAt = OffsetDateTime.now(ZoneOffset.UTC);
        OnboardingPlan.flush();
        List<OnboardingItem> items = itemsOf(plan.id);
        int late = (int) items.stream().filter(i -> i.completedAt.toLocalDate().isAfter(i.dueOn)).count();
        outbox.publish(OnboardingEvents.COMPLETED, plan.id, new OnboardingCompleted(plan.id, plan.employeeId, plan.templateId,
                plan.startsOn, plan.completedAt, items.size(), late));
        audit.record("onboarding.plan-completed", EmployeeService.AUDIT_TYPE, plan.employeeId, null, view(plan));
    }

    private UUID ownerFor(Employee employee, OnboardingOwnerRole role) {
        if (role == OnboardingOwnerRole.NEW_HIRE) {
            return employee.id;
        }
        if (employee.managerId != null) {
            return employee.managerId;
        }
        UUID departmentManager = departments.require(employee.departmentId).managerId;
        if (departmentManager == null || departmentManager.equals(employee.id)) {
            throw Problems.conflict("Employee " + employee.id + " has no manager to own the onboarding items of role MANAGER");
        }
        return departmentManager;
    }

    /** The new hire, the owners of its items, and whoever may read the new hire's record. */
    private void requireReadPlan(OnboardingPlan plan) {
        boolean owner = caller.employeeId().map(me -> OnboardingItem.count("planId = ?1 and ownerId = ?2", plan.id, me) > 0)
                .orElse(false);
        if (!owner) {
            Employee employee = employees.require(plan.employeeId);
            access.requireRead(employee.id, employee.departmentId);
        }
    }

    private static OnboardingTemplate requireTemplate(UUID id) {
        return OnboardingTemplate.<OnboardingTemplate>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("Onboarding template", id));
    }

    private static OnboardingPlan requirePlan(UUID id) {
        return OnboardingPlan.<OnboardingPlan>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Onboarding plan", id));
    }

    private static List<OnboardingItem> itemsOf(UUID planId) {
        return OnboardingItem.<OnboardingItem>find("planId = ?1 order by itemOrder", planId).list();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static OnboardingTemplateView view(OnboardingTemplate t) {
        return new OnboardingTemplateView(t.id, t.name, t.description, t.items.stream()
                .map(i -> new OnboardingTemplateItem(i.title, i.category, i.ownerRole, i.dueOffsetDays)).toList(), t.version);
    }

    private static OnboardingPlanView view(OnboardingPlan p) {
        return view(p, itemsOf(p.id));
    }

    private static OnboardingPlanView view(OnboardingPlan p, List<OnboardingItem> items) {
        return new OnboardingPlanView(p.id, p.employeeId, p.templateId, p.status, p.startsOn, p.completedAt,
                items.stream().map(i -> view(i, p.employeeId)).toList(), p.version);
    }

    private static OnboardingItemView view(OnboardingItem i, UUID employeeId) {
        return new OnboardingItemView(i.id, i.planId, employeeId, i.title, i.category, i.ownerRole, i.ownerId, i.dueOn,
                i.completedAt == null && i.dueOn.isBefore(today()), i.completedAt, i.completedBy, i.version);
    }
}
