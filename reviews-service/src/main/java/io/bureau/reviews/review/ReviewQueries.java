package io.bureau.reviews.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import io.bureau.reviews.review.ReviewDtos.ReviewCycleProgressView;
import io.bureau.reviews.review.ReviewDtos.ReviewCycleStatusCounts;
import io.bureau.reviews.review.ReviewDtos.ReviewCycleView;
import io.bureau.reviews.review.ReviewDtos.ReviewView;
import io.quarkus.panache.common.Parameters;

/** Reads of cycles, reviews and feedback notes for screens, each limited to what the caller may see. */
@ApplicationScoped
public class ReviewQueries {

    /** Below this many finalised reviews a department's average score would tell individual scores: it is left out. */
    public static final int MIN_FOR_AVERAGE = 3;

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

    /**
     * A cycle's progress per department, counts only: admins and top managers every department of
     * the cycle, an office manager those of its departments they manage.
     */
    @Transactional
    public List<ReviewCycleProgressView> progress(UUID cycleId) {
        ReviewCycle cycle = Lookups.require(ReviewCycle.class, cycleId);
        List<UUID> departments = cycle.departmentIds.stream()
                .filter(d -> caller.hasAnyRole(Roles.ADMIN, Roles.TOP_MANAGER) || access.managedDepartments().contains(d))
                .sorted().toList();
        if (departments.isEmpty()) {
            throw Problems.forbidden("You may not see the progress of review cycle " + cycleId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Review.getEntityManager().createNativeQuery("""
                        select department_id,
                               count(*) filter (where status = 'DRAFT'),
                               count(*) filter (where status = 'SELF_ASSESSMENT'),
                               count(*) filter (where status = 'MANAGER_ASSESSMENT'),
                               count(*) filter (where status = 'MEETING_HELD'),
                               count(*) filter (where status = 'FINALIZED'),
                               count(*) filter (where status = 'ACKNOWLEDGED'),
                               count(*) filter (where status = 'CANCELLED'),
                               avg(overall_score) filter (where status in ('FINALIZED', 'ACKNOWLEDGED'))
                        from review where cycle_id = ?1 group by department_id""")
                .setParameter(1, cycleId).getResultList();
        return departments.stream().map(department -> rows.stream().filter(r -> department.equals(r[0])).findFirst()
                .map(r -> progressOf(department, r)).orElseGet(() -> progressOf(department, new Object[9]))).toList();
    }

    private static ReviewCycleProgressView progressOf(UUID department, Object[] row) {
        long[] n = new long[7];
        for (int i = 0; i < n.length; i++) {
            n[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
        }
        ReviewCycleStatusCounts counts = new ReviewCycleStatusCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
        long total = java.util.Arrays.stream(n).sum();
        long finalised = n[4] + n[5];
        long counted = total - n[6];
        BigDecimal share = counted == 0 ? null
                : BigDecimal.valueOf(finalised).divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP);
        BigDecimal average = finalised < MIN_FOR_AVERAGE || row[8] == null ? null
                : new BigDecimal(row[8].toString()).setScale(2, RoundingMode.HALF_UP);
        return new ReviewCycleProgressView(department, total, counts, share, average);
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
            // The person's department now, not the one the review was opened in: a manager whose
            // clerk moved away no longer reads their review, and the new department's manager does.
            where.append(" and (employeeId = :me or employeeId in (select p.id from Person p where p.departmentId in :managed)"
                    + " or employeeId in :reports)");
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
