package io.bureau.procurement.budget;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A fiscal period (usually a year); periods never overlap. */
@Entity
@Table(name = "fiscal_period")
@NamedQuery(name = "FiscalPeriod.overlapping", query = "from FiscalPeriod where startsOn <= ?2 and endsOn >= ?1")
@NamedQuery(name = "FiscalPeriod.containing", query = "from FiscalPeriod where startsOn <= ?1 and endsOn >= ?1")
public class FiscalPeriod extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Version
    public long version;

    public static FiscalPeriod open(String name, LocalDate startsOn, LocalDate endsOn) {
        FiscalPeriod period = new FiscalPeriod();
        period.id = UUID.randomUUID();
        period.name = name;
        period.startsOn = startsOn;
        period.endsOn = endsOn;
        return period;
    }
}
