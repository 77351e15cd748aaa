package io.bureau.staff.hiring;

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

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An offer made on an application. An extended offer past its expiry date counts as expired. */
@Entity
@Table(name = "job_offer")
public class JobOffer extends PanacheEntityBase {

    @Schema(name = "JobOfferStatus")
    public enum Status {
        EXTENDED, ACCEPTED, DECLINED, EXPIRED
    }

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(nullable = false)
    public String position;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(nullable = false)
    public String terms;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    /** As stored: never EXPIRED, which {@link #statusOn} derives. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public Status statusOn(LocalDate day) {
        return status == Status.EXTENDED && expiresOn.isBefore(day) ? Status.EXPIRED : status;
    }
}
