package io.bureau.procurement.equipment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An employee asks for equipment: REQUESTED, then FULFILLED from stock, PURCHASE_REQUESTED, or REJECTED. */
@Entity
@Table(name = "equipment_request")
public class EquipmentRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "requester_id", nullable = false)
    public UUID requesterId;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Column(nullable = false)
    public String category;

    public String reason;

    @Column(name = "estimated_price", nullable = false)
    public BigDecimal estimatedPrice;

    @Column(nullable = false)
    public String status = "REQUESTED";

    @Column(name = "asset_id")
    public UUID assetId;

    @Column(name = "purchase_request_id")
    public UUID purchaseRequestId;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public void fulfilled(UUID asset, String by) {
        requireRequested("FULFILLED");
        status = "FULFILLED";
        assetId = asset;
        decidedBy = by;
    }

    public void purchaseRequested(UUID request, String by) {
        requireRequested("PURCHASE_REQUESTED");
        status = "PURCHASE_REQUESTED";
        purchaseRequestId = request;
        decidedBy = by;
    }

    public void reject(String by) {
        requireRequested("REJECTED");
        status = "REJECTED";
        decidedBy = by;
    }

    private void requireRequested(String to) {
        if (!"REQUESTED".equals(status)) {
            throw Problems.illegalTransition("Equipment request " + id, status, to, List.of());
        }
    }
}
