package io.bureau.staff.employee;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.paging.Page;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.staff.access.PeopleAccess;
import io.bureau.staff.department.DepartmentService;
import io.bureau.staff.employee.EmployeeDtos.EmployeeAuditEntryView;
import io.bureau.staff.employee.EmployeeDtos.EmployeeView;

/** Reads of people for screens: one person, search, a department's members, a manager's team, the audit trail. */
@ApplicationScoped
public class EmployeeQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "lastName", "lower(e.lastName)", "firstName", "lower(e.firstName)", "hireDate", "e.hireDate",
            "position", "lower(e.position)", "status", "e.status");
    private static final String DEFAULT_ORDER = "lower(e.lastName), lower(e.firstName), e.id";

    @Inject
    AuditTrail audit;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    DepartmentService departments;

    @Inject
    EmployeeService employees;

    /** Search criteria; each one given narrows the result. */
    public record EmployeeSearch(UUID departmentId, EmployeeStatus status, UUID skillId, Integer minLevel, String text) {
    }

    public EmployeeView get(UUID id) {
        Employee employee = employees.require(id);
        access.requireRead(employee.id, employee.departmentId);
        return shown(employee);
    }

    public EmployeeView me() {
        UUID me = caller.employeeId().orElseThrow(() -> Problems.forbidden("Your token names no employee record"));
        return shown(employees.require(me));
    }

    /**
     * Admins and top managers search everyone; an office manager searches the people of their
     * departments and reporting line.
     */
    public Page<EmployeeView> search(EmployeeSearch criteria, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!access.readsEveryone()) {
            where.append(" and (e.departmentId in :managed or e.id in :reports)");
            params.put("managed", nonEmpty(access.managedDepartments()));
            params.put("reports", nonEmpty(caller.employeeId().map(access::reportsOf).orElse(Set.of())));
        }
        if (criteria.departmentId() != null) {
            where.append(" and e.departmentId = :department");
            params.put("department", criteria.departmentId());
        }
        if (criteria.status() != null) {
            where.append(" and e.status = :status");
            params.put("status", criteria.status());
        }
        if (criteria.skillId() != null) {
            where.append(" and exists (select 1 from EmployeeSkill s where s.employeeId = e.id and s.skillId = :skill"
                    + " and s.level >= :minLevel and (s.expiresOn is null or s.expiresOn >= :today))");
            params.put("skill", criteria.skillId());
            params.put("minLevel", criteria.minLevel() == null ? 1 : criteria.minLevel());
            params.put("today", LocalDate.now(ZoneOffset.UTC));
        } else if (criteria.minLevel() != null) {
            throw Problems.invalidField("minLevel", "only applies together with skill");
        }
        if (criteria.text() != null && !criteria.text().isBlank()) {
            where.append(" and (lower(e.firstName) like :text or lower(e.lastName) like :text"
                    + " or lower(e.workEmail) like :text or lower(e.position) like :text)");
            params.put("text", "%" + criteria.text().trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return page("from Employee e where " + where, params, page);
    }

    public Page<EmployeeView> departmentMembers(UUID departmentId, PageRequest page) {
        departments.require(departmentId);
        if (!access.readsEveryone() && !access.managesDepartment(departmentId)) {
            throw Problems.forbidden("You do not manage department " + departmentId);
        }
        return page("from Employee e where e.departmentId = :department", Map.of("department", departmentId), page);
    }

    /** Everyone reporting to the caller, directly or indirectly. */
    public Page<EmployeeView> myTeam(PageRequest page) {
        UUID me = caller.employeeId().orElseThrow(() -> Problems.forbidden("Your token names no employee record"));
        return page("from Employee e where e.id in :reports", Map.of("reports", nonEmpty(access.reportsOf(me))), page);
    }

    public Page<EmployeeAuditEntryView> history(UUID id, PageRequest page) {
        employees.require(id);
        return audit.history(EmployeeService.AUDIT_TYPE, id, page).map(entry -> new EmployeeAuditEntryView(entry.id(), entry.occurredAt(),
                entry.actor(), entry.action(), entry.entityType(), entry.entityId(), entry.before(), entry.after()));
    }

    /** The person as the caller may see them: the reason for a leave or termination only to those entitled. */
    public EmployeeView shown(Employee employee) {
        EmployeeView view = EmployeeView.of(employee);
        return access.seesPrivateDetailsOf(employee.id) ? view : view.withoutReason();
    }

    private Page<EmployeeView> page(String query, Map<String, Object> params, PageRequest page) {
        var found = Employee.<Employee>find(query + " order by " + page.orderBy(SORTABLE, DEFAULT_ORDER), params);
        return Pages.of(found, page, this::shown);
    }

    /** JPQL "in" with an empty list is invalid; a list holding only the nil id matches nobody. */
    private static Set<UUID> nonEmpty(Set<UUID> ids) {
        return ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids;
    }
}
