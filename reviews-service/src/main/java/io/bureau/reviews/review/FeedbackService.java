package io.bureau.reviews.review;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.reviews.access.PeopleAccess;
import io.bureau.reviews.people.Person;
import io.bureau.platform.problem.Problems;
import io.bureau.reviews.review.ReviewDtos.FeedbackNoteRequest;
import io.bureau.reviews.review.ReviewDtos.FeedbackNoteView;

/** Continuous feedback: a manager's notes on someone's work between cycles. */
@ApplicationScoped
public class FeedbackService {

    @Inject
    Clock clock;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Transactional
    public FeedbackNoteView write(FeedbackNoteRequest request) {
        if (Person.findById(request.employeeId()) == null) {
            throw Problems.invalidField("employeeId", "no such employee: " + request.employeeId());
        }
        access.requireManagePerson(request.employeeId());
        FeedbackNote note = FeedbackNote.write(request.employeeId(), caller.employeeId().orElse(null), caller.subject(),
                request.body(), OffsetDateTime.now(clock));
        note.persist();
        FeedbackNoteView view = FeedbackNoteView.of(note);
        audit.record("feedback-note.written", "feedback-note", note.id, null, view);
        return view;
    }
}
