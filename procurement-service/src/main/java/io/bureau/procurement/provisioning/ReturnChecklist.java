package io.bureau.procurement.provisioning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a leaving person has to give back: every asset assigned to them when they were terminated. */
@Entity
@Table(name = "return_checklist")
public class ReturnChecklist extends PanacheEntityBase {

    @Embeddable
    public static class Item {

        @Column(name = "asset_id", nullable = false)
        public UUID assetId;

        @Column(nullable = false)
        public String tag;

        @Column(nullable = false)
        public boolean returned;

        public Item() {
        }

        public Item(UUID assetId, String tag) {
            this.assetId = assetId;
            this.tag = tag;
        }
    }

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Column(name = "last_working_day", nullable = false)
    public LocalDate lastWorkingDay;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "return_checklist_item", joinColumns = @JoinColumn(name = "checklist_id"))
    public List<Item> items = new ArrayList<>();

    /** Ticks the asset on the holder's checklists (one per time they left), if they have any. */
    public static void markReturned(UUID employeeId, UUID assetId) {
        if (employeeId == null) {
            return;
        }
        for (ReturnChecklist checklist : ReturnChecklist.<ReturnChecklist>list("employeeId", employeeId)) {
            checklist.items.stream().filter(i -> i.assetId.equals(assetId)).forEach(i -> i.returned = true);
        }
    }
}
