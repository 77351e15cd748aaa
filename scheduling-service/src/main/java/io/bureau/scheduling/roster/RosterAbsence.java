package io.bureau.scheduling.roster;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Days someone is away (the kind is neutral: LEAVE or TRAINING). A cancelled absence stays as a
 * tombstone, so its recorded event arriving late does not bring it back.
 */
@Entity
@Table(name = "roster_absence")
public class RosterAbsence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    public LocalDate lastDay;

    @Column(nullable = false)
    public boolean cancelled;

    @Column(name = "as_of", nullable = false)
    public OffsetDateTime asOf;

    /** Records or cancels the absence unless what is held is newer; returns whether it changed. */
    public boolean describe(UUID personId, String kind, LocalDate firstDay, LocalDate lastDay, boolean cancelled,
                            OffsetDateTime at) {
        if (asOf != null && at.isBefore(asOf)) {
            return false;
        }
        this.personId = personId;
        if (kind != null || this.kind == null) {
            // A cancellation that arrives first does not say the kind; it is never shown.
            this.kind = kind != null ? kind : "LEAVE";
        }
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.cancelled = cancelled;
        this.asOf = at;
        return true;
    }

    public boolean covers(LocalDate day) {
        return !cancelled && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
