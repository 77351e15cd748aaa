package io.bureau.staff.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Our own copy of the reviews context's training events (tolerant reader): only the fields this
 * service uses; anything else in the payload is ignored.
 */
public final class TrainingEvents {

    public static final String TOPIC = "bureau.reviews.training";
    public static final String COMPLETED = "bureau.reviews.training.completed.v1";

    private TrainingEvents() {
    }

    public record TrainingCompleted(UUID employeeId, UUID trainingId, String trainingTitle, LocalDate completedOn,
                                    List<GrantedSkill> skillsGranted) {
    }

    /** A skill the training grants: by id when reviews knows ours, else by name. */
    public record GrantedSkill(UUID skillId, String skillName, int level) {
    }
}
