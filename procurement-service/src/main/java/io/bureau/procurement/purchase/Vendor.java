package io.bureau.procurement.purchase;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone we buy from: name (unique), contact and terms. */
@Entity
@Table(name = "vendor")
public class Vendor extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String contact;

    public String terms;

    @Version
    public long version;

    public void describe(String name, String contact, String terms) {
        this.name = name;
        this.contact = contact;
        this.terms = terms;
    }
}
