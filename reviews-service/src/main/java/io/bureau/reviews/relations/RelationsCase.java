package io.bureau.reviews.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A customer complaint, a conflict between staff or a grievance: OPEN → INVESTIGATING → MEETING → RESOLVED or CLOSED. */
@Entity
@Table(name = "relations_case")
public class RelationsCase extends PanacheEntityBase {

    @Schema(name = "RelationsCaseKind")
    public enum Kind { CUSTOMER_COMPLAINT, STAFF_CONFLICT, GRIEVANCE }

    @Schema(name = "RelationsCaseSeverity")
    public enum Severity { LOW, MEDIUM, HIGH }

    @Schema(name = "RelationsCaseStatus")
    public enum Status {
        OPEN, INVESTIGATING, MEETING, RESOLVED, CLOSED;

        public List<Status> allowedNext() {
            return switch (this) {
                case OPEN -> List.of(INVESTIGATING, CLOSED);
                case INVESTIGATING -> List.of(MEETING, RESOLVED, CLOSED);
                case MEETING -> List.of(MEETING, RESOLVED, CLOSED);
                case RESOLVED, CLOSED -> List.of();
            };
        }
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(nullable = false)
    public String description;

    @Column(name = "customer_contact")
    public String customerContact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String resolution;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @ElementCollection
    @CollectionTable(name = "relations_case_party", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "employee_id")
    public Set<UUID> employeeIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "relations_case_meeting", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    public List<CaseMeeting> meetings = new ArrayList<>();

    @Version
    public long version;

    public void investigate() {
        moveTo(Status.INVESTIGATING);
    }

    /** A meeting with its attendees (union representatives among them) and minutes. */
    public void meet(CaseMeeting meeting) {
        moveTo(Status.MEETING);
        meetings.add(meeting);
    }

    public void resolve(String how, LocalDate on) {
        moveTo(Status.RESOLVED);
        resolution = how;
        resolvedOn = on;
    }

    public void close(String why, LocalDate on) {
        moveTo(Status.CLOSED);
        resolution = why;
        resolvedOn = on;
    }

    private void moveTo(Status next) {
        if (!status.allowedNext().contains(next)) {
            throw Problems.illegalTransition("Case " + id, status, next, status.allowedNext());
        }
        status = next;
    }
}
