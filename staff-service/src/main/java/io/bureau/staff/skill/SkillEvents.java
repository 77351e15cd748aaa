package io.bureau.staff.skill;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Skill changes are events of the employee aggregate: topic {@code bureau.staff.employee}, keyed by employee id. */
public final class SkillEvents {

    public static final String SKILLS_CHANGED = "bureau.staff.employee.skills-changed.v1";

    private SkillEvents() {
    }

    /** The employee's skills that count now (unexpired), replacing whatever a consumer held before. */
    public record EmployeeSkillsChanged(UUID employeeId, List<HeldSkill> skills) {
    }

    public record HeldSkill(UUID skillId, String name, int level, SkillSource source, LocalDate expiresOn) {
    }
}
