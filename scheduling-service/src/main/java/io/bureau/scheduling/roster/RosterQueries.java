package io.bureau.scheduling.roster;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.problem.Problems;
import io.bureau.scheduling.access.WorkAccess;
import io.bureau.scheduling.roster.RosterDtos.RosterPersonView;
import io.quarkus.panache.common.Parameters;

/** Reads of the roster for screens: a department's people, one person. */
@ApplicationScoped
public class RosterQueries {

    private static final Map<String, String> SORTABLE = Map.of("lastName", "lastName", "firstName", "firstName",
            "status", "status", "position", "position");

    @Inject
    WorkAccess access;

    @Transactional
    public Page<RosterPersonView> department(UUID departmentId, RosterStatus status, PageRequest page) {
        if (!access.readsDepartment(departmentId)) {
            throw Problems.forbidden("You may not read the roster of department " + departmentId);
        }
        String where = "departmentId = :department and profileAsOf is not null" + (status == null ? "" : " and status = :status");
        Parameters parameters = Parameters.with("department", departmentId);
        if (status != null) {
            parameters.and("status", status);
        }
        String order = page.orderBy(SORTABLE, "lastName, firstName, id");
        Page<RosterPerson> people = Pages.of(RosterPerson.find(where + " order by " + order, parameters), page, Function.identity());
        return people.map(viewsOf(people.items()));
    }

    @Transactional
    public RosterPersonView person(UUID id) {
        RosterPerson person = RosterPerson.findById(id);
        if (person == null || !person.hasProfile()) {
            throw Problems.notFound("Roster entry", id);
        }
        if (!access.readsPerson(person.id, person.departmentId)) {
            throw Problems.forbidden("You may not read the roster entry of " + id);
        }
        return viewsOf(List.of(person)).apply(person);
    }

    /** Loads the skills and the absences not yet over of all the people at once, not one person at a time. */
    private static Function<RosterPerson, RosterPersonView> viewsOf(List<RosterPerson> people) {
        List<UUID> ids = people.stream().map(p -> p.id).toList();
        if (ids.isEmpty()) {
            return p -> RosterPersonView.of(p, List.of());
        }
        RosterPerson.find("select distinct p from RosterPerson p left join fetch p.skills where p.id in ?1", ids).list();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<UUID, List<RosterAbsence>> absences = RosterAbsence.<RosterAbsence>list(
                        "personId in ?1 and cancelled = false and lastDay >= ?2", ids, today).stream()
                .collect(Collectors.groupingBy(a -> a.personId));
        return p -> RosterPersonView.of(p, absences.getOrDefault(p.id, List.of()));
    }
}
