package io.bureau.staff.events;

import java.util.UUID;

import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.staff.employee.Employee;

/**
 * Checks of the payloads of other contexts' events that make them poison when they fail.
 *
 * <p>Every person another context names it learned of from staff's own events, and staff never
 * deletes anyone (a person who left stays, TERMINATED). So an event naming no employee, or one
 * staff never had, can never apply: it goes to the dead-letter topic with that reason.
 */
final class Payloads {

    private Payloads() {
    }

    static void requireKnownEmployee(UUID employeeId, IncomingEvent event) {
        if (employeeId == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " names no employeeId");
        }
        if (Employee.findById(employeeId) == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " names unknown employee " + employeeId
                    + ": staff-service never had this person");
        }
    }

    static <T> T require(T value, String field, IncomingEvent event) {
        if (value == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks " + field);
        }
        return value;
    }
}
