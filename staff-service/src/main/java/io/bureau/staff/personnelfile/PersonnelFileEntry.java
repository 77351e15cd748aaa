package io.bureau.staff.personnelfile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One dated entry of a person's file. Never edited or removed (the database refuses it too);
 * hence no version: an entry is always at its first.
 */
@Entity
@Immutable
@Table(name = "personnel_file_entry")
public class PersonnelFileEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PersonnelFileEntryKind kind;

    @Column(nullable = false)
    public String title;

    public String body;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(nullable = false)
    public boolean restricted;

    @Column(name = "corrects_entry_id")
    public UUID correctsEntryId;

    @Column(name = "source_event_id")
    public String sourceEventId;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
