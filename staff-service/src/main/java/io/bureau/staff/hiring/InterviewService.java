package io.bureau.staff.hiring;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.staff.access.PeopleAccess;
import io.bureau.staff.employee.Employee;
import io.bureau.staff.hiring.HiringDtos.InterviewRequest;
import io.bureau.staff.hiring.HiringDtos.InterviewView;
import io.bureau.staff.hiring.HiringDtos.ScorecardRating;
import io.bureau.staff.hiring.HiringDtos.ScorecardRequest;
import io.bureau.staff.hiring.HiringDtos.ScorecardSkillAssessment;
import io.bureau.staff.hiring.HiringDtos.ScorecardView;
import io.bureau.staff.skill.SkillCatalogue;

/** Interviews of an application, and the scorecards their interviewers submit. */
@ApplicationScoped
public class InterviewService {

    @Inject
    AuditTrail audit;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    ApplicationService applications;

    @Inject
    OpeningService openings;

    @Inject
    SkillCatalogue catalogue;

    @Transactional
    public InterviewView scheduleInterview(UUID applicationId, InterviewRequest request) {
        JobApplication application = applications.requireManaged(applicationId);
        ApplicationService.requireStage(application, ApplicationStage.INTERVIEW, "scheduling an interview");
        for (UUID interviewer : request.interviewerIds()) {
            if (Employee.findById(interviewer) == null) {
                throw Problems.invalidField("interviewerIds", "employee " + interviewer + " does not exist");
            }
        }
        Interview interview = new Interview();
        interview.id = UUID.randomUUID();
        interview.applicationId = applicationId;
        interview.scheduledAt = request.scheduledAt();
        interview.location = request.location();
        interview.interviewerIds = new HashSet<>(request.interviewerIds());
        interview.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        interview.persist();
        InterviewView view = InterviewView.of(interview, List.of());
        audit.record("job-application.interview-scheduled", ApplicationService.AUDIT_TYPE, applicationId, null, view);
        return view;
    }

    public List<InterviewView> interviews(UUID applicationId) {
        JobApplication application = ApplicationService.require(applicationId);
        openings.requireRead(openings.requireOpening(application.openingId));
        List<Interview> interviews = Interview.ofApplication(applicationId);
        Map<UUID, List<ScorecardView>> scorecards = Scorecard.ofInterviews(interviews.stream().map(i -> i.id).toList()).stream()
                .collect(Collectors.groupingBy(s -> s.interviewId, Collectors.mapping(ScorecardView::of, Collectors.toList())));
        return interviews.stream().map(i -> InterviewView.of(i, scorecards.getOrDefault(i.id, List.of()))).toList();
    }

    /**
     * Each interviewer submits their own scorecard, once, whatever their role: being on the
     * interview is what entitles them. Only an admin submits for someone else (on paper, say).
     */
    @Transactional
    public ScorecardView submitScorecard(UUID interviewId, ScorecardRequest request) {
        Interview interview = Interview.<Interview>findByIdOptional(interviewId)
                .orElseThrow(() -> Problems.notFound("Interview", interviewId));
        if (!access.isAdmin()) {
            if (!caller.employeeId().map(interview.interviewerIds::contains).orElse(false)) {
                throw Problems.forbidden("Only the interviewers of interview " + interviewId + " submit its scorecards");
            }
            if (!caller.isEmployee(request.interviewerId())) {
                throw Problems.forbidden("Interviewers submit their own scorecards");
            }
        }
        if (!interview.interviewerIds.contains(request.interviewerId())) {
            throw Problems.invalidField("interviewerId", "is not an interviewer of interview " + interviewId);
        }
        if (Scorecard.count("interviewId = ?1 and interviewerId = ?2", interviewId, request.interviewerId()) > 0) {
            throw Problems.conflict("Interviewer " + request.interviewerId() + " has already submitted a scorecard");
        }
        Scorecard scorecard = new Scorecard();
        scorecard.id = UUID.randomUUID();
        scorecard.interviewId = interviewId;
        scorecard.interviewerId = request.interviewerId();
        scorecard.recommendation = request.recommendation();
        scorecard.comments = request.comments();
        scorecard.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
        for (ScorecardRating rating : request.ratings()) {
            Scorecard.CriterionRating entry = new Scorecard.CriterionRating();
            entry.criterion = rating.criterion().trim();
            entry.rating = rating.rating();
            scorecard.ratings.add(entry);
        }
        List<ScorecardSkillAssessment> assessed = request.skillAssessments() == null ? List.of() : request.skillAssessments();
        for (int i = 0; i < assessed.size(); i++) {
            catalogue.requireSkillNamedIn("skillAssessments[" + i + "].skillId", assessed.get(i).skillId());
            Scorecard.SkillAssessment entry = new Scorecard.SkillAssessment();
            entry.skillId = assessed.get(i).skillId();
            entry.level = assessed.get(i).level();
            scorecard.skillAssessments.add(entry);
        }
        scorecard.persist();
        ScorecardView view = ScorecardView.of(scorecard);
        audit.record("job-application.scorecard-submitted", ApplicationService.AUDIT_TYPE, interview.applicationId, null, view);
        return view;
    }

}
