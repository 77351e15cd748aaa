package io.bureau.reviews.training;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.problem.Problems;
import io.bureau.reviews.access.PeopleAccess;
import io.bureau.reviews.training.TrainingDtos.EnrolmentView;
import io.bureau.reviews.training.TrainingDtos.TrainingCourseCreateRequest;
import io.bureau.reviews.training.TrainingDtos.TrainingCourseView;
import io.bureau.reviews.training.TrainingDtos.TrainingSessionCreateRequest;
import io.bureau.reviews.training.TrainingDtos.TrainingSessionView;

/** The catalogue (courses and their sessions) and reads of enrolments. */
@ApplicationScoped
public class CourseService {

    @Inject
    AuditTrail audit;

    @Inject
    PeopleAccess access;

    @Transactional
    public TrainingCourseView create(TrainingCourseCreateRequest request) {
        if (Course.count("title", request.title().strip()) > 0) {
            throw Problems.conflictOn("title", "A course titled '" + request.title().strip() + "' exists");
        }
        Course course = new Course();
        course.id = UUID.randomUUID();
        course.title = request.title().strip();
        course.kind = request.kind();
        course.provider = request.provider();
        course.durationHours = request.durationHours();
        course.costAmount = request.cost().amount();
        course.costCurrency = request.cost().currency();
        if (request.skillsGranted() != null) {
            request.skillsGranted().forEach(s -> course.skillsGranted.add(new CourseSkill(s.skillId(), s.name(), s.level())));
        }
        course.persist();
        Course.flush();
        TrainingCourseView view = TrainingCourseView.of(course);
        audit.record("training-course.created", "training-course", course.id, null, view);
        return view;
    }

    @Transactional
    public TrainingSessionView schedule(TrainingSessionCreateRequest request) {
        if (Course.findById(request.courseId()) == null) {
            throw Problems.invalidField("courseId", "no such course: " + request.courseId());
        }
        if (request.endDate().isBefore(request.startDate())) {
            throw Problems.invalidField("endDate", "must not be before startDate");
        }
        TrainingSession session = new TrainingSession();
        session.id = UUID.randomUUID();
        session.courseId = request.courseId();
        session.startDate = request.startDate();
        session.endDate = request.endDate();
        session.place = request.place();
        session.trainer = request.trainer();
        session.capacity = request.capacity();
        session.persist();
        TrainingSession.flush();
        TrainingSessionView view = TrainingSessionView.of(session, 0);
        audit.record("training-session.scheduled", "training-session", session.id, null, view);
        return view;
    }

    @Transactional
    public Page<TrainingCourseView> courses(PageRequest page) {
        return Pages.of(Course.find("order by title, id"), page, TrainingCourseView::of);
    }

    @Transactional
    public TrainingCourseView course(UUID id) {
        return TrainingCourseView.of(Lookups.require(Course.class, id));
    }

    @Transactional
    public Page<TrainingSessionView> sessions(UUID courseId, PageRequest page) {
        return Pages.of(TrainingSession.<TrainingSession>find("courseId = ?1 order by startDate, id", courseId), page,
                (TrainingSession s) -> TrainingSessionView.of(s, s.seatsTaken()));
    }

    @Transactional
    public TrainingSessionView session(UUID id) {
        TrainingSession session = Lookups.require(TrainingSession.class, id);
        return TrainingSessionView.of(session, session.seatsTaken());
    }

    @Transactional
    public EnrolmentView enrolment(UUID id) {
        Enrolment enrolment = Lookups.require(Enrolment.class, id);
        access.requireReadRecordsOf(enrolment.employeeId);
        return EnrolmentView.of(enrolment);
    }

    @Transactional
    public Page<EnrolmentView> enrolments(UUID employeeId, PageRequest page) {
        access.requireReadRecordsOf(employeeId);
        return Pages.of(Enrolment.find("employeeId = ?1 order by requestedAt desc, id", employeeId), page, EnrolmentView::of);
    }
}
