package io.bureau.staff.personnelfile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.staff.access.PeopleAccess;
import io.bureau.staff.employee.Employee;
import io.bureau.staff.employee.EmployeeService;
import io.bureau.staff.personnelfile.PersonnelFileDtos.PersonnelFileEntryRequest;
import io.bureau.staff.personnelfile.PersonnelFileDtos.PersonnelFileEntryView;
import io.quarkus.panache.common.Parameters;

/**
 * The append-only personnel file. Restricted entries are filtered out for everyone outside the
 * person's manager chain and the admins: to them such entries do not exist, not even as a 403.
 * Nothing here is published: file content never leaves the service.
 */
@ApplicationScoped
public class PersonnelFileService {

    private static final Map<String, String> SORTABLE = Map.of("occurredOn", "occurredOn", "kind", "kind");

    @Inject
    AuditTrail audit;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    EmployeeService employees;

    @Transactional
    public PersonnelFileEntryView append(UUID employeeId, PersonnelFileEntryRequest request) {
        Employee employee = employees.require(employeeId);
        access.requireManage(employee.id, employee.departmentId);
        boolean restricted = request.restricted() || request.kind().alwaysRestricted();
        if (request.correctsEntryId() != null) {
            PersonnelFileEntry corrected = PersonnelFileEntry.<PersonnelFileEntry>find("id = ?1 and employeeId = ?2",
                    request.correctsEntryId(), employeeId).firstResult();
            if (corrected == null || (corrected.restricted && !access.canReadRestricted(employeeId))) {
                throw Problems.invalidField("correctsEntryId", "names no entry of this file");
            }
            // A correction of a restricted entry would otherwise reveal what it corrects.
            restricted = restricted || corrected.restricted;
        }
        PersonnelFileEntry entry = newEntry(employeeId, request.kind(), request.title().trim(), request.body(),
                request.occurredOn(), restricted);
        entry.correctsEntryId = request.correctsEntryId();
        entry.recordedBy = caller.subject();
        entry.persist();
        PersonnelFileEntryView view = view(entry, List.of());
        audit.record("personnel-file.entry-added", EmployeeService.AUDIT_TYPE, employeeId, null, view);
        return view;
    }

    /**
     * An entry the service itself writes, for another context's event or the demo office: who
     * recorded it is named in the entry, and an event id makes a second copy impossible.
     */
    public record RecordedEntry(UUID employeeId, PersonnelFileEntryKind kind, String title, String body, LocalDate occurredOn,
                                boolean restricted, String recordedBy, String sourceEventId) {

        /** An entry made by another context's event. */
        public static RecordedEntry fromEvent(UUID employeeId, PersonnelFileEntryKind kind, String title, String body,
                                              LocalDate occurredOn, boolean restricted, IncomingEvent event) {
            return new RecordedEntry(employeeId, kind, title, body, occurredOn, restricted, "event:" + event.type(), event.id());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(RecordedEntry recorded) {
        PersonnelFileEntry entry = newEntry(recorded.employeeId(), recorded.kind(), recorded.title(), recorded.body(),
                recorded.occurredOn(), recorded.restricted() || recorded.kind().alwaysRestricted());
        entry.sourceEventId = recorded.sourceEventId();
        entry.recordedBy = recorded.recordedBy();
        entry.persist();
        audit.record("personnel-file.entry-added", EmployeeService.AUDIT_TYPE, recorded.employeeId(), null, view(entry, List.of()));
    }

    public Page<PersonnelFileEntryView> list(UUID employeeId, PersonnelFileEntryKind kind, PageRequest page) {
        Employee employee = employees.require(employeeId);
        access.requireRead(employee.id, employee.departmentId);
        boolean seesRestricted = access.canReadRestricted(employeeId);
        StringBuilder where = new StringBuilder("employeeId = :employee");
        Parameters params = Parameters.with("employee", employeeId);
        if (!seesRestricted) {
            where.append(" and restricted = false");
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        var query = PersonnelFileEntry.<PersonnelFileEntry>find(where + " order by "
                + page.orderBy(SORTABLE, "occurredOn desc, recordedAt desc, id"), params);
        List<PersonnelFileEntry> entries = query.page(page.page, page.size).list();
        Map<UUID, List<UUID>> corrections = correctionsOf(entries.stream().map(e -> e.id).collect(Collectors.toSet()), seesRestricted);
        return new Page<>(entries.stream().map(e -> view(e, corrections.getOrDefault(e.id, List.of()))).toList(),
                page.page, page.size, query.count());
    }

    public PersonnelFileEntryView get(UUID employeeId, UUID entryId) {
        Employee employee = employees.require(employeeId);
        access.requireRead(employee.id, employee.departmentId);
        boolean seesRestricted = access.canReadRestricted(employeeId);
        PersonnelFileEntry entry = PersonnelFileEntry.<PersonnelFileEntry>find("id = ?1 and employeeId = ?2", entryId, employeeId)
                .firstResultOptional()
                .filter(e -> seesRestricted || !e.restricted)
                .orElseThrow(() -> Problems.notFound("Personnel file entry", entryId));
        return view(entry, correctionsOf(Set.of(entry.id), seesRestricted).getOrDefault(entry.id, List.of()));
    }

    private static Map<UUID, List<UUID>> correctionsOf(Set<UUID> entryIds, boolean seesRestricted) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return PersonnelFileEntry.<PersonnelFileEntry>find("correctsEntryId in ?1" + (seesRestricted ? "" : " and restricted = false")
                        + " order by recordedAt", entryIds)
                .list().stream()
                .collect(Collectors.groupingBy(e -> e.correctsEntryId, Collectors.mapping(e -> e.id, Collectors.toList())));
    }

    private static PersonnelFileEntry newEntry(UUID employeeId, PersonnelFileEntryKind kind, String title, String body,
                                               LocalDate occurredOn, boolean restricted) {
        PersonnelFileEntry entry = new PersonnelFileEntry();
        entry.id = UUID.randomUUID();
        entry.employeeId = employeeId;
        entry.kind = kind;
        entry.title = title;
        entry.body = body;
        entry.occurredOn = occurredOn;
        entry.restricted = restricted;
        entry.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return entry;
    }

    private static PersonnelFileEntryView view(PersonnelFileEntry e, List<UUID> correctedBy) {
        return new PersonnelFileEntryView(e.id, e.employeeId, e.kind, e.title, e.body, e.occurredOn, e.restricted,
                e.correctsEntryId, correctedBy, e.recordedBy, e.recordedAt);
    }
}
