package io.bureau.scheduling.roster;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A person as the roster knows them from staff events: profile (department, manager, contracted
 * hours and working days), status and skills. Each of the three remembers the time of the event
 * it came from, and an older event never overwrites a newer one.
 */
@Entity
@Table(name = "roster_person")
public class RosterPerson extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String position;

    @Column(name = "department_id")
    public UUID departmentId;

    @Column(name = "manager_id")
    public UUID managerId;

    @Column(name = "hire_date")
    public LocalDate hireDate;

    @Column(name = "weekly_hours")
    public BigDecimal weeklyHours;

    @Convert(converter = WorkingDaysConverter.class)
    @Column(name = "working_days")
    public Set<DayOfWeek> workingDays = EnumSet.noneOf(DayOfWeek.class);

    /** Null until the person's hired or updated event has arrived: until then they are not listed. */
    @Column(name = "profile_as_of")
    public OffsetDateTime profileAsOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RosterStatus status = RosterStatus.ACTIVE;

    @Column(name = "status_since")
    public LocalDate statusSince;

    @Column(name = "status_until")
    public LocalDate statusUntil;

    @Column(name = "last_working_day")
    public LocalDate lastWorkingDay;

    @Column(name = "status_as_of")
    public OffsetDateTime statusAsOf;

    @Column(name = "skills_as_of")
    public OffsetDateTime skillsAsOf;

    @ElementCollection
    @CollectionTable(name = "roster_skill", joinColumns = @JoinColumn(name = "person_id"))
    public List<RosterSkill> skills = new ArrayList<>();

    @Version
    public long version;

    /** The facts of a hired or updated event. */
    public record Profile(String firstName, String lastName, String position, UUID departmentId, UUID managerId,
                          LocalDate hireDate, BigDecimal weeklyHours, Set<DayOfWeek> workingDays) {
    }

    public boolean hasProfile() {
        return profileAsOf != null;
    }

    /** Takes the profile unless a newer one is held; returns whether it did. */
    public boolean describe(Profile profile, OffsetDateTime at) {
        if (isOlder(at, profileAsOf)) {
            return false;
        }
        firstName = profile.firstName();
        lastName = profile.lastName();
        position = profile.position();
        departmentId = profile.departmentId();
        managerId = profile.managerId();
        hireDate = profile.hireDate();
        weeklyHours = profile.weeklyHours();
        workingDays = profile.workingDays() == null || profile.workingDays().isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(profile.workingDays());
        profileAsOf = at;
        return true;
    }

    /** Takes the status unless a newer one is held. */
    public boolean moveTo(RosterStatus next, LocalDate since, LocalDate until, OffsetDateTime at) {
        if (next == null || isOlder(at, statusAsOf)) {
            return false;
        }
        status = next;
        if (since != null || next != RosterStatus.ACTIVE) {
            statusSince = since;
        }
        statusUntil = until;
        statusAsOf = at;
        return true;
    }

    /** Leaving is final: the last working day is kept, and the status becomes TERMINATED unless newer news says otherwise. */
    public void leave(LocalDate lastDay, OffsetDateTime at) {
        lastWorkingDay = lastDay;
        moveTo(RosterStatus.TERMINATED, lastDay, null, at);
    }

    /** Replaces the whole set of skills unless a newer set is held. */
    public boolean replaceSkills(List<RosterSkill> held, OffsetDateTime at) {
        if (isOlder(at, skillsAsOf)) {
            return false;
        }
        skills.clear();
        skills.addAll(held);
        skillsAsOf = at;
        return true;
    }

    /** Contracted hours on each working day: the weekly hours spread evenly over the working days. */
    public BigDecimal hoursPerWorkingDay() {
        if (weeklyHours == null || workingDays.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return weeklyHours.divide(BigDecimal.valueOf(workingDays.size()), 2, RoundingMode.HALF_UP);
    }

    public boolean worksOn(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek());
    }

    /** An event at the same time as the held state is applied: arrival order is then all there is to go by. */
    private static boolean isOlder(OffsetDateTime at, OffsetDateTime held) {
        return held != null && at.isBefore(held);
    }
}
