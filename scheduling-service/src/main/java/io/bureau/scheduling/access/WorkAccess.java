package io.bureau.scheduling.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.platform.security.Roles;

/**
 * Object-level access to the work of departments and people, decided from the roster (what
 * staff published about who manages which department and whom):
 * <ul>
 *   <li>admins do anything; top managers read everything;</li>
 *   <li>an office manager manages the departments whose manager they are, with every department
 *       below them;</li>
 *   <li>a person reads their own roster entry, and so does everyone up their manager chain.</li>
 * </ul>
 */
@RequestScoped
public class WorkAccess {

    @Inject
    CurrentCaller caller;

    @Inject
    EntityManager entityManager;

    private Set<UUID> managedDepartments;

    public boolean isAdmin() {
        return caller.hasRole(Roles.ADMIN);
    }

    public boolean readsEverything() {
        return caller.hasAnyRole(Roles.ADMIN, Roles.TOP_MANAGER);
    }

    public boolean isCaller(UUID employeeId) {
        return caller.isEmployee(employeeId);
    }

    /** The departments the caller manages as an office manager, with every department below them. */
    public Set<UUID> managedDepartments() {
        if (managedDepartments == null) {
            managedDepartments = caller.employeeId().filter(me -> caller.hasRole(Roles.OFFICE_MANAGER))
                    .map(this::departmentsManagedBy).orElse(Set.of());
        }
        return managedDepartments;
    }

    public boolean managesDepartment(UUID departmentId) {
        return isAdmin() || departmentId != null && managedDepartments().contains(departmentId);
    }

    public void requireManageDepartment(UUID departmentId) {
        if (!managesDepartment(departmentId)) {
            throw Problems.forbidden("You do not manage department " + departmentId);
        }
    }

    public boolean readsDepartment(UUID departmentId) {
        return readsEverything() || managesDepartment(departmentId);
    }

    /** The person, their managers up the line, the managers of their department, top managers and admins. */
    public boolean readsPerson(UUID personId, UUID departmentId) {
        return readsDepartment(departmentId) || isCaller(personId)
                || caller.employeeId().map(me -> managerChain(personId).contains(me)).orElse(false);
    }

    /** The person's manager, their manager, and so on up the line, as the roster knows it. */
    public List<UUID> managerChain(UUID personId) {
        @SuppressWarnings("unchecked")
        List<UUID> chain = entityManager.createNativeQuery("""
                        with recursive chain (id, manager_id, depth) as (
                            select id, manager_id, 0 from roster_person where id = ?1
                            union all
                            select p.id, p.manager_id, c.depth + 1 from roster_person p join chain c on p.id = c.manager_id
                            where c.depth < 50)
                        select manager_id from chain where manager_id is not null order by depth""", UUID.class)
                .setParameter(1, personId)
                .getResultList();
        return chain;
    }

    private Set<UUID> departmentsManagedBy(UUID managerId) {
        @SuppressWarnings("unchecked")
        List<UUID> departments = entityManager.createNativeQuery("""
                        with recursive managed (id) as (
                            select id from roster_department where manager_id = ?1
                            union
                            select d.id from roster_department d join managed m on d.parent_id = m.id)
                        select id from managed""", UUID.class)
                .setParameter(1, managerId)
                .getResultList();
        return Set.copyOf(departments);
    }
}
