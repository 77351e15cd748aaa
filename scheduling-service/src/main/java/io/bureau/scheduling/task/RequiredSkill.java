package io.bureau.scheduling.task;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill the task needs, at a level or above. */
@Embeddable
public class RequiredSkill {

    @Column(name = "skill_id", nullable = false)
    public UUID skillId;

    @Column(name = "min_level", nullable = false)
    public int minLevel;

    protected RequiredSkill() {
    }

    public RequiredSkill(UUID skillId, int minLevel) {
        this.skillId = skillId;
        this.minLevel = minLevel;
    }
}
