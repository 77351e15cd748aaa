package io.bureau.reviews.relations;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A meeting on a case: when, who attended (JSON: name, organisation, role), and the minutes. */
@Embeddable
public class CaseMeeting {

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    /** The attendees as a JSON array, kept as written. */
    @Column(nullable = false)
    public String attendees;

    @Column(nullable = false)
    public String minutes;

    protected CaseMeeting() {
    }

    public CaseMeeting(LocalDate heldOn, String attendees, String minutes) {
        this.heldOn = heldOn;
        this.attendees = attendees;
        this.minutes = minutes;
    }
}
