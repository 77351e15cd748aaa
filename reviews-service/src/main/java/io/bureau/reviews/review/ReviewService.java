package io.bureau.reviews.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.problem.FieldError;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.reviews.access.PeopleAccess;
import io.bureau.reviews.metrics.WorkMetrics;
import io.bureau.reviews.people.PeopleService.PersonLeft;
import io.bureau.reviews.review.ReviewDtos.ReviewRatingRequest;
import io.bureau.reviews.review.ReviewDtos.ReviewView;
import io.bureau.reviews.review.ReviewEvents.ReviewFinalized;

/** A review's way: the employee assesses themself and acknowledges; a manager of theirs does the rest. */
@ApplicationScoped
public class ReviewService {

    static final String AUDIT_TYPE = "review";

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    WorkMetrics metrics;

    @Transactional
    public ReviewView assessSelf(UUID id, String text, String ifMatch) {
        return asEmployee(id, ifMatch, "review.self-assessed", (r, c) -> r.assessSelf(text));
    }

    @Transactional
    public ReviewView startManagerAssessment(UUID id, String ifMatch) {
        return asManager(id, ifMatch, "review.manager-assessment-started", (r, c) -> r.startManagerAssessment(
                metrics.of(r.employeeId, c.periodStart, c.periodEnd), now()));
    }

    @Transactional
    public ReviewView rate(UUID id, List<ReviewRatingRequest> ratings, String comments, String ifMatch) {
        return asManager(id, ifMatch, "review.rated", (r, c) -> r.rate(checked(c, ratings), comments));
    }

    @Transactional
    public ReviewView holdMeeting(UUID id, java.time.LocalDate on, String notes, String ifMatch) {
        return asManager(id, ifMatch, "review.meeting-held", (r, c) -> r.holdMeeting(c, on, notes));
    }

    /** Finalises (immutable from now on) and publishes finalized for the personnel file. */
    @Transactional
    public ReviewView finalizeReview(UUID id, String summary, String ifMatch) {
        return asManager(id, ifMatch, "review.finalized", (r, c) -> {
            r.finalizeWith(c, summary, caller.subject(), now());
            outbox.publish(ReviewEvents.FINALIZED, r.id, ReviewFinalized.of(r, c));
        });
    }

    @Transactional
    public ReviewView acknowledge(UUID id, String ifMatch) {
        return asEmployee(id, ifMatch, "review.acknowledged", (r, c) -> r.acknowledge(now()));
    }

    private ReviewView asEmployee(UUID id, String ifMatch, String action, Move move) {
        Review review = Lookups.requireForUpdate(Review.class, id);
        if (!access.isCaller(review.employeeId)) {
            throw Problems.forbidden("Only the reviewed employee does this on review " + id);
        }
        return apply(review, ifMatch, action, move);
    }

    private ReviewView asManager(UUID id, String ifMatch, String action, Move move) {
        Review review = Lookups.requireForUpdate(Review.class, id);
        access.requireManagePerson(review.employeeId);
        return apply(review, ifMatch, action, move);
    }

    /** The person left: each of their reviews still under way is cancelled, never finalised (no event). */
    void personLeft(@Observes PersonLeft left) {
        for (Review review : Review.<Review>list("employeeId = ?1 and status in ?2 order by createdAt, id", left.person().id,
                ReviewStatus.UNDER_WAY)) {
            ReviewCycle cycle = Lookups.require(ReviewCycle.class, review.cycleId);
            ReviewView before = ReviewView.of(review, cycle);
            if (review.cancelAsPersonLeft()) {
                Review.flush();
                audit.record("review.cancelled-person-left", AUDIT_TYPE, review.id, before, ReviewView.of(review, cycle));
            }
        }
    }

    private ReviewView apply(Review review, String ifMatch, String action, Move move) {
        ETags.checkIfMatch(ifMatch, review.version);
        ReviewCycle cycle = Lookups.require(ReviewCycle.class, review.cycleId);
        ReviewView before = ReviewView.of(review, cycle);
        move.apply(review, cycle);
        Review.flush();
        ReviewView after = ReviewView.of(review, cycle);
        audit.record(action, AUDIT_TYPE, review.id, before, after);
        return after;
    }

    private static List<ReviewRating> checked(ReviewCycle cycle, List<ReviewRatingRequest> ratings) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ratings.size(); i++) {
            String criterion = ratings.get(i).criterion();
            if (cycle.criterion(criterion) == null) {
                errors.add(new FieldError("ratings[" + i + "].criterion", "not a criterion of this cycle: " + criterion));
            } else if (!seen.add(criterion)) {
                errors.add(new FieldError("ratings[" + i + "].criterion", "rated twice: " + criterion));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        return ratings.stream().map(r -> new ReviewRating(r.criterion(), r.rating(), r.comment())).toList();
    }

    @FunctionalInterface
    private interface Move {
        void apply(Review review, ReviewCycle cycle);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
