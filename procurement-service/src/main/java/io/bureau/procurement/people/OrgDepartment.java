package io.bureau.procurement.people;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A department as staff last described it: where it sits and who manages it. */
@Entity
@Table(name = "org_department")
public class OrgDepartment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "manager_id")
    public UUID managerId;

    @Column(name = "as_of", nullable = false)
    public OffsetDateTime asOf;

    /** Takes the state unless it is older than what is held. */
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
