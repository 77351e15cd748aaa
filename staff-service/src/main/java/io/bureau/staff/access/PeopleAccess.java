package io.bureau.staff.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.platform.security.Roles;

/**
 * Object-level access to people's records: roles say what kind of caller this is,
 * this class says whether they may touch this particular person.
 *
 * <ul>
 *   <li>admins do anything; top managers read everyone;</li>
 *   <li>an office manager manages the people of the departments they manage (and their
 *       sub-departments) and everyone in their reporting line;</li>
 *   <li>everyone reads their own record;</li>
 *   <li>restricted personnel-file entries are for the person's manager chain and admins only.</li>
 * </ul>
 */
@RequestScoped
public class PeopleAccess {

    @Inject
    CurrentCaller caller;

    @Inject
    EntityManager entityManager;

    private Set<UUID> managedDepartments;

    private Set<UUID> callersReports;

    public boolean isAdmin() {
        return caller.hasRole(Roles.ADMIN);
    }

    public boolean readsEveryone() {
        return caller.hasAnyRole(Roles.ADMIN, Roles.TOP_MANAGER);
    }

    /** The departments the caller manages, with every department below them. */
    public Set<UUID> managedDepartments() {
        if (managedDepartments == null) {
            managedDepartments = caller.employeeId().filter(me -> caller.hasRole(Roles.OFFICE_MANAGER))
                    .map(this::departmentsManagedBy)
                    .orElse(Set.of());
        }
        return managedDepartments;
    }

    public boolean managesDepartment(UUID departmentId) {
        return isAdmin() || managedDepartments().contains(departmentId);
    }

    public void requireManageDepartment(UUID departmentId) {
        if (!managesDepartment(departmentId)) {
            throw Problems.forbidden("You do not manage department " + departmentId);
        }
    }

    public boolean canRead(UUID employeeId, UUID departmentId) {
        return readsEveryone() || caller.isEmployee(employeeId) || canManage(employeeId, departmentId);
    }

    public boolean canManage(UUID employeeId, UUID departmentId) {
        if (isAdmin()) {
            return true;
        }
        if (!caller.hasRole(Roles.OFFICE_MANAGER) || caller.isEmployee(employeeId)) {
            return false;
        }
        return managedDepartments().contains(departmentId) || isInManagerChainOf(employeeId);
    }

    public void requireRead(UUID employeeId, UUID departmentId) {
        if (!canRead(employeeId, departmentId)) {
            throw Problems.forbidden("You may not read employee " + employeeId);
        }
    }

    public void requireManage(UUID employeeId, UUID departmentId) {
        if (!canManage(employeeId, departmentId)) {
            throw Problems.forbidden("You do not manage employee " + employeeId);
        }
    }

    /**
     * Who may name whom as a person's line manager. The manager chain reads the person's
     * restricted file entries (warnings, counseling references), so naming a manager grants that,
     * and the rule is strict:
     * <ul>
     *   <li>admins name anyone, or nobody;</li>
     *   <li>an office manager only for people of departments they manage (managing someone through
     *       the reporting line alone is not enough: that line is what is being changed), never for
     *       themselves, and never to leave someone without a manager (a new hire may start
     *       without one);</li>
     *   <li>they may name the person's manager by the organisation chart ({@link #chartManagerOf}),
     *       or someone else who works in a department they manage;</li>
     *   <li>themselves only when the chart already makes them the person's manager.</li>
     * </ul>
     *
     * @param employeeId the person, or null for someone not yet created
     * @param departmentId the person's department
     * @param managerId the manager to name, or null for none
     * @param managerDepartmentId the department the named manager works in, or null for none
     */
    public void requireMayNameManager(UUID employeeId, UUID departmentId, UUID managerId, UUID managerDepartmentId) {
        if (isAdmin()) {
            return;
        }
        if (caller.isEmployee(employeeId)) {
            throw Problems.forbidden("Nobody names their own manager");
        }
        if (!managedDepartments().contains(departmentId)) {
            throw Problems.forbidden("You may name managers only for people of departments you manage");
        }
        if (managerId == null) {
            if (employeeId != null) {
                throw Problems.forbidden("Only an admin leaves someone without a manager");
            }
            return;
        }
        boolean chartManager = chartManagerOf(departmentId, employeeId).map(managerId::equals).orElse(false);
        if (caller.isEmployee(managerId) && !chartManager) {
            throw Problems.forbidden("You may name yourself only where the organisation chart makes you this person's manager");
        }
        if (!chartManager && !managedDepartments().contains(managerDepartmentId)) {
            throw Problems.forbidden("You may name as manager only someone of a department you manage, or the manager the"
                    + " organisation chart gives this person");
        }
    }

    /**
     * The person's manager by the organisation chart: the manager of their department, or (for
     * the manager of that department) of the nearest department above with another manager.
     */
    public Optional<UUID> chartManagerOf(UUID departmentId, UUID employeeId) {
        @SuppressWarnings("unchecked")
        List<UUID> managers = entityManager.createNativeQuery("""
                        with recursive up (id, parent_id, manager_id, depth) as (
                            select id, parent_id, manager_id, 0 from department where id = ?1
                            union all
                            select d.id, d.parent_id, d.manager_id, u.depth + 1 from department d join up u on d.id = u.parent_id
                            where u.depth < 50)
                        select manager_id from up where manager_id is not null and manager_id <> ?2 order by depth limit 1""",
                        UUID.class)
                .setParameter(1, departmentId)
                .setParameter(2, employeeId == null ? new UUID(0, 0) : employeeId)
                .getResultList();
        return managers.stream().findFirst();
    }

    /**
     * Why someone is away or left (leave and termination reasons, sickness, absence notes): the
     * person, their manager chain and admins. Everyone else who may read the person learns that
     * they are away, not why.
     */
    public boolean seesPrivateDetailsOf(UUID employeeId) {
        return isAdmin() || caller.isEmployee(employeeId) || callersReports().contains(employeeId);
    }

    /** Everyone reporting to the caller, directly or not; read once per request. */
    private Set<UUID> callersReports() {
        if (callersReports == null) {
            callersReports = caller.employeeId().map(this::reportsOf).orElse(Set.of());
        }
        return callersReports;
    }

    /** Restricted personnel-file entries: admins and the person's managers, up the chain. */
    public boolean canReadRestricted(UUID employeeId) {
        return isAdmin() || isInManagerChainOf(employeeId);
    }

    public boolean isInManagerChainOf(UUID employeeId) {
        return caller.employeeId().map(me -> managerChain(employeeId).contains(me)).orElse(false);
    }

    /** The employee's manager, their manager, and so on up the line. */
    public List<UUID> managerChain(UUID employeeId) {
        @SuppressWarnings("unchecked")
        List<UUID> chain = entityManager.createNativeQuery("""
                        with recursive chain (id, manager_id, depth) as (
                            select id, manager_id, 0 from employee where id = ?1
                            union all
                            select e.id, e.manager_id, c.depth + 1 from employee e join chain c on e.id = c.manager_id
                            where c.depth < 50)
                        select manager_id from chain where manager_id is not null order by depth""", UUID.class)
                .setParameter(1, employeeId)
                .getResultList();
        return chain;
    }

    /** Everyone reporting to the manager, directly or through others. */
    public Set<UUID> reportsOf(UUID managerId) {
        @SuppressWarnings("unchecked")
        List<UUID> reports = entityManager.createNativeQuery("""
                        with recursive reports (id) as (
                            select id from employee where manager_id = ?1
                            union
                            select e.id from employee e join reports r on e.manager_id = r.id)
                        select id from reports""", UUID.class)
                .setParameter(1, managerId)
                .getResultList();
        return Set.copyOf(reports);
    }

    private Set<UUID> departmentsManagedBy(UUID managerId) {
        @SuppressWarnings("unchecked")
        List<UUID> departments = entityManager.createNativeQuery("""
                        with recursive managed (id) as (
                            select id from department where manager_id = ?1
                            union
                            select d.id from department d join managed m on d.parent_id = m.id)
                        select id from managed""", UUID.class)
                .setParameter(1, managerId)
                .getResultList();
        return departments.stream().collect(Collectors.toUnmodifiableSet());
    }
}
