package io.bureau.staff.skill;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One skill an employee holds, at a level 1–5. Past its expiry date it no longer counts. */
@Entity
@Table(name = "employee_skill")
public class EmployeeSkill extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Column(name = "skill_id", nullable = false)
    public UUID skillId;

    @Column(nullable = false)
    public int level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SkillSource source;

    public String evidence;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    /** True once a skills-changed event left the skill out for being expired. */
    @Column(name = "expiry_published", nullable = false)
    public boolean expiryPublished;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public boolean isExpiredOn(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }
}
