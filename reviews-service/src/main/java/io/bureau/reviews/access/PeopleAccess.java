package io.bureau.reviews.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.platform.security.Roles;
import io.bureau.reviews.people.Person;

/**
 * Object-level access to people's records, decided from the people read model (what staff
 * published about departments, their managers and line managers):
 * <ul>
 *   <li>admins do anything;</li>
 *   <li>an office manager works on the people of the departments they manage (with every
 *       department below) and on the people they are a line manager of, directly or up the chain;</li>
 *   <li>a person sees their own records;</li>
 *   <li>top managers read aggregates (metrics, progress), not individual records.</li>
 * </ul>
 * A peer, or the manager of another department, gets nothing.
 */
@RequestScoped
public class PeopleAccess {

    @Inject
    CurrentCaller caller;

    @Inject
    EntityManager entityManager;

    private Set<UUID> managedDepartments;

    public boolean isAdmin() {
        return caller.hasRole(Roles.ADMIN);
    }

    public boolean isCaller(UUID employeeId) {
        return caller.isEmployee(employeeId);
    }

    public UUID callerId() {
        return caller.employeeId().orElse(null);
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

    /** An office manager of the person's department, or above them in their line; admins. */
    public boolean managesPerson(UUID personId) {
        if (isAdmin()) {
            return true;
        }
        if (!caller.hasRole(Roles.OFFICE_MANAGER) || isCaller(personId)) {
            return false;
        }
        Person person = Person.findById(personId);
        return person != null && managedDepartments().contains(person.departmentId)
                || caller.employeeId().map(me -> managerChain(personId).contains(me)).orElse(false);
    }

    public void requireManagePerson(UUID personId) {
        if (!managesPerson(personId)) {
            throw Problems.forbidden("You do not manage employee " + personId);
        }
    }

    /** The person themself, or whoever manages them. */
    public boolean readsRecordsOf(UUID personId) {
        return isCaller(personId) || managesPerson(personId);
    }

    public void requireReadRecordsOf(UUID personId) {
        if (!readsRecordsOf(personId)) {
            throw Problems.forbidden("You may not see the records of employee " + personId);
        }
    }

    /** Figures (not records): also top managers. */
    public boolean readsAggregatesOf(UUID personId) {
        return caller.hasRole(Roles.TOP_MANAGER) || readsRecordsOf(personId);
    }

    /** The person's manager, their manager, and so on up the line. */
    public List<UUID> managerChain(UUID personId) {
        @SuppressWarnings("unchecked")
        List<UUID> chain = entityManager.createNativeQuery("""
                        with recursive chain (id, manager_id, depth) as (
                            select id, manager_id, 0 from people_person where id = ?1
                            union all
                            select p.id, p.manager_id, c.depth + 1 from people_person p join chain c on p.id = c.manager_id
                            where c.depth < 50)
                        select manager_id from chain where manager_id is not null order by depth""", UUID.class)
                .setParameter(1, personId)
                .getResultList();
        return chain;
    }

    /** Everyone the caller is a line manager of, directly or further down (office managers only). */
    public List<UUID> reports() {
        if (!caller.hasRole(Roles.OFFICE_MANAGER) || caller.employeeId().isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> reports = entityManager.createNativeQuery("""
                        with recursive below (id, depth) as (
                            select id, 0 from people_person where manager_id = ?1
                            union all
                            select p.id, b.depth + 1 from people_person p join below b on p.manager_id = b.id where b.depth < 50)
                        select distinct id from below""", UUID.class)
                .setParameter(1, caller.employeeId().get())
                .getResultList();
        return reports;
    }

    private Set<UUID> departmentsManagedBy(UUID managerId) {
        @SuppressWarnings("unchecked")
        List<UUID> departments = entityManager.createNativeQuery("""
                        with recursive managed (id) as (
                            select id from people_department where manager_id = ?1
                            union
                            select d.id from people_department d join managed m on d.parent_id = m.id)
                        select id from managed""", UUID.class)
                .setParameter(1, managerId)
                .getResultList();
        return Set.copyOf(departments);
    }
}
