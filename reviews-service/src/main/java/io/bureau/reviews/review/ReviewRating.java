package io.bureau.reviews.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The manager's rating (1-5) of one criterion, with a comment. */
@Embeddable
public class ReviewRating {

    @Column(nullable = false)
    public String criterion;

    @Column(nullable = false)
    public int rating;

    public String comment;

    protected ReviewRating() {
    }

    public ReviewRating(String criterion, int rating, String comment) {
        this.criterion = criterion;
        this.rating = rating;
        this.comment = comment;
    }
}
