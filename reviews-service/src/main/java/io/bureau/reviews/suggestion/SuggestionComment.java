package io.bureau.reviews.suggestion;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "suggestion_comment")
public class SuggestionComment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "suggestion_id", nullable = false)
    public UUID suggestionId;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
