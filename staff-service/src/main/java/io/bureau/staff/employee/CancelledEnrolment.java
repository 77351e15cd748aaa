package io.bureau.staff.employee;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A training enrolment reviews-service cancelled; kept so that a late "created" for it records nothing. */
@Entity
@Table(name = "cancelled_enrolment")
public class CancelledEnrolment extends PanacheEntityBase {

    @Id
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Column(name = "cancelled_at", nullable = false)
    public OffsetDateTime cancelledAt;

    public static boolean isCancelled(UUID enrolmentId) {
        return findById(enrolmentId) != null;
    }
}
