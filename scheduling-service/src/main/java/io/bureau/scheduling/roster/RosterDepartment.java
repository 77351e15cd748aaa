package io.bureau.scheduling.roster;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A department as staff last described it: its name, where it sits and who manages it. */
@Entity
@Table(name = "roster_department")
public class RosterDepartment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "manager_id")
    public UUID managerId;

    /** The time of the event this state came from. */
    @Column(name = "as_of", nullable = false)
    public OffsetDateTime asOf;

    /** Takes the described state unless it is older than what is held; returns whether it did. */
    public boolean describe(String name, UUID parentId, UUID managerId, OffsetDateTime at) {
        if (asOf != null && at.isBefore(asOf)) {
            return false;
        }
        this.name = name;
        this.parentId = parentId;
        this.managerId = managerId;
        this.asOf = at;
        return true;
    }
}
