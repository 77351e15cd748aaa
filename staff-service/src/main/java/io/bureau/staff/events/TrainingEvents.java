package io.bureau.staff.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Our own copy of the reviews context's training events (tolerant reader): only the fields this
 * service uses; anything else in the payload is ignored, and so are the topic's other types
 * (cost-requested, cost-withdrawn, which are procurement's business).
 */
public final class TrainingEvents {

    public static final String TOPIC = "bureau.reviews.training";
    public static final String COMPLETED = "bureau.reviews.training.completed.v1";
    public static final String PASSED = "PASSED";
    public static final String FAILED = "FAILED";

    private TrainingEvents() {
    }

    /** {@code result}: PASSED or FAILED; {@code score} 0–100 when the course has one; skills only when PASSED. */
    public record TrainingCompleted(UUID enrolmentId, UUID employeeId, UUID courseId, String courseTitle, LocalDate completedOn,
                                    String result, Integer score, List<GrantedSkill> skillsGranted) {
    }

    /** A skill of staff's catalogue (by our id) and the level the course grants in it. */
    public record GrantedSkill(UUID skillId, String name, Integer level) {
    }
}
