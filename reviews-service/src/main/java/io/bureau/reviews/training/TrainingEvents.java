package io.bureau.reviews.training;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Events on topics {@code bureau.reviews.enrolment} and {@code bureau.reviews.training}, keyed by enrolment id. */
public final class TrainingEvents {

    public static final String ENROLMENT_CREATED = "bureau.reviews.enrolment.created.v1";
    public static final String ENROLMENT_CANCELLED = "bureau.reviews.enrolment.cancelled.v1";
    public static final String COMPLETED = "bureau.reviews.training.completed.v1";
    public static final String COST_REQUESTED = "bureau.reviews.training.cost-requested.v1";
    public static final String COST_WITHDRAWN = "bureau.reviews.training.cost-withdrawn.v1";

    private TrainingEvents() {
    }

    /** A seat is confirmed. */
    public record EnrolmentCreated(UUID enrolmentId, UUID employeeId, UUID courseId, String courseTitle, UUID sessionId,
                                   LocalDate startDate, LocalDate endDate) {

        static EnrolmentCreated of(Enrolment e, Course c, TrainingSession s) {
            return new EnrolmentCreated(e.id, e.employeeId, c.id, c.title, s.id, s.startDate, s.endDate);
        }
    }

    /** A confirmed seat is given up. */
    public record EnrolmentCancelled(UUID enrolmentId, UUID employeeId, UUID sessionId, LocalDate startDate, LocalDate endDate) {

        static EnrolmentCancelled of(Enrolment e, TrainingSession s) {
            return new EnrolmentCancelled(e.id, e.employeeId, s.id, s.startDate, s.endDate);
        }
    }

    public record SkillGranted(UUID skillId, String name, int level) {
    }

    public record TrainingCompleted(UUID enrolmentId, UUID employeeId, UUID courseId, String courseTitle, LocalDate completedOn,
                                    Enrolment.Result result, Integer score, List<SkillGranted> skillsGranted) {

        static TrainingCompleted of(Enrolment e, Course c) {
            return new TrainingCompleted(e.id, e.employeeId, c.id, c.title, e.completedOn, e.result, e.score,
                    e.result == Enrolment.Result.PASSED
                            ? c.skillsGranted.stream().map(s -> new SkillGranted(s.skillId, s.name, s.level)).toList()
                            : List.of());
        }
    }

    /** requestId is the enrolment id. */
    public record CostRequested(UUID requestId, UUID employeeId, UUID departmentId, UUID courseId, String courseTitle,
                                TrainingMoney amount, String category, OffsetDateTime requestedAt) {

        static CostRequested of(Enrolment e, Course c, OffsetDateTime now) {
            return new CostRequested(e.id, e.employeeId, e.departmentId, c.id, c.title, c.cost(), "TRAINING", now);
        }
    }

    public record CostWithdrawn(UUID requestId, UUID departmentId) {
    }
}
