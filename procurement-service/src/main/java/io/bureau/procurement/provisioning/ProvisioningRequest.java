package io.bureau.procurement.provisioning;

import java.time.OffsetDateTime;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The standard kit for one new person (at most one per person): FULFILLED when all came from stock, else OPEN. */
@Entity
@Table(name = "provisioning_request")
public class ProvisioningRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Column(name = "department_id")
    public UUID departmentId;

    public String position;

    @Column(name = "kit_id")
    public UUID kitId;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "provisioning_line", joinColumns = @JoinColumn(name = "request_id"))
    public List<ProvisioningLine> lines = new ArrayList<>();

    public void settle() {
        status = lines.stream().allMatch(l -> l.issued >= l.quantity) ? "FULFILLED" : "OPEN";
    }
}
