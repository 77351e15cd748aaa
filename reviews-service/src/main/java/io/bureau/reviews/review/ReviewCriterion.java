package io.bureau.reviews.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One thing a cycle's reviews rate, and how much it counts in the overall score. */
@Embeddable
public class ReviewCriterion {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int weight;

    protected ReviewCriterion() {
    }

    public ReviewCriterion(String name, int weight) {
        this.name = name;
        this.weight = weight;
    }
}
