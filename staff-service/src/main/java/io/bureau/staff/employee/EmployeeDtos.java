package io.bureau.staff.employee;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** What the employees API reads and writes. */
public final class EmployeeDtos {

    private EmployeeDtos() {
    }

    @Schema(name = "EmployeeCreateRequest", description = "A new employee: their profile and, optionally, their line manager")
    public record EmployeeCreateRequest(
            @NotBlank @Size(max = 100) @Schema(examples = "Ada") String firstName,
            @NotBlank @Size(max = 100) @Schema(examples = "Lovelace") String lastName,
            @NotBlank @Email @Size(max = 200) @Schema(examples = "ada.lovelace@bureau.example") String workEmail,
            @Size(max = 40) @Schema(examples = "+44 20 7946 0000") String phone,
            @NotBlank @Size(max = 120) @Schema(examples = "Accounts clerk") String position,
            @NotNull UUID departmentId,
            @Schema(description = "Their line manager, under the same rule as changing it (PUT /api/v1/employees/{id}/manager)")
            UUID managerId,
            @NotNull LocalDate hireDate,
            @NotNull @DecimalMin("0.0") @DecimalMax("60.0") @Schema(examples = "37.5") BigDecimal weeklyHours,
            @NotEmpty @Schema(examples = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]") Set<DayOfWeek> workingDays) {

        public EmployeeProfileRequest profile() {
            return new EmployeeProfileRequest(firstName, lastName, workEmail, phone, position, departmentId, hireDate,
                    weeklyHours, workingDays);
        }
    }

    @Schema(name = "EmployeeProfileRequest", description = """
            An employee's profile, replaced as a whole. Who manages them and their HR-system id are not part of it: \
            each has its own operation and rule.""")
    public record EmployeeProfileRequest(
            @NotBlank @Size(max = 100) @Schema(examples = "Ada") String firstName,
            @NotBlank @Size(max = 100) @Schema(examples = "Lovelace") String lastName,
            @NotBlank @Email @Size(max = 200) @Schema(examples = "ada.lovelace@bureau.example") String workEmail,
            @Size(max = 40) @Schema(examples = "+44 20 7946 0000") String phone,
            @NotBlank @Size(max = 120) @Schema(examples = "Accounts clerk") String position,
            @NotNull UUID departmentId,
            @NotNull LocalDate hireDate,
            @NotNull @DecimalMin("0.0") @DecimalMax("60.0") @Schema(examples = "37.5") BigDecimal weeklyHours,
            @NotEmpty @Schema(examples = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]") Set<DayOfWeek> workingDays) {
    }

    @Schema(name = "EmployeeManagerRequest", description = """
            Who manages the person. Admins name anyone, or nobody (the top of the organisation). An office manager \
            may change it only for people of departments they manage, naming someone who works in a department \
            they manage or the manager the organisation chart gives the person; themselves only when the chart \
            makes them the person's manager.""")
    public record EmployeeManagerRequest(
            @Schema(description = "The new line manager; absent to leave the person without one (admins only)") UUID managerId) {
    }

    @Schema(name = "EmployeeHrLinkRequest", description = "The person's id in the HR system, which the HR import matches rows by")
    public record EmployeeHrLinkRequest(
            @Size(max = 64) @Schema(description = "Absent to unlink the person", examples = "HR-00417") String externalHrId) {
    }

    @Schema(name = "EmployeeView", requiredProperties = {
            "id", "firstName", "lastName", "workEmail", "position", "departmentId", "hireDate", "weeklyHours",
            "workingDays", "status", "statusSince", "version" })
    public record EmployeeView(UUID id, String firstName, String lastName, String workEmail, String phone,
                               String position, UUID departmentId, UUID managerId, LocalDate hireDate,
                               BigDecimal weeklyHours, Set<DayOfWeek> workingDays, String externalHrId,
                               EmployeeStatus status, LocalDate statusSince, LocalDate statusUntil,
                               @Schema(description = "Why the person is on leave or left: shown only to the person, their "
                                       + "manager chain and admins")
                               String statusReason, LocalDate lastWorkingDay, long version) {

        public static EmployeeView of(Employee e) {
            return new EmployeeView(e.id, e.firstName, e.lastName, e.workEmail, e.phone, e.position, e.departmentId,
                    e.managerId, e.hireDate, e.weeklyHours, WorkingDaysConverter.inWeekOrder(e.workingDays), e.externalHrId, e.status,
                    e.statusSince, e.statusUntil, e.statusReason, e.lastWorkingDay, e.version);
        }

        /** For readers outside the person's manager chain: that they are away or left, not why. */
        public EmployeeView withoutReason() {
            return new EmployeeView(id, firstName, lastName, workEmail, phone, position, departmentId, managerId, hireDate,
                    weeklyHours, workingDays, externalHrId, status, statusSince, statusUntil, null, lastWorkingDay, version);
        }
    }

    @Schema(name = "EmployeeStatusChangeRequest", description = """
            Move to ON_LEAVE (from, until and reason required), back to ACTIVE (from defaults to today), \
            or to TERMINATED (lastWorkingDay and reason required).""")
    public record EmployeeStatusChangeRequest(
            @NotNull EmployeeStatus status,
            @Schema(description = "The first day in the new status") LocalDate from,
            @Schema(description = "The planned last day of a leave") LocalDate until,
            LocalDate lastWorkingDay,
            @Size(max = 500) @Schema(examples = "Parental leave") String reason) {
    }

    @Schema(name = "EmployeeAuditEntryView", requiredProperties = {
            "id", "occurredAt", "actor", "action", "entityType", "entityId" }, description = "One audited change: who made it, when, and the state before and after")
    public record EmployeeAuditEntryView(UUID id, OffsetDateTime occurredAt, String actor, String action,
                                         String entityType, String entityId,
                                         @Schema(implementation = Object.class, description = "The state before; absent for a creation") JsonNode before,
                                         @Schema(implementation = Object.class, description = "The state after; absent for a removal") JsonNode after) {
    }

    @Schema(name = "AbsenceRequest")
    public record AbsenceRequest(
            @NotNull AbsenceKind kind,
            @NotNull @Schema(examples = "2026-12-21") LocalDate firstDay,
            @NotNull @Schema(examples = "2026-12-24") LocalDate lastDay,
            @Size(max = 500) String note) {
    }

    @Schema(name = "AbsenceView", requiredProperties = {
            "id", "employeeId", "kind", "firstDay", "lastDay", "status", "version" }, description = """
            An absence. The person, their manager chain and admins read its real kind and note; anyone else reads \
            SICKNESS as LEAVE and no note.""")
    public record AbsenceView(UUID id, UUID employeeId, AbsenceKind kind, LocalDate firstDay, LocalDate lastDay,
                              String note, AbsenceStatus status, long version) {

        static AbsenceView of(Absence a) {
            return new AbsenceView(a.id, a.employeeId, a.kind, a.firstDay, a.lastDay, a.note, a.status, a.version);
        }

        /** For readers outside the person's manager chain: the neutral kind, and no note. */
        AbsenceView withoutReason() {
            return new AbsenceView(id, employeeId, kind.neutral(), firstDay, lastDay, null, status, version);
        }
    }
}
