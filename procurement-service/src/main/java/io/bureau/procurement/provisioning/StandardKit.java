package io.bureau.procurement.provisioning;

import java.util.ArrayList;
import java.util.List;
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

/** What a new person of a position (or, failing that, of a department) receives. */
@Entity
@Table(name = "standard_kit")
public class StandardKit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String position;

    @Column(name = "department_id")
    public UUID departmentId;

    @ElementCollection
    @CollectionTable(name = "standard_kit_line", joinColumns = @JoinColumn(name = "kit_id"))
    public List<KitLine> lines = new ArrayList<>();

    @Version
    public long version;

    /** The kit for a position if there is one, else the kit of the department, else none. */
    public static StandardKit forPerson(String position, UUID departmentId) {
        if (position != null) {
            StandardKit kit = find("lower(position) = ?1 order by name", position.toLowerCase()).firstResult();
            if (kit != null) {
                return kit;
            }
        }
        return departmentId == null ? null : find("departmentId = ?1 and position is null order by name", departmentId).firstResult();
    }
}
