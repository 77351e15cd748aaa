package io.bureau.staff.hrsync;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
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

import io.bureau.staff.employee.EmployeeStatus;

/** What the HR-system integration sends and receives. Personnel-file content is never part of it. */
public final class HrSyncDtos {

    /** The most rows one import may carry; larger files are sent in parts. */
    public static final int MAX_ROWS = 1000;

    private HrSyncDtos() {
    }

    @Schema(name = "HrImportRequest")
    public record HrImportRequest(
            @NotNull @Size(max = MAX_ROWS) @Schema(description = "Checked row by row: a bad row is rejected, the others still count")
            List<HrImportRow> rows) {
    }

    @Schema(name = "HrImportRow", description = "One employee as the HR system knows them, keyed by its id")
    public record HrImportRow(
            @NotBlank @Size(max = 64) @Schema(examples = "HR-00417") String externalHrId,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Email @Size(max = 200) String workEmail,
            @Size(max = 40) String phone,
            @NotBlank @Size(max = 120) String position,
            @NotNull UUID departmentId,
            @Size(max = 64) @Schema(description = "The manager's HR id: an employee already known, or a row earlier in this import")
            String managerExternalHrId,
            @NotNull LocalDate hireDate,
            @NotNull @DecimalMin("0.0") @DecimalMax("60.0") BigDecimal weeklyHours,
            @NotEmpty Set<DayOfWeek> workingDays) {
    }

    @Schema(name = "HrImportOutcome")
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    @Schema(name = "HrImportRowResult", requiredProperties = { "row", "outcome", "errors" })
    public record HrImportRowResult(
            @Schema(description = "1-based position of the row in the request (CSV: not counting the header)") int row,
            String externalHrId, Outcome outcome, UUID employeeId, List<HrImportRowError> errors) {
    }

    @Schema(name = "HrImportRowError", requiredProperties = { "field", "reason" })
    public record HrImportRowError(@Schema(examples = "workEmail") String field,
                                   @Schema(examples = "is already the work email of another employee") String reason) {
    }

    @Schema(name = "HrImportResult", requiredProperties = { "created", "updated", "unchanged", "rejected", "rows" })
    public record HrImportResult(int created, int updated, int unchanged, int rejected, List<HrImportRowResult> rows) {
    }

    @Schema(name = "HrEmployeeRecord", requiredProperties = {
            "employeeId", "firstName", "lastName", "workEmail", "position", "departmentId", "hireDate", "weeklyHours",
            "workingDays", "status", "statusSince" }, description = "An employee as exported to the HR system")
    public record HrEmployeeRecord(UUID employeeId, String externalHrId, String firstName, String lastName, String workEmail,
                                   String phone, String position, UUID departmentId, UUID managerId,
                                   String managerExternalHrId, LocalDate hireDate, BigDecimal weeklyHours,
                                   Set<DayOfWeek> workingDays, EmployeeStatus status, LocalDate statusSince,
                                   LocalDate lastWorkingDay) {
    }
}
