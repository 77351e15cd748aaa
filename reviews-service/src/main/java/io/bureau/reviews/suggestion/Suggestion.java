package io.bureau.reviews.suggestion;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An idea to improve office procedures: PROPOSED → UNDER_REVIEW → ADOPTED or DECLINED. */
@Entity
@Table(name = "suggestion")
public class Suggestion extends PanacheEntityBase {

    @Schema(name = "SuggestionStatus")
    public enum Status {
        PROPOSED, UNDER_REVIEW, ADOPTED, DECLINED;

        public List<Status> allowedNext() {
            return switch (this) {
                case PROPOSED -> List.of(UNDER_REVIEW, DECLINED);
                case UNDER_REVIEW -> List.of(ADOPTED, DECLINED);
                case ADOPTED, DECLINED -> List.of();
            };
        }
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "raised_by")
    public UUID raisedBy;

    @Column(name = "raised_by_subject", nullable = false)
    public String raisedBySubject;

    /** The raiser's department when they are known: its managers review the suggestion. */
    @Column(name = "department_id")
    public UUID departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public void moveTo(Status next, String note) {
        if (!status.allowedNext().contains(next)) {
            throw Problems.illegalTransition("Suggestion " + id, status, next, status.allowedNext());
        }
        status = next;
        if (note != null) {
            decisionNote = note;
        }
    }
}
