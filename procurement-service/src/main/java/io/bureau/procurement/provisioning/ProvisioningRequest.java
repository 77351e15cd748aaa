package io.bureau.procurement.provisioning;

import java.time.LocalDate;
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

/** The standard kit for one new person (one per employment: person and hire date): FULFILLED when all came from stock, else OPEN; CANCELLED when they left while it was OPEN. */
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

    @Column(name = "hire_date", nullable = false)
    public LocalDate hireDate;

    @Column(name = "kit_id")
    public UUID kitId;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "provisioning_line", joinColumns = @JoinColumn(name = "request_id"))
    public List<ProvisioningLine> lines = new ArrayList<>();

    /** The person left before everything was issued: nothing more is issued for this employment. */
    public boolean cancel() {
        if (!"OPEN".equals(status)) {
            return false;
        }
        status = "CANCELLED";
        return true;
    }

    public void settle() {
        status = lines.stream().allMatch(l -> l.issued >= l.quantity) ? "FULFILLED" : "OPEN";
    }
}
