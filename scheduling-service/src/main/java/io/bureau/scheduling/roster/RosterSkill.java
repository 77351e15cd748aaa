package io.bureau.scheduling.roster;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill a person holds at a level, until an expiry date when it has one. */
@Embeddable
public class RosterSkill {

    @Column(name = "skill_id", nullable = false)
    public UUID skillId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int level;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    protected RosterSkill() {
    }

    public RosterSkill(UUID skillId, String name, int level, LocalDate expiresOn) {
        this.skillId = skillId;
        this.name = name;
        this.level = level;
        this.expiresOn = expiresOn;
    }

    /** Whether the skill still counts on {@code day}. */
    public boolean validOn(LocalDate day) {
        return expiresOn == null || !expiresOn.isBefore(day);
    }
}
