package io.bureau.reviews.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What the person should reach, how it is measured, and by when. */
@Embeddable
public class PlanGoal {

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String measure;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    protected PlanGoal() {
    }

    public PlanGoal(String description, String measure, LocalDate dueOn) {
        this.description = description;
        this.measure = measure;
        this.dueOn = dueOn;
    }
}
