package io.bureau.reviews.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the training API reads and writes. */
public final class TrainingDtos {

    private TrainingDtos() {
    }

    @Schema(name = "TrainingSkillGranted", requiredProperties = { "skillId", "name", "level" })
    public record TrainingSkillGranted(@NotNull UUID skillId, @NotBlank @Size(max = 200) String name,
                                       @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5") Integer level) {
    }

    @Schema(name = "TrainingCourseCreateRequest", description = "A course for the catalogue")
    public record TrainingCourseCreateRequest(@NotBlank @Size(max = 200) String title,
                                              @NotNull Course.Kind kind,
                                              @NotBlank @Size(max = 200) String provider,
                                              @NotNull @DecimalMin("0.5") @DecimalMax("2000") BigDecimal durationHours,
                                              @NotNull @Valid TrainingMoney cost,
                                              @Size(max = 20) List<@NotNull @Valid TrainingSkillGranted> skillsGranted) {
    }

    @Schema(name = "TrainingCourseView", requiredProperties = { "id", "title", "kind", "provider", "durationHours", "cost",
            "skillsGranted", "version" })
    public record TrainingCourseView(UUID id, String title, Course.Kind kind, String provider, BigDecimal durationHours,
                                     TrainingMoney cost, List<TrainingSkillGranted> skillsGranted, long version) {

        public static TrainingCourseView of(Course c) {
            return new TrainingCourseView(c.id, c.title, c.kind, c.provider, c.durationHours, c.cost(),
                    c.skillsGranted.stream().map(s -> new TrainingSkillGranted(s.skillId, s.name, s.level)).toList(), c.version);
        }
    }

    @Schema(name = "TrainingSessionCreateRequest", description = "A session of a course")
    public record TrainingSessionCreateRequest(@NotNull UUID courseId, @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                                               @NotBlank @Size(max = 200) String place, @NotBlank @Size(max = 200) String trainer,
                                               @NotNull @Min(1) @Max(1000) Integer capacity) {
    }

    @Schema(name = "TrainingSessionView", requiredProperties = { "id", "courseId", "startDate", "endDate", "place", "trainer",
            "capacity", "seatsTaken", "version" })
    public record TrainingSessionView(UUID id, UUID courseId, LocalDate startDate, LocalDate endDate, String place,
                                      String trainer, int capacity,
                                      @Schema(description = "Confirmed seats and seats held pending a budget decision") long seatsTaken,
                                      long version) {

        public static TrainingSessionView of(TrainingSession s, long taken) {
            return new TrainingSessionView(s.id, s.courseId, s.startDate, s.endDate, s.place, s.trainer, s.capacity, taken,
                    s.version);
        }
    }

    @Schema(name = "EnrolmentCreateRequest", requiredProperties = { "sessionId", "employeeId" })
    public record EnrolmentCreateRequest(@NotNull UUID sessionId, @NotNull UUID employeeId) {
    }

    @Schema(name = "EnrolmentRejectRequest", requiredProperties = { "reason" })
    public record EnrolmentRejectRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "EnrolmentAttendanceRequest", requiredProperties = { "attended" })
    public record EnrolmentAttendanceRequest(@NotNull Boolean attended) {
    }

    @Schema(name = "EnrolmentCompleteRequest", requiredProperties = { "result" })
    public record EnrolmentCompleteRequest(@NotNull Enrolment.Result result,
                                           @Min(0) @Max(100) @Schema(minimum = "0", maximum = "100") Integer score,
                                           @Schema(description = "Defaults to today (UTC)") LocalDate completedOn) {
    }

    @Schema(name = "EnrolmentView", requiredProperties = { "id", "sessionId", "courseId", "employeeId", "departmentId", "status",
            "requestedBy", "requestedAt", "allowedTransitions", "version" })
    public record EnrolmentView(UUID id, UUID sessionId, UUID courseId, UUID employeeId, UUID departmentId,
                                EnrolmentStatus status, String requestedBy, OffsetDateTime requestedAt,
                                @Schema(description = "Why it was refused (by the manager or the training budget)") String refusalReason,
                                Boolean attended, Enrolment.Result result, Integer score, LocalDate completedOn,
                                List<EnrolmentStatus> allowedTransitions, long version) {

        public static EnrolmentView of(Enrolment e) {
            return new EnrolmentView(e.id, e.sessionId, e.courseId, e.employeeId, e.departmentId, e.status, e.requestedBy,
                    e.requestedAt, e.refusalReason, e.attended, e.result, e.score, e.completedOn, e.status.allowedNext(), e.version);
        }
    }
}
