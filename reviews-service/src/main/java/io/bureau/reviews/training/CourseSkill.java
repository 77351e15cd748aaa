package io.bureau.reviews.training;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill a course grants, at a level, to those who pass it. */
@Embeddable
public class CourseSkill {

    @Column(name = "skill_id", nullable = false)
    public UUID skillId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int level;

    protected CourseSkill() {
    }

    public CourseSkill(UUID skillId, String name, int level) {
        this.skillId = skillId;
        this.name = name;
        this.level = level;
    }
}
