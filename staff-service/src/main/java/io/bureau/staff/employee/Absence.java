package io.bureau.staff.employee;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A dated period away from work, both days included. Cancelled absences are kept, not deleted. */
@Entity
public class Absence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AbsenceKind kind;

    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    public LocalDate lastDay;

    public String note;

    /** Set when a training enrolment (another context's event) made the absence. */
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AbsenceStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
