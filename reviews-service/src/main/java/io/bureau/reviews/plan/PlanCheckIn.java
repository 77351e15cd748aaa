package io.bureau.reviews.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A check-in on the plan with a note of the progress made. */
@Embeddable
public class PlanCheckIn {

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public String progress;

    @Column(name = "by_whom", nullable = false)
    public String byWhom;

    protected PlanCheckIn() {
    }

    public PlanCheckIn(LocalDate heldOn, String progress, String byWhom) {
        this.heldOn = heldOn;
        this.progress = progress;
        this.byWhom = byWhom;
    }
}
