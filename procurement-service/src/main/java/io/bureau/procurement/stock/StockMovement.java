package io.bureau.procurement.stock;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change of stock at one location, with who and when. */
@Entity
@Table(name = "stock_movement")
public class StockMovement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(name = "location_id", nullable = false)
    public UUID locationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MovementKind kind;

    /** Signed: positive in, negative out. */
    @Column(nullable = false)
    public int quantity;

    @Column(name = "department_id")
    public UUID departmentId;

    public String reason;

    public String reference;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    public static StockMovement of(UUID itemId, UUID locationId, MovementKind kind, int quantity, UUID departmentId, String reason,
                                   String reference, String actor, OffsetDateTime at) {
        StockMovement movement = new StockMovement();
        movement.id = UUID.randomUUID();
        movement.itemId = itemId;
        movement.locationId = locationId;
        movement.kind = kind;
        movement.quantity = quantity;
        movement.departmentId = departmentId;
        movement.reason = reason;
        movement.reference = reference;
        movement.actor = actor;
        movement.occurredAt = at;
        return movement;
    }
}
