package io.bureau.staff.hiring;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An interview of an application, by one or more employees, each of whom submits a scorecard. */
@Entity
public class Interview extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "scheduled_at", nullable = false)
    public OffsetDateTime scheduledAt;

    public String location;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "interview_interviewer", joinColumns = @JoinColumn(name = "interview_id"))
    @Column(name = "employee_id")
    public Set<UUID> interviewerIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public static List<Interview> ofApplication(UUID applicationId) {
        return find("applicationId = ?1 order by scheduledAt, id", applicationId).list();
    }
}
