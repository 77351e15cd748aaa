package io.bureau.staff.hiring;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A position to fill in a department, for a headcount; it closes when filled. */
@Entity
@Table(name = "job_opening")
public class JobOpening extends PanacheEntityBase {

    @Schema(name = "JobOpeningStatus")
    public enum Status {
        OPEN, CLOSED
    }

    @Embeddable
    public static class RequiredSkill {

        @Column(name = "skill_id", nullable = false)
        public UUID skillId;

        @Column(name = "min_level", nullable = false)
        public int minLevel;
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String position;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    public String description;

    @Column(nullable = false)
    public int headcount;

    @Column(nullable = false)
    public int filled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_opening_required_skill", joinColumns = @JoinColumn(name = "opening_id"))
    public List<RequiredSkill> requiredSkills = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    /**
     * One position is filled by a hire; the opening closes with its last position.
     *
     * @return whether that closed the opening
     */
    public boolean fillOne() {
        if (status != Status.OPEN) {
            throw Problems.conflict("Job opening " + id + " is closed");
        }
        filled++;
        if (filled >= headcount) {
            status = Status.CLOSED;
        }
        return status == Status.CLOSED;
    }
}
