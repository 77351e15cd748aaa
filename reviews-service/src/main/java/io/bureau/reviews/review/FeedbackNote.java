package io.bureau.reviews.review;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A manager's note on someone's work between cycles; it is never edited. */
@Entity
@Table(name = "feedback_note")
public class FeedbackNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Column(name = "author_id")
    public UUID authorId;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static FeedbackNote write(UUID employeeId, UUID authorId, String author, String body, OffsetDateTime now) {
        FeedbackNote note = new FeedbackNote();
        note.id = UUID.randomUUID();
        note.employeeId = employeeId;
        note.authorId = authorId;
        note.author = author;
        note.body = body;
        note.createdAt = now;
        return note;
    }
}
