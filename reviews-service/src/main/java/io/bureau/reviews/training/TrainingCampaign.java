package io.bureau.reviews.training;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** "Everyone in these departments trained on this course by this date": enrols them all on a session, later joiners too. */
@Entity
@Table(name = "training_campaign")
public class TrainingCampaign extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "course_id", nullable = false)
    public UUID courseId;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @ElementCollection
    @CollectionTable(name = "training_campaign_department", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "department_id")
    public Set<UUID> departmentIds = new LinkedHashSet<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    /** Campaigns still running (not past due) that target the department. */
    public static List<TrainingCampaign> listRunningFor(UUID departmentId, LocalDate today) {
        return list("select c from TrainingCampaign c join c.departmentIds d where d = ?1 and c.dueOn >= ?2", departmentId, today);
    }
}
