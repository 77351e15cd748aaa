package io.bureau.staff.hrsync;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.ProblemException;
import io.bureau.platform.problem.Problems;
import io.bureau.staff.employee.Employee;
import io.bureau.staff.employee.EmployeeDtos.EmployeeProfileRequest;
import io.bureau.staff.employee.EmployeeService;
import io.bureau.staff.employee.WorkingDaysConverter;
import io.bureau.staff.hrsync.HrSyncDtos.HrEmployeeRecord;
import io.bureau.staff.hrsync.HrSyncDtos.HrImportResult;
import io.bureau.staff.hrsync.HrSyncDtos.HrImportRow;
import io.bureau.staff.hrsync.HrSyncDtos.HrImportRowError;
import io.bureau.staff.hrsync.HrSyncDtos.HrImportRowResult;
import io.bureau.staff.hrsync.HrSyncDtos.Outcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;

/**
 * Bulk upsert of employees keyed by the HR system's id, and their export. Each row is its own
 * transaction, so a bad row never blocks the good ones; a row that changes nothing writes,
 * audits and publishes nothing, so sending the same file twice is harmless.
 */
@ApplicationScoped
public class HrSyncService {

    private static final Logger LOG = Logger.getLogger(HrSyncService.class);

    /** CSV import columns, named as the JSON fields; phone and managerExternalHrId may be left out. */
    static final List<String> IMPORT_COLUMNS = List.of("externalHrId", "firstName", "lastName", "workEmail", "phone",
            "position", "departmentId", "managerExternalHrId", "hireDate", "weeklyHours", "workingDays");
    private static final Set<String> OPTIONAL_COLUMNS = Set.of("phone", "managerExternalHrId");
    static final List<String> EXPORT_COLUMNS = List.of("employeeId", "externalHrId", "firstName", "lastName", "workEmail",
            "phone", "position", "departmentId", "managerId", "managerExternalHrId", "hireDate", "weeklyHours", "workingDays",
            "status", "statusSince", "lastWorkingDay");
    private static final Map<String, String> SORTABLE = Map.of("externalHrId", "e.externalHrId",
            "lastName", "lower(e.lastName)", "hireDate", "e.hireDate");

    @Inject
    EmployeeService employees;

    @Inject
    Validator validator;

    public HrImportResult importRows(List<HrImportRow> rows) {
        List<HrImportRowResult> results = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            results.add(importRow(i + 1, rows.get(i), List.of()));
        }
        return summarise(results);
    }

    /** The CSV file's first line names the columns ({@link #IMPORT_COLUMNS}), in any order. */
    public HrImportResult importCsv(String text) {
        List<List<String>> records = Csv.parse(text == null ? "" : text.replace("\uFEFF", ""));
        if (records.isEmpty()) {
            throw Problems.invalidField("body", "the file is empty; its first line must name the columns");
        }
        Map<String, Integer> columns = columns(records.get(0));
        if (records.size() - 1 > HrSyncDtos.MAX_ROWS) {
            throw Problems.invalidField("body", "at most " + HrSyncDtos.MAX_ROWS + " rows per import");
        }
        List<HrImportRowResult> results = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<HrImportRowError> errors = new ArrayList<>();
            HrImportRow row = rowOf(records.get(i), columns, errors);
            results.add(importRow(i, row, errors));
        }
        return summarise(results);
    }

    public Page<HrEmployeeRecord> export(UUID departmentId, PageRequest page) {
        String where = departmentId == null ? "1 = 1" : "e.departmentId = :department";
        Parameters params = departmentId == null ? new Parameters() : Parameters.with("department", departmentId);
        var query = Employee.<Employee>find("from Employee e where " + where + " order by "
                + page.orderBy(SORTABLE, "e.createdAt, e.id"), params);
        List<Employee> found = query.page(page.page, page.size).list();
        Map<UUID, String> managerHrIds = hrIdsOf(found.stream().map(e -> e.managerId).filter(id -> id != null).toList());
        return new Page<>(found.stream().map(e -> record(e, e.managerId == null ? null : managerHrIds.get(e.managerId))).toList(),
                page.page, page.size, query.count());
    }

    public String exportCsv(Page<HrEmployeeRecord> page) {
        StringBuilder csv = new StringBuilder(Csv.line(EXPORT_COLUMNS));
        for (HrEmployeeRecord r : page.items()) {
            csv.append(Csv.line(Arrays.asList(r.employeeId(), r.externalHrId(), r.firstName(), r.lastName(),
                    r.workEmail(), r.phone(), r.position(), r.departmentId(), r.managerId(), r.managerExternalHrId(),
                    r.hireDate(), r.weeklyHours(), String.join(";", r.workingDays().stream().map(DayOfWeek::name).toList()),
                    r.status(), r.statusSince(), r.lastWorkingDay())));
        }
        return csv.toString();
    }

    private HrImportRowResult importRow(int number, HrImportRow row, List<HrImportRowError> parseErrors) {
        String hrId = row == null ? null : row.externalHrId();
        if (row == null) {
            return rejected(number, null, List.of(new HrImportRowError("row", "is empty")));
        }
        List<HrImportRowError> errors = new ArrayList<>(parseErrors);
        Set<String> unreadable = parseErrors.stream().map(HrImportRowError::field).collect(Collectors.toSet());
        validator.validate(row).stream()
                .filter(v -> !unreadable.contains(v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new HrImportRowError(v.getPropertyPath().toString(), v.getMessage())));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(HrImportRowError::field));
            return rejected(number, hrId, errors);
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> upsert(number, row));
        } catch (ProblemException problem) {
            List<HrImportRowError> reasons = problem.errors().isEmpty()
                    ? List.of(new HrImportRowError("row", problem.detail()))
                    : problem.errors().stream().map(e -> new HrImportRowError(e.field(), e.message())).toList();
            return rejected(number, hrId, reasons);
        } catch (RuntimeException failure) {
            // Most likely another import created the same HR id or email at the same moment.
            LOG.warnf(failure, "HR import row %d (%s) failed", number, hrId);
            return rejected(number, hrId, List.of(new HrImportRowError("row", "could not be saved; send it again")));
        }
    }

    private HrImportRowResult upsert(int number, HrImportRow row) {
        String hrId = row.externalHrId().trim();
        UUID managerId = null;
        if (row.managerExternalHrId() != null && !row.managerExternalHrId().isBlank()) {
            Employee manager = Employee.findByExternalHrId(row.managerExternalHrId().trim()).orElse(null);
            if (manager == null) {
                throw Problems.invalidField("managerExternalHrId", "no employee has HR id " + row.managerExternalHrId().trim());
            }
            managerId = manager.id;
        }
        EmployeeProfileRequest profile = new EmployeeProfileRequest(row.firstName(), row.lastName(), row.workEmail(),
                row.phone(), row.position(), row.departmentId(), row.hireDate(), row.weeklyHours(), row.workingDays());
        Employee existing = Employee.findByExternalHrId(hrId).orElse(null);
        if (existing == null) {
            return new HrImportRowResult(number, hrId, Outcome.CREATED, employees.register(profile, managerId, hrId, List.of()).id, List.of());
        }
        Outcome outcome = employees.reconcile(existing, profile, managerId) ? Outcome.UPDATED : Outcome.UNCHANGED;
        return new HrImportRowResult(number, hrId, outcome, existing.id, List.of());
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (!IMPORT_COLUMNS.contains(name)) {
                throw Problems.invalidField("header", "unknown column '" + name + "'; the columns are " + IMPORT_COLUMNS);
            }
            columns.put(name, i);
        }
        List<String> missing = IMPORT_COLUMNS.stream().filter(c -> !OPTIONAL_COLUMNS.contains(c) && !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw Problems.invalidField("header", "missing columns " + missing);
        }
        return columns;
    }

    /** A CSV record as a row; a cell that cannot be read leaves its field empty and adds an error. */
    private static HrImportRow rowOf(List<String> record, Map<String, Integer> columns, List<HrImportRowError> errors) {
        Map<String, String> cells = new HashMap<>();
        columns.forEach((name, index) -> {
            String value = index < record.size() ? record.get(index).trim() : "";
            cells.put(name, value.isEmpty() ? null : value);
        });
        return new HrImportRow(cells.get("externalHrId"), cells.get("firstName"), cells.get("lastName"),
                cells.get("workEmail"), cells.get("phone"), cells.get("position"),
                parse(cells, "departmentId", UUID::fromString, errors), cells.get("managerExternalHrId"),
                parse(cells, "hireDate", LocalDate::parse, errors),
                parse(cells, "weeklyHours", BigDecimal::new, errors),
                parse(cells, "workingDays", HrSyncService::days, errors));
    }

    private static <T> T parse(Map<String, String> cells, String column, Function<String, T> reader, List<HrImportRowError> errors) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        try {
            return reader.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new HrImportRowError(column, "cannot read '" + value + "'"));
            return null;
        }
    }

    /** "MONDAY;TUESDAY" (or separated by spaces or "|"). */
    private static Set<DayOfWeek> days(String value) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : value.split("[;| ]+")) {
            days.add(DayOfWeek.valueOf(day.trim().toUpperCase()));
        }
        return days;
    }

    private static Map<UUID, String> hrIdsOf(List<UUID> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> hrIds = new HashMap<>();
        Employee.<Employee>find("id in ?1", employeeIds).list().forEach(e -> hrIds.put(e.id, e.externalHrId));
        return hrIds;
    }

    private static HrEmployeeRecord record(Employee e, String managerHrId) {
        return new HrEmployeeRecord(e.id, e.externalHrId, e.firstName, e.lastName, e.workEmail, e.phone, e.position,
                e.departmentId, e.managerId, managerHrId, e.hireDate, e.weeklyHours,
                WorkingDaysConverter.inWeekOrder(e.workingDays), e.status, e.statusSince, e.lastWorkingDay);
    }

    private static HrImportRowResult rejected(int number, String hrId, List<HrImportRowError> errors) {
        return new HrImportRowResult(number, hrId, Outcome.REJECTED, null, errors);
    }

    private static HrImportResult summarise(List<HrImportRowResult> rows) {
        Map<Outcome, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return new HrImportResult(counts.getOrDefault(Outcome.CREATED, 0), counts.getOrDefault(Outcome.UPDATED, 0),
                counts.getOrDefault(Outcome.UNCHANGED, 0), counts.getOrDefault(Outcome.REJECTED, 0), rows);
    }
}
