package io.bureau.reviews.relations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.reviews.access.PeopleAccess;
import io.bureau.reviews.people.Person;
import io.bureau.reviews.relations.RelationsDtos.RelationsCaseAttendee;
import io.bureau.reviews.relations.RelationsDtos.RelationsCaseCreateRequest;
import io.bureau.reviews.relations.RelationsDtos.RelationsCaseMeetingView;
import io.bureau.reviews.relations.RelationsDtos.RelationsCaseView;
import io.quarkus.panache.common.Parameters;

/**
 * Relations cases. Restricted: a manager of every party (their department's or in their line)
 * opens one; the managers of any party and admins read and work on it. Events carry ids, kind and
 * severity only.
 */
@ApplicationScoped
public class RelationsService {

    static final String AUDIT_TYPE = "relations-case";
    private static final Map<String, String> SORT = Map.of("openedOn", "openedOn", "status", "status", "severity", "severity",
            "kind", "kind");
    private static final TypeReference<List<RelationsCaseAttendee>> ATTENDEES = new TypeReference<>() {
    };

    @Inject
    Clock clock;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public RelationsCaseView open(RelationsCaseCreateRequest request) {
        for (UUID party : request.employeeIds()) {
            if (Person.findById(party) == null) {
                throw Problems.invalidField("employeeIds", "no such employee: " + party);
            }
            access.requireManagePerson(party);
        }
        RelationsCase relations = new RelationsCase();
        relations.id = UUID.randomUUID();
        relations.kind = request.kind();
        relations.severity = request.severity();
        relations.description = request.description();
        relations.customerContact = request.customerContact();
        relations.employeeIds.addAll(request.employeeIds());
        relations.status = RelationsCase.Status.OPEN;
        relations.openedOn = today();
        relations.openedBy = caller.subject();
        relations.persist();
        RelationsCase.flush();
        outbox.publish(RelationsEvents.OPENED, relations.id, new RelationsEvents.CaseOpened(relations.id, relations.kind,
                relations.severity, relations.employeeIds.stream().sorted().toList(), relations.openedOn));
        RelationsCaseView view = view(relations);
        audit.record("relations-case.opened", AUDIT_TYPE, relations.id, null, view);
        return view;
    }

    @Transactional
    public RelationsCaseView investigate(UUID id, String ifMatch) {
        return change(id, ifMatch, "relations-case.investigating", RelationsCase::investigate);
    }

    @Transactional
    public RelationsCaseView meet(UUID id, LocalDate heldOn, List<RelationsCaseAttendee> attendees, String minutes, String ifMatch) {
        return change(id, ifMatch, "relations-case.meeting-held", c -> c.meet(new CaseMeeting(heldOn, write(attendees), minutes)));
    }

    @Transactional
    public RelationsCaseView resolve(UUID id, String resolution, String ifMatch) {
        return change(id, ifMatch, "relations-case.resolved", c -> {
            c.resolve(resolution, today());
            outbox.publish(RelationsEvents.RESOLVED, c.id, new RelationsEvents.CaseResolved(c.id, c.kind, c.severity,
                    c.employeeIds.stream().sorted().toList(), c.resolvedOn));
        });
    }

    @Transactional
    public RelationsCaseView close(UUID id, String reason, String ifMatch) {
        return change(id, ifMatch, "relations-case.closed", c -> c.close(reason, today()));
    }

    @Transactional
    public RelationsCaseView get(UUID id) {
        return view(readable(id));
    }

    /**
     * The cases the caller may see: admins all; an office manager those with a party they manage
     * (their departments' people and the people in their line) and in which they are no party.
     */
    @Transactional
    public Page<RelationsCaseView> list(RelationsCase.Status status, RelationsCase.Kind kind, UUID employeeId, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!access.isAdmin()) {
            Set<UUID> managed = access.managedDepartments();
            List<UUID> reports = access.reports();
            if (managed.isEmpty() && reports.isEmpty()) {
                throw Problems.forbidden("Relations cases are restricted to the managers of their parties");
            }
            where.append(" and id in (select p.id from RelationsCase p join p.employeeIds e, Person who"
                    + " where who.id = e and (who.departmentId in :managed or who.id in :reports))");
            parameters.and("managed", orNone(managed)).and("reports", orNone(reports));
        }
        UUID me = access.callerId();
        if (me != null) {
            where.append(" and :me not member of employeeIds");
            parameters.and("me", me);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (employeeId != null) {
            where.append(" and :employee member of employeeIds");
            parameters.and("employee", employeeId);
        }
        return Pages.of(RelationsCase.find(where + " order by " + page.orderBy(SORT, "openedOn desc, id"), parameters), page,
                this::view);
    }

    private RelationsCaseView change(UUID id, String ifMatch, String action, Consumer<RelationsCase> change) {
        Lookups.requireForUpdate(RelationsCase.class, id);
        RelationsCase relations = readable(id);
        ETags.checkIfMatch(ifMatch, relations.version);
        RelationsCaseView before = view(relations);
        change.accept(relations);
        RelationsCase.flush();
        RelationsCaseView after = view(relations);
        audit.record(action, AUDIT_TYPE, relations.id, before, after);
        return after;
    }

    /** The managers of any party, and admins; never the parties themselves (a manager among them too) nor top managers. */
    private RelationsCase readable(UUID id) {
        RelationsCase relations = Lookups.require(RelationsCase.class, id);
        UUID me = access.callerId();
        if (me != null && relations.employeeIds.contains(me) || relations.employeeIds.stream().noneMatch(access::managesPerson)) {
            throw Problems.forbidden("Case " + id + " is restricted to the managers of its parties");
        }
        return relations;
    }

    private RelationsCaseView view(RelationsCase c) {
        return new RelationsCaseView(c.id, c.kind, c.severity, c.description, c.employeeIds.stream().sorted().toList(),
                c.customerContact, c.status, c.meetings.stream().map(m -> new RelationsCaseMeetingView(m.heldOn, read(m.attendees),
                m.minutes)).toList(), c.resolution, c.openedOn, c.resolvedOn, c.status.allowedNext(), c.version);
    }

    private static Collection<UUID> orNone(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }

    private String write(List<RelationsCaseAttendee> attendees) {
        try {
            return json.writeValueAsString(attendees);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<RelationsCaseAttendee> read(String attendees) {
        try {
            return json.readValue(attendees, ATTENDEES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
