package io.bureau.reviews.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.platform.security.Roles;
import io.bureau.reviews.access.PeopleAccess;
import io.bureau.reviews.review.ReviewDtos.FeedbackNoteView;
import io.bureau.reviews.review.ReviewDtos.ReviewCycleView;
import io.bureau.reviews.review.ReviewDtos.ReviewView;
import io.quarkus.panache.common.Parameters;

/** Reads of cycles, reviews and feedback notes for screens, each limited to what the caller may see. */
@ApplicationScoped
public class ReviewQueries {

    private static final Map<String, String> CYCLE_SORT = Map.of("name", "name", "periodStart", "periodStart",
            "dueOn", "dueOn", "status", "status");
    private static final Map<String, String> REVIEW_SORT = Map.of("status", "status", "createdAt", "createdAt");

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Transactional
    public ReviewCycleView cycle(UUID id) {
        ReviewCycle cycle = Lookups.require(ReviewCycle.class, id);
        if (!readsCycle(cycle)) {
            throw Problems.forbidden("You may not see review cycle " + id);
        }
        return ReviewCycleView.of(cycle);
    }

    /** Admins and top managers see every cycle; office managers those covering a department they manage. */
    @Transactional
    public Page<ReviewCycleView> cycles(ReviewCycleStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!caller.hasAnyRole(Roles.ADMIN, Roles.TOP_MANAGER)) {
            if (access.managedDepartments().isEmpty()) {
                throw Problems.forbidden("Only managers of a department see its review cycles");
            }
            where.append(" and id in :visible");
            parameters.and("visible", orNone(ReviewCycle.getEntityManager().createNativeQuery(
                    "select distinct cycle_id from review_cycle_department where department_id in (:managed)", UUID.class)
                    .setParameter("managed", access.managedDepartments()).getResultList()));
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        return Pages.of(ReviewCycle.find(where + " order by " + page.orderBy(CYCLE_SORT, "periodStart desc, id"), parameters),
                page, ReviewCycleView::of);
    }

    @Transactional
    public ReviewView review(UUID id) {
        Review review = Lookups.require(Review.class, id);
        access.requireReadRecordsOf(review.employeeId);
        return ReviewView.of(review, Lookups.require(ReviewCycle.class, review.cycleId));
    }

    /** Admins see every review; others their own, their departments' and their reports'. */
    @Transactional
    public Page<ReviewView> reviews(UUID cycleId, UUID employeeId, ReviewStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!access.isAdmin()) {
            where.append(" and (employeeId = :me or departmentId in :managed or employeeId in :reports)");
            parameters.and("me", caller.employeeId().orElse(new UUID(0, 0)))
                    .and("managed", access.managedDepartments().isEmpty() ? List.of(new UUID(0, 0)) : access.managedDepartments())
                    .and("reports", orNone(access.reports()));
        }
        if (cycleId != null) {
            where.append(" and cycleId = :cycle");
            parameters.and("cycle", cycleId);
        }
        if (employeeId != null) {
            where.append(" and employeeId = :employee");
            parameters.and("employee", employeeId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        Page<Review> found = Pages.of(Review.find(where + " order by " + page.orderBy(REVIEW_SORT, "createdAt, id"), parameters),
                page, Function.identity());
        Map<UUID, ReviewCycle> cycles = found.items().isEmpty() ? Map.of()
                : ReviewCycle.<ReviewCycle>list("id in ?1", found.items().stream().map(r -> r.cycleId).distinct().toList())
                        .stream().collect(Collectors.toMap(c -> c.id, c -> c));
        return found.map(r -> ReviewView.of(r, cycles.get(r.cycleId)));
    }

    @Transactional
    public Page<FeedbackNoteView> notes(UUID employeeId, PageRequest page) {
        access.requireReadRecordsOf(employeeId);
        return Pages.of(FeedbackNote.find("employeeId = ?1 order by createdAt desc, id", employeeId), page, FeedbackNoteView::of);
    }

    private boolean readsCycle(ReviewCycle cycle) {
        return caller.hasAnyRole(Roles.ADMIN, Roles.TOP_MANAGER)
                || cycle.departmentIds.stream().anyMatch(access.managedDepartments()::contains);
    }

    @SuppressWarnings("unchecked")
    private static List<UUID> orNone(List<?> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : (List<UUID>) ids;
    }
}
