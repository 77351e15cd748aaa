package io.bureau.procurement.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.platform.security.Roles;
import io.bureau.procurement.people.OrgPerson;

/**
 * Object-level access decided from the people read model (staff's events):
 * <ul>
 *   <li>admins do anything; top managers read everything and approve escalations;</li>
 *   <li>an office manager manages the departments whose manager they are, with every department below;</li>
 *   <li>an office manager is also the line manager of the people whose manager they are;</li>
 *   <li>a person sees their own requests.</li>
 * </ul>
 */
@RequestScoped
public class ProcurementAccess {

    @Inject
    CurrentCaller caller;

    @Inject
    EntityManager entityManager;

    private Set<UUID> managedDepartments;

    public boolean isAdmin() {
        return caller.hasRole(Roles.ADMIN);
    }

    public boolean isTopManager() {
        return caller.hasRole(Roles.TOP_MANAGER);
    }

    public boolean readsEverything() {
        return caller.hasAnyRole(Roles.ADMIN, Roles.TOP_MANAGER);
    }

    public boolean isCaller(UUID employeeId) {
        return employeeId != null && caller.isEmployee(employeeId);
    }

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

    public boolean readsDepartment(UUID departmentId) {
        return readsEverything() || managesDepartment(departmentId);
    }

    public void requireReadDepartment(UUID departmentId) {
        if (!readsDepartment(departmentId)) {
            throw Problems.forbidden("You may not read the budget or requests of department " + departmentId);
        }
    }

    public void requireManageDepartment(UUID departmentId) {
        if (!managesDepartment(departmentId)) {
            throw Problems.forbidden("You do not manage department " + departmentId);
        }
    }

    /** The caller is an office manager and the person's line manager as staff last published it. */
    public boolean isLineManagerOf(UUID personId) {
        if (personId == null || !caller.hasRole(Roles.OFFICE_MANAGER)) {
            return false;
        }
        OrgPerson person = OrgPerson.findById(personId);
        return person != null && person.managerId != null && caller.isEmployee(person.managerId);
    }

    /** The department a person works in as staff last published it. */
    public UUID departmentOf(UUID personId) {
        OrgPerson person = personId == null ? null : OrgPerson.findById(personId);
        return person == null ? null : person.departmentId;
    }

    public UUID callerId() {
        return caller.employeeId().orElse(null);
    }

    public String subject() {
        return caller.subject();
    }

    private Set<UUID> departmentsManagedBy(UUID managerId) {
        @SuppressWarnings("unchecked")
        List<UUID> departments = entityManager.createNativeQuery("""
                        with recursive managed (id) as (
                            select id from org_department where manager_id = ?1
                            union
                            select d.id from org_department d join managed m on d.parent_id = m.id)
                        select id from managed""", UUID.class)
                .setParameter(1, managerId)
                .getResultList();
        return Set.copyOf(departments);
    }
}
