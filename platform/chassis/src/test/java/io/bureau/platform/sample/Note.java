package io.bureau.platform.sample;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Note extends PanacheEntityBase {

    @Id
    public UUID id;

    public String text;

    @Version
    public long version;
}
