package io.bureau.reviews.training;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A course given on some dates, at a place, by a trainer, for at most {@link #capacity} people. */
@Entity
@Table(name = "training_session")
public class TrainingSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "course_id", nullable = false)
    public UUID courseId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(nullable = false)
    public String place;

    @Column(nullable = false)
    public String trainer;

    @Column(nullable = false)
    public int capacity;

    @Version
    public long version;

    /** Seats taken: confirmed, or held while procurement decides on the cost. */
    public long seatsTaken() {
        return Enrolment.count("sessionId = ?1 and status in ?2", id, EnrolmentStatus.HOLDING_A_SEAT);
    }

    public boolean hasFreeSeat() {
        return seatsTaken() < capacity;
    }
}
