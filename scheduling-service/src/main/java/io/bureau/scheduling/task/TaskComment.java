package io.bureau.scheduling.task;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A remark on a task by its assignee or a manager of its department; never edited. */
@Entity
@Table(name = "task_comment")
public class TaskComment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    /** The caller's subject, for people and machine clients alike. */
    @Column(nullable = false)
    public String author;

    @Column(name = "author_employee_id")
    public UUID authorEmployeeId;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
