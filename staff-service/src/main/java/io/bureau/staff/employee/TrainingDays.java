package io.bureau.staff.employee;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * Training days of a confirmed seat in reviews-service: a TRAINING absence linked to the
 * enrolment, cancelled with it. The seat is a fact decided elsewhere, so these days are recorded
 * even over an absence the person already has (with a note naming it), unlike an absence asked
 * for here: scheduling must know the person is away on every training day, and an overlap is for
 * the manager to settle, not a reason to lose the event.
 */
@ApplicationScoped
public class TrainingDays {

    private static final Logger LOG = Logger.getLogger(TrainingDays.class);

    @Inject
    EmployeeService employees;

    @Inject
    AbsenceService absences;

    /**
     * Records the enrolment's days as a TRAINING absence (publishing absence-recorded), unless the
     * enrolment was cancelled already (its cancellation arrived first), its days are recorded
     * already, or the person leaves before the training ends (then nothing is recorded: there is
     * no working time to take them from).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEnrolment(UUID employeeId, UUID enrolmentId, LocalDate firstDay, LocalDate lastDay, String courseTitle) {
        Employee employee = employees.requireForUpdate(employeeId);
        if (CancelledEnrolment.isCancelled(enrolmentId)) {
            LOG.infof("Enrolment %s was cancelled before its creation arrived: no training days recorded", enrolmentId);
            return;
        }
        if (Absence.findByEnrolment(enrolmentId) != null) {
            return;
        }
        if (!employee.worksUntil(lastDay)) {
            LOG.warnf("Enrolment %s runs to %s, after employee %s's last working day %s: no training days recorded",
                    enrolmentId, lastDay, employeeId, employee.lastWorkingDay);
            return;
        }
        String note = courseTitle == null || courseTitle.isBlank() ? "Training" : "Training: " + courseTitle.strip();
        Absence overlapping = Absence.firstRecordedOverlapping(employeeId, firstDay, lastDay);
        if (overlapping != null) {
            LOG.infof("Enrolment %s of employee %s overlaps absence %s; its training days are recorded beside it",
                    enrolmentId, employeeId, overlapping.id);
            note += " (overlaps absence " + overlapping.id + ", recorded earlier)";
        }
        absences.save(employeeId, AbsenceKind.TRAINING, firstDay, lastDay, note, enrolmentId);
    }

    /**
     * The enrolment was cancelled: its training days are cancelled (publishing absence-cancelled)
     * when recorded, and the cancellation is remembered either way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelEnrolment(UUID employeeId, UUID enrolmentId) {
        employees.requireForUpdate(employeeId);
        if (CancelledEnrolment.isCancelled(enrolmentId)) {
            return;
        }
        CancelledEnrolment cancelled = new CancelledEnrolment();
        cancelled.enrolmentId = enrolmentId;
        cancelled.employeeId = employeeId;
        cancelled.cancelledAt = OffsetDateTime.now(ZoneOffset.UTC);
        cancelled.persist();
        Absence absence = Absence.findByEnrolment(enrolmentId);
        if (absence != null && absence.isRecorded()) {
            absences.cancelRecorded(absence);
        }
    }
}
