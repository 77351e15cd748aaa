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
import io.quarkus.panache.common.Parameters;

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

    /** The first recorded (not cancelled) absence of the person sharing a day with the period, or null. */
    public static Absence firstRecordedOverlapping(UUID employeeId, LocalDate firstDay, LocalDate lastDay) {
        return Absence.<Absence>find("employeeId = :employee and status = :recorded"
                        + " and firstDay <= :lastDay and lastDay >= :firstDay order by firstDay",
                Parameters.with("employee", employeeId).and("recorded", AbsenceStatus.RECORDED)
                        .and("firstDay", firstDay).and("lastDay", lastDay))
                .firstResult();
    }

    /** The absence a training enrolment made (recorded or cancelled), or null. */
    public static Absence findByEnrolment(UUID enrolmentId) {
        return Absence.<Absence>find("enrolmentId", enrolmentId).firstResult();
    }

    public boolean isRecorded() {
        return status == AbsenceStatus.RECORDED;
    }
}
