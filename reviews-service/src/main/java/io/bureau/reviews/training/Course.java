package io.bureau.reviews.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A course of the catalogue: given here (INTERNAL) or by an outside provider (OUTSIDE, paid from the training budget). */
@Entity
@Table(name = "training_course")
public class Course extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "TrainingCourseKind")
    public enum Kind { INTERNAL, OUTSIDE }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String provider;

    @Column(name = "duration_hours", nullable = false)
    public BigDecimal durationHours;

    @Column(name = "cost_amount", nullable = false)
    public BigDecimal costAmount;

    @Column(name = "cost_currency", nullable = false)
    public String costCurrency;

    @ElementCollection
    @CollectionTable(name = "training_course_skill", joinColumns = @JoinColumn(name = "course_id"))
    public List<CourseSkill> skillsGranted = new ArrayList<>();

    @Version
    public long version;

    /** An outside course with a cost needs procurement's budget decision before a seat is confirmed. */
    public boolean needsBudget() {
        return kind == Kind.OUTSIDE && costAmount.signum() > 0;
    }

    public TrainingMoney cost() {
        return new TrainingMoney(costAmount, costCurrency);
    }
}
