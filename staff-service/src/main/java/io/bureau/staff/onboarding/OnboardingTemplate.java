package io.bureau.staff.onboarding;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A checklist to instantiate for new hires: each item with an owner role and a due offset from the start date. */
@Entity
@Table(name = "onboarding_template")
public class OnboardingTemplate extends PanacheEntityBase {

    @Embeddable
    public static class Item {

        @Column(nullable = false)
        public String title;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public OnboardingItemCategory category;

        @Enumerated(EnumType.STRING)
        @Column(name = "owner_role", nullable = false)
        public OnboardingOwnerRole ownerRole;

        @Column(name = "due_offset_days", nullable = false)
        public int dueOffsetDays;
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "onboarding_template_item", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "item_order")
    public List<Item> items = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
