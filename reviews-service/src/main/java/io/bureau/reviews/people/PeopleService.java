package io.bureau.reviews.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.reviews.events.StaffEvents.DepartmentChanged;
import io.bureau.reviews.events.StaffEvents.EmployeeProfile;
import io.bureau.reviews.events.StaffEvents.StatusChanged;
import io.bureau.reviews.events.StaffEvents.Terminated;

/**
 * Builds the people read model from staff events in whatever order they arrive (newest by event
 * time wins per aspect), and tells the features that follow people (open review cycles) when
 * someone is in a department and working. Runs inside the consumer's transaction.
 */
@ApplicationScoped
public class PeopleService {

    /** Fired (synchronously, same transaction) when a current person is, or now is, in a department. */
    public record PersonInDepartment(Person person) {
    }

    /**
     * Fired (synchronously, same transaction) when staff's termination of a person is taken: the
     * features end what is open for them. {@code lastWorkingDay} may be absent.
     */
    public record PersonLeft(Person person, LocalDate lastWorkingDay) {
    }

    @Inject
    Event<PersonInDepartment> inDepartment;

    @Inject
    Event<PersonLeft> left;

    /** When the event happened (ce_time), cut to what the database keeps; without it the event cannot be placed. */
    public static OffsetDateTime timeOf(IncomingEvent event) {
        if (event.time() == null) {
            throw new PoisonEventException("event " + event.id() + " (" + event.type() + ") has no ce_time to order it by");
        }
        return event.time().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void profile(EmployeeProfile event, OffsetDateTime at) {
        require(event.employeeId() != null, "employeeId");
        require(event.departmentId() != null, "departmentId");
        Person person = Person.findOrStart(event.employeeId());
        boolean taken = person.describe(event.firstName(), event.lastName(), event.departmentId(), event.managerId(), at);
        person.moveTo(event.status(), at);
        if (taken && person.isCurrent()) {
            inDepartment.fire(new PersonInDepartment(person));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(StatusChanged event, OffsetDateTime at) {
        require(event.employeeId() != null, "employeeId");
        require(event.status() != null, "status");
        Person.findOrStart(event.employeeId()).moveTo(event.status(), at);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void terminated(Terminated event, OffsetDateTime at) {
        require(event.employeeId() != null, "employeeId");
        Person person = Person.findOrStart(event.employeeId());
        if (person.moveTo(Person.TERMINATED, at)) {
            // Also when the termination arrives before the hiring: nothing is open then, and the
            // hiring that follows (older) cannot make the person current again.
            left.fire(new PersonLeft(person, event.lastWorkingDay()));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void department(DepartmentChanged event, OffsetDateTime at) {
        require(event.departmentId() != null, "departmentId");
        require(event.name() != null, "name");
        Department department = Department.findById(event.departmentId());
        if (department == null) {
            department = new Department();
            department.id = event.departmentId();
            department.describe(event.name(), event.parentId(), event.managerId(), at);
            department.persist();
        } else {
            department.describe(event.name(), event.parentId(), event.managerId(), at);
        }
    }

    private static void require(boolean present, String what) {
        if (!present) {
            throw new PoisonEventException("the event lacks " + what);
        }
    }
}
