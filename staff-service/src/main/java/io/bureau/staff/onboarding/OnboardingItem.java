package io.bureau.staff.onboarding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One item of a plan, owned by a person, due on a date. */
@Entity
@Table(name = "onboarding_item")
public class OnboardingItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "item_order", nullable = false)
    public int itemOrder;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OnboardingItemCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_role", nullable = false)
    public OnboardingOwnerRole ownerRole;

    @Column(name = "owner_id", nullable = false)
    public UUID ownerId;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "completed_by")
    public String completedBy;

    @Version
    public long version;
}
