package io.bureau.reviews.people;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A person as reviews knows them from staff events: department, line manager and employment
 * status. Profile and status each keep the time of the event they came from; an older event never
 * overwrites a newer one.
 */
@Entity
@Table(name = "people_person")
public class Person extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";
    public static final String TERMINATED = "TERMINATED";

    @Id
    public UUID id;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    @Column(name = "department_id")
    public UUID departmentId;

    @Column(name = "manager_id")
    public UUID managerId;

    @Column(name = "profile_as_of")
    public OffsetDateTime profileAsOf;

    /** ACTIVE, ON_LEAVE, TERMINATED or whatever staff adds later (kept as published). */
    @Column(nullable = false)
    public String status = ACTIVE;

    @Column(name = "status_as_of")
    public OffsetDateTime statusAsOf;

    public static Person findOrStart(UUID id) {
        Person person = findById(id);
        if (person == null) {
            person = new Person();
            person.id = id;
            person.persist();
        }
        return person;
    }

    /** People known by profile who still work here (not terminated) in any of the departments. */
    public static List<Person> listCurrentIn(Collection<UUID> departmentIds) {
        return list("departmentId in ?1 and profileAsOf is not null and status <> ?2 order by id", departmentIds, TERMINATED);
    }

    public boolean hasProfile() {
        return profileAsOf != null;
    }

    public boolean isCurrent() {
        return hasProfile() && !TERMINATED.equals(status);
    }

    /** Takes the profile unless a newer one is held; returns whether it did. */
    public boolean describe(String firstName, String lastName, UUID departmentId, UUID managerId, OffsetDateTime at) {
        if (profileAsOf != null && at.isBefore(profileAsOf)) {
            return false;
        }
        this.firstName = firstName;
        this.lastName = lastName;
        this.departmentId = departmentId;
        this.managerId = managerId;
        this.profileAsOf = at;
        return true;
    }

    /** Takes the status unless a newer one is held. */
    public boolean moveTo(String next, OffsetDateTime at) {
        if (next == null || statusAsOf != null && at.isBefore(statusAsOf)) {
            return false;
        }
        status = next;
        statusAsOf = at;
        return true;
    }
}
