package io.bureau.staff.employee;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person who works here: profile, place in the organisation, contract and employment status. */
@Entity
public class Employee extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "work_email", nullable = false)
    public String workEmail;

    public String phone;

    @Column(nullable = false)
    public String position;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Column(name = "manager_id")
    public UUID managerId;

    @Column(name = "hire_date", nullable = false)
    public LocalDate hireDate;

    @Column(name = "weekly_hours", nullable = false)
    public BigDecimal weeklyHours;

    @Convert(converter = WorkingDaysConverter.class)
    @Column(name = "working_days", nullable = false)
    public Set<DayOfWeek> workingDays;

    @Column(name = "external_hr_id")
    public String externalHrId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EmployeeStatus status;

    @Column(name = "status_since", nullable = false)
    public LocalDate statusSince;

    /** The planned end of a leave. */
    @Column(name = "status_until")
    public LocalDate statusUntil;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "last_working_day")
    public LocalDate lastWorkingDay;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
