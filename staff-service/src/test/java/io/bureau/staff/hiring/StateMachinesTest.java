package io.bureau.staff.hiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.bureau.staff.employee.EmployeeStatus;

/** The rules of the state machines, without a server. */
class StateMachinesTest {

    @Test
    void applicationsMoveForwardOneStageOrEndRejectedOrWithdrawn() {
        assertEquals(List.of(ApplicationStage.SCREENING, ApplicationStage.REJECTED, ApplicationStage.WITHDRAWN),
                ApplicationStage.APPLIED.allowedNext());
        assertEquals(List.of(ApplicationStage.HIRED, ApplicationStage.REJECTED, ApplicationStage.WITHDRAWN),
                ApplicationStage.OFFER.allowedNext());
        for (ApplicationStage end : List.of(ApplicationStage.HIRED, ApplicationStage.REJECTED, ApplicationStage.WITHDRAWN)) {
            assertTrue(end.allowedNext().isEmpty(), end + " is final");
        }
        assertTrue(ApplicationStage.REJECTED.needsReason() && ApplicationStage.WITHDRAWN.needsReason());
    }

    @Test
    void employmentEndsWithTerminationAndLeaveReturnsToActive() {
        assertEquals(List.of(EmployeeStatus.ON_LEAVE, EmployeeStatus.TERMINATED), EmployeeStatus.ACTIVE.allowedNext());
        assertEquals(List.of(EmployeeStatus.ACTIVE, EmployeeStatus.TERMINATED), EmployeeStatus.ON_LEAVE.allowedNext());
        assertTrue(EmployeeStatus.TERMINATED.allowedNext().isEmpty());
    }

    @Test
    void anExtendedOfferPastItsExpiryDateIsExpiredButADecidedOneKeepsItsDecision() {
        JobOffer offer = new JobOffer();
        offer.expiresOn = LocalDate.of(2026, 12, 1);
        offer.status = JobOffer.Status.EXTENDED;
        assertEquals(JobOffer.Status.EXTENDED, offer.statusOn(LocalDate.of(2026, 12, 1)));
        assertEquals(JobOffer.Status.EXPIRED, offer.statusOn(LocalDate.of(2026, 12, 2)));
        offer.status = JobOffer.Status.ACCEPTED;
        assertEquals(JobOffer.Status.ACCEPTED, offer.statusOn(LocalDate.of(2027, 1, 1)));
    }
}
