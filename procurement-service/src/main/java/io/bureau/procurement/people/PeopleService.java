package io.bureau.procurement.people;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.procurement.events.StaffEvents.DepartmentChanged;
import io.bureau.procurement.events.StaffEvents.EmployeeProfile;

/** Keeps the people read model from staff events, whatever order they arrive in (newest ce_time wins). */
@ApplicationScoped
public class PeopleService {

    public static OffsetDateTime timeOf(IncomingEvent event) {
        if (event.time() == null) {
            throw new PoisonEventException("event " + event.id() + " (" + event.type() + ") has no ce_time to order it by");
        }
        return event.time().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OrgPerson profile(EmployeeProfile event, OffsetDateTime at) {
        require(event.employeeId() != null, "employeeId");
        require(event.departmentId() != null, "departmentId");
        OrgPerson person = personFor(event.employeeId());
        person.describe(event.departmentId(), event.managerId(), event.position(), at);
        return person;
    }

    /** The person, known or not yet (a termination may arrive before anything else about them). */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrgPerson person(UUID employeeId) {
        require(employeeId != null, "employeeId");
        return personFor(employeeId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void department(DepartmentChanged event, OffsetDateTime at) {
        require(event.departmentId() != null, "departmentId");
        require(event.name() != null, "name");
        OrgDepartment department = OrgDepartment.findById(event.departmentId());
        if (department == null) {
            department = new OrgDepartment();
            department.id = event.departmentId();
            department.describe(event.name(), event.parentId(), event.managerId(), at);
            department.persist();
        } else {
            department.describe(event.name(), event.parentId(), event.managerId(), at);
        }
    }

    private static OrgPerson personFor(UUID id) {
        OrgPerson person = OrgPerson.findById(id);
        if (person == null) {
            person = new OrgPerson();
            person.id = id;
            person.persist();
        }
        return person;
    }

    static void require(boolean present, String what) {
        if (!present) {
            throw new PoisonEventException("the event lacks " + what);
        }
    }
}
