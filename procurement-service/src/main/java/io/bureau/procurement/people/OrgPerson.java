package io.bureau.procurement.people;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person as staff last described them: department, line manager, position; whether they left. */
@Entity
@Table(name = "org_person")
public class OrgPerson extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "department_id")
    public UUID departmentId;

    @Column(name = "manager_id")
    public UUID managerId;

    public String position;

    @Column(nullable = false)
    public boolean terminated;

    @Column(name = "as_of")
    public OffsetDateTime asOf;

    /** Takes the profile unless a newer one is held. */
    public boolean describe(UUID departmentId, UUID managerId, String position, OffsetDateTime at) {
        if (asOf != null && at.isBefore(asOf)) {
            return false;
        }
        this.departmentId = departmentId;
        this.managerId = managerId;
        this.position = position;
        this.asOf = at;
        return true;
    }

    @Column(name = "hired_at")
    public OffsetDateTime hiredAt;

    @Column(name = "terminated_at")
    public OffsetDateTime terminatedAt;

    /** A hire published after the newest termination known (or with none known): a first hire or a rehire. */
    public boolean hireIsCurrent(OffsetDateTime at) {
        return terminatedAt == null || at.isAfter(terminatedAt);
    }

    /** A termination not older than the newest hire known: a hire published after it makes it stale. */
    public boolean terminationIsCurrent(OffsetDateTime at) {
        return hiredAt == null || !hiredAt.isAfter(at);
    }

    public void hire(OffsetDateTime at) {
        terminated = false;
        if (hiredAt == null || at.isAfter(hiredAt)) {
            hiredAt = at;
        }
    }

    public void leave(OffsetDateTime at) {
        terminated = true;
        if (terminatedAt == null || at.isAfter(terminatedAt)) {
            terminatedAt = at;
        }
    }
}
