package io.bureau.reviews.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.problem.FieldError;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.reviews.access.PeopleAccess;
import io.bureau.reviews.people.PeopleService.PersonInDepartment;
import io.bureau.reviews.people.Person;
import io.bureau.reviews.review.ReviewDtos.ReviewCriterionRequest;
import io.bureau.reviews.review.ReviewDtos.ReviewCycleCreateRequest;
import io.bureau.reviews.review.ReviewDtos.ReviewCycleView;

/** Preparing, opening and closing review cycles; opening (and later joiners) create the reviews. */
@ApplicationScoped
public class ReviewCycleService {

    static final String AUDIT_TYPE = "review-cycle";

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Transactional
    public ReviewCycleView create(ReviewCycleCreateRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.periodEnd().isBefore(request.periodStart())) {
            errors.add(new FieldError("periodEnd", "must not be before periodStart"));
        }
        if (request.dueOn().isBefore(request.periodStart())) {
            errors.add(new FieldError("dueOn", "must not be before periodStart"));
        }
        if (request.criteria().stream().map(c -> c.name().strip()).distinct().count() != request.criteria().size()) {
            errors.add(new FieldError("criteria", "criterion names must be distinct"));
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        request.departmentIds().forEach(access::requireManageDepartment);
        if (ReviewCycle.count("name", request.name().strip()) > 0) {
            throw Problems.conflictOn("name", "A review cycle named '" + request.name().strip() + "' exists");
        }
        ReviewCycle cycle = ReviewCycle.prepare(request.name().strip(), request.periodStart(), request.periodEnd(),
                request.dueOn(), new LinkedHashSet<>(request.departmentIds()),
                request.criteria().stream().map(ReviewCycleService::criterion).toList(), caller.subject(), now());
        cycle.persist();
        ReviewCycle.flush();
        ReviewCycleView view = ReviewCycleView.of(cycle);
        audit.record("review-cycle.created", AUDIT_TYPE, cycle.id, null, view);
        return view;
    }

    /** Opens the cycle: a DRAFT review for every current person of its departments. */
    @Transactional
    public ReviewCycleView open(UUID id, String ifMatch) {
        ReviewCycle cycle = requireManaged(id, ifMatch);
        ReviewCycleView before = ReviewCycleView.of(cycle);
        cycle.open(now());
        for (Person person : Person.listCurrentIn(cycle.departmentIds)) {
            Review.draft(cycle, person.id, person.departmentId, now()).persist();
        }
        ReviewCycle.flush();
        ReviewCycleView view = ReviewCycleView.of(cycle);
        audit.record("review-cycle.opened", AUDIT_TYPE, cycle.id, before, view);
        return view;
    }

    @Transactional
    public ReviewCycleView close(UUID id, String ifMatch) {
        ReviewCycle cycle = requireManaged(id, ifMatch);
        ReviewCycleView before = ReviewCycleView.of(cycle);
        cycle.close();
        ReviewCycle.flush();
        ReviewCycleView view = ReviewCycleView.of(cycle);
        audit.record("review-cycle.closed", AUDIT_TYPE, cycle.id, before, view);
        return view;
    }

    /** Someone hired into (or moved to) a department while a cycle covering it is open gets a review there. */
    void personJoined(@Observes PersonInDepartment joined) {
        Person person = joined.person();
        for (ReviewCycle cycle : ReviewCycle.listOpenCovering(person.departmentId)) {
            if (!Review.exists(cycle.id, person.id)) {
                Review review = Review.draft(cycle, person.id, person.departmentId, now());
                review.persist();
                audit.record("review.created", ReviewService.AUDIT_TYPE, review.id, null,
                        ReviewDtos.ReviewView.of(review, cycle));
            }
        }
    }

    private ReviewCycle requireManaged(UUID id, String ifMatch) {
        ReviewCycle cycle = Lookups.requireForUpdate(ReviewCycle.class, id);
        cycle.departmentIds.forEach(access::requireManageDepartment);
        ETags.checkIfMatch(ifMatch, cycle.version);
        return cycle;
    }

    private static ReviewCriterion criterion(ReviewCriterionRequest c) {
        return new ReviewCriterion(c.name().strip(), c.weight());
    }
}
