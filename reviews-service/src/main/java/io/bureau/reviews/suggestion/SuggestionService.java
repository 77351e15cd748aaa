package io.bureau.reviews.suggestion;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.platform.security.Roles;
import io.bureau.reviews.access.PeopleAccess;
import io.bureau.reviews.people.Person;
import io.bureau.reviews.suggestion.SuggestionDtos.SuggestionCommentView;
import io.bureau.reviews.suggestion.SuggestionDtos.SuggestionView;

/**
 * Suggestions: anyone on the staff raises one; the raiser, the managers of their department, top
 * managers and admins see it and comment; the department's managers and admins move it.
 */
@ApplicationScoped
public class SuggestionService {

    static final String AUDIT_TYPE = "suggestion";

    @Inject
    Clock clock;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Transactional
    public SuggestionView raise(String title, String body) {
        Suggestion suggestion = new Suggestion();
        suggestion.id = UUID.randomUUID();
        suggestion.title = title;
        suggestion.body = body;
        suggestion.raisedBy = caller.employeeId().orElse(null);
        suggestion.raisedBySubject = caller.subject();
        Person raiser = suggestion.raisedBy == null ? null : Person.findById(suggestion.raisedBy);
        suggestion.departmentId = raiser == null ? null : raiser.departmentId;
        suggestion.status = Suggestion.Status.PROPOSED;
        suggestion.createdAt = now();
        suggestion.persist();
        Suggestion.flush();
        SuggestionView view = SuggestionView.of(suggestion);
        audit.record("suggestion.raised", AUDIT_TYPE, suggestion.id, null, view);
        return view;
    }

    @Transactional
    public SuggestionView move(UUID id, Suggestion.Status next, String note, String ifMatch) {
        Suggestion suggestion = Lookups.requireForUpdate(Suggestion.class, id);
        if (!access.isAdmin() && (suggestion.departmentId == null || !access.managesDepartment(suggestion.departmentId))) {
            throw Problems.forbidden("Only the managers of the raiser's department and admins review suggestion " + id);
        }
        ETags.checkIfMatch(ifMatch, suggestion.version);
        SuggestionView before = SuggestionView.of(suggestion);
        suggestion.moveTo(next, note);
        Suggestion.flush();
        SuggestionView after = SuggestionView.of(suggestion);
        audit.record("suggestion.moved", AUDIT_TYPE, suggestion.id, before, after);
        return after;
    }

    @Transactional
    public SuggestionCommentView comment(UUID id, String body) {
        Suggestion suggestion = readable(id);
        SuggestionComment comment = new SuggestionComment();
        comment.id = UUID.randomUUID();
        comment.suggestionId = suggestion.id;
        comment.author = caller.subject();
        comment.body = body;
        comment.createdAt = now();
        comment.persist();
        SuggestionCommentView view = SuggestionCommentView.of(comment);
        audit.record("suggestion.commented", AUDIT_TYPE, suggestion.id, null, view);
        return view;
    }

    @Transactional
    public SuggestionView get(UUID id) {
        return SuggestionView.of(readable(id));
    }

    @Transactional
    public Page<SuggestionCommentView> comments(UUID id, PageRequest page) {
        readable(id);
        return Pages.of(SuggestionComment.find("suggestionId = ?1 order by createdAt, id", id), page, SuggestionCommentView::of);
    }

    /** Admins and top managers see every suggestion; others their own and those of the departments they manage. */
    @Transactional
    public Page<SuggestionView> list(Suggestion.Status status, PageRequest page) {
        String order = " order by createdAt desc, id";
        if (caller.hasAnyRole(Roles.ADMIN, Roles.TOP_MANAGER)) {
            return status == null ? Pages.of(Suggestion.find("from Suggestion" + order), page, SuggestionView::of)
                    : Pages.of(Suggestion.find("status = ?1" + order, status), page, SuggestionView::of);
        }
        UUID me = caller.employeeId().orElse(new UUID(0, 0));
        Object managed = access.managedDepartments().isEmpty() ? java.util.List.of(new UUID(0, 0)) : access.managedDepartments();
        return status == null
                ? Pages.of(Suggestion.find("(raisedBy = ?1 or departmentId in ?2)" + order, me, managed), page, SuggestionView::of)
                : Pages.of(Suggestion.find("(raisedBy = ?1 or departmentId in ?2) and status = ?3" + order, me, managed, status),
                        page, SuggestionView::of);
    }

    private Suggestion readable(UUID id) {
        Suggestion suggestion = Lookups.require(Suggestion.class, id);
        boolean sees = caller.hasAnyRole(Roles.ADMIN, Roles.TOP_MANAGER)
                || suggestion.raisedBy != null && access.isCaller(suggestion.raisedBy)
                || suggestion.departmentId != null && access.managesDepartment(suggestion.departmentId);
        if (!sees) {
            throw Problems.forbidden("You may not see suggestion " + id);
        }
        return suggestion;
    }
}
