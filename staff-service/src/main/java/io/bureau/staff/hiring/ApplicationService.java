package io.bureau.staff.hiring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.staff.access.PeopleAccess;
import io.bureau.staff.employee.Employee;
import io.bureau.staff.hiring.HiringDtos.InterviewRequest;
import io.bureau.staff.hiring.HiringDtos.InterviewView;
import io.bureau.staff.hiring.HiringDtos.JobApplicationRequest;
import io.bureau.staff.hiring.HiringDtos.JobApplicationStageRequest;
import io.bureau.staff.hiring.HiringDtos.JobApplicationView;
import io.bureau.staff.hiring.HiringDtos.JobOfferDeclineRequest;
import io.bureau.staff.hiring.HiringDtos.JobOfferRequest;
import io.bureau.staff.hiring.HiringDtos.JobOfferView;
import io.bureau.staff.hiring.HiringDtos.ScorecardRating;
import io.bureau.staff.hiring.HiringDtos.ScorecardRequest;
import io.bureau.staff.hiring.HiringDtos.ScorecardSkillAssessment;
import io.bureau.staff.hiring.HiringDtos.ScorecardView;
import io.bureau.staff.skill.SkillService;

/**
 * Applications through their stages, with their interviews, scorecards and offers. Everything is
 * done by someone who manages the opening's department; each change is audited on the application.
 */
@ApplicationScoped
public class ApplicationService {

    static final String AUDIT_TYPE = "job-application";

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    OpeningService openings;

    @Inject
    SkillService skills;

    @Transactional
    public JobApplicationView apply(JobApplicationRequest request) {
        JobOpening opening = JobOpening.findById(request.openingId());
        if (opening == null) {
            throw Problems.invalidField("openingId", "job opening " + request.openingId() + " does not exist");
        }
        access.requireManageDepartment(opening.departmentId);
        if (Candidate.findById(request.candidateId()) == null) {
            throw Problems.invalidField("candidateId", "candidate " + request.candidateId() + " does not exist");
        }
        if (opening.status != JobOpening.Status.OPEN) {
            throw Problems.conflict("Job opening " + opening.id + " is closed");
        }
        if (JobApplication.count("candidateId = ?1 and openingId = ?2", request.candidateId(), request.openingId()) > 0) {
            throw Problems.conflict("Candidate " + request.candidateId() + " has already applied to this opening");
        }
        JobApplication application = new JobApplication();
        application.id = UUID.randomUUID();
        application.candidateId = request.candidateId();
        application.openingId = request.openingId();
        application.stage = ApplicationStage.APPLIED;
        application.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        application.stageChangedAt = application.createdAt;
        application.persist();
        JobApplicationView view = view(application);
        audit.record("job-application.received", AUDIT_TYPE, application.id, null, view);
        return view;
    }

    public JobApplicationView get(UUID id) {
        JobApplication application = require(id);
        openings.requireRead(openings.requireOpening(application.openingId));
        return view(application);
    }

    public Page<JobApplicationView> listForOpening(UUID openingId, ApplicationStage stage, PageRequest page) {
        openings.requireRead(openings.requireOpening(openingId));
        String order = " order by " + page.orderBy(Map.of("createdAt", "createdAt", "stage", "stage"), "createdAt, id");
        var query = stage == null
                ? JobApplication.<JobApplication>find("openingId = ?1" + order, openingId)
                : JobApplication.<JobApplication>find("openingId = ?1 and stage = ?2" + order, openingId, stage);
        return new Page<>(query.page(page.page, page.size).list().stream().map(ApplicationService::view).toList(),
                page.page, page.size, query.count());
    }

    /** Moves to the next stage; an illegal move is a 409 listing the moves allowed. */
    @Transactional
    public JobApplicationView moveStage(UUID id, JobApplicationStageRequest request, String ifMatch) {
        JobApplication application = requireManaged(id);
        ETags.checkIfMatch(ifMatch, application.version);
        if (request.stage() == ApplicationStage.HIRED) {
            throw Problems.invalidField("stage", "an application is hired through POST /api/v1/applications/{id}/hire");
        }
        if (!application.stage.allowedNext().contains(request.stage())) {
            throw Problems.illegalTransition("Application " + id, application.stage, request.stage(), application.stage.allowedNext());
        }
        if (request.stage().needsReason() && (request.reason() == null || request.reason().isBlank())) {
            throw Problems.invalidField("reason", "is required to move to " + request.stage());
        }
        JobApplicationView before = view(application);
        moveTo(application, request.stage(), request.reason());
        JobApplicationView after = view(application);
        audit.record("job-application.stage-changed", AUDIT_TYPE, application.id, before, after);
        return after;
    }

    @Transactional
    public InterviewView scheduleInterview(UUID applicationId, InterviewRequest request) {
        JobApplication application = requireManaged(applicationId);
        requireStage(application, ApplicationStage.INTERVIEW, "scheduling an interview");
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
        InterviewView view = view(interview);
        audit.record("job-application.interview-scheduled", AUDIT_TYPE, applicationId, null, view);
        return view;
    }

    public List<InterviewView> interviews(UUID applicationId) {
        JobApplication application = require(applicationId);
        openings.requireRead(openings.requireOpening(application.openingId));
        return Interview.<Interview>find("applicationId = ?1 order by scheduledAt, id", applicationId).list().stream()
                .map(ApplicationService::view).toList();
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
            skills.requireSkillNamedIn("skillAssessments[" + i + "].skillId", assessed.get(i).skillId());
            Scorecard.SkillAssessment entry = new Scorecard.SkillAssessment();
            entry.skillId = assessed.get(i).skillId();
            entry.level = assessed.get(i).level();
            scorecard.skillAssessments.add(entry);
        }
        scorecard.persist();
        ScorecardView view = view(scorecard);
        audit.record("job-application.scorecard-submitted", AUDIT_TYPE, interview.applicationId, null, view);
        return view;
    }

    @Transactional
    public JobOfferView makeOffer(UUID applicationId, JobOfferRequest request) {
        JobApplication application = requireManaged(applicationId);
        requireStage(application, ApplicationStage.OFFER, "making an offer");
        if (request.expiresOn().isBefore(today())) {
            throw Problems.invalidField("expiresOn", "must not be in the past");
        }
        boolean pending = JobOffer.<JobOffer>find("applicationId = ?1", applicationId).list().stream()
                .anyMatch(o -> o.statusOn(today()) == JobOffer.Status.EXTENDED || o.status == JobOffer.Status.ACCEPTED);
        if (pending) {
            throw Problems.conflict("Application " + applicationId + " has an offer extended or accepted already");
        }
        JobOffer offer = new JobOffer();
        offer.id = UUID.randomUUID();
        offer.applicationId = applicationId;
        offer.position = request.position().trim();
        offer.startDate = request.startDate();
        offer.terms = request.terms();
        offer.expiresOn = request.expiresOn();
        offer.status = JobOffer.Status.EXTENDED;
        offer.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        offer.persist();
        JobOfferView view = view(offer);
        audit.record("job-application.offer-extended", AUDIT_TYPE, applicationId, null, view);
        return view;
    }

    public List<JobOfferView> offers(UUID applicationId) {
        JobApplication application = require(applicationId);
        openings.requireRead(openings.requireOpening(application.openingId));
        return JobOffer.<JobOffer>find("applicationId = ?1 order by createdAt", applicationId).list().stream()
                .map(ApplicationService::view).toList();
    }

    public JobOfferView getOffer(UUID offerId) {
        JobOffer offer = requireOffer(offerId);
        get(offer.applicationId);
        return view(offer);
    }

    /** Records the candidate's yes; past its expiry date an offer can no longer be accepted. */
    @Transactional
    public JobOfferView accept(UUID offerId, String ifMatch) {
        return decide(offerId, JobOffer.Status.ACCEPTED, null, ifMatch);
    }

    @Transactional
    public JobOfferView decline(UUID offerId, JobOfferDeclineRequest request, String ifMatch) {
        return decide(offerId, JobOffer.Status.DECLINED, request == null ? null : request.reason(), ifMatch);
    }

    private JobOfferView decide(UUID offerId, JobOffer.Status decision, String reason, String ifMatch) {
        JobOffer offer = requireOffer(offerId);
        JobApplication application = requireManaged(offer.applicationId);
        ETags.checkIfMatch(ifMatch, offer.version);
        JobOffer.Status current = offer.statusOn(today());
        if (current != JobOffer.Status.EXTENDED) {
            throw Problems.illegalTransition("Offer " + offerId, current, decision, List.of());
        }
        JobOfferView before = view(offer);
        offer.status = decision;
        offer.decisionReason = reason;
        offer.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        JobOffer.flush();
        JobOfferView after = view(offer);
        if (decision == JobOffer.Status.ACCEPTED) {
            JobOpening opening = openings.requireOpening(application.openingId);
            outbox.publish(HiringEvents.OFFER_ACCEPTED, application.id, new HiringEvents.JobOfferAccepted(application.id,
                    offer.id, opening.id, opening.departmentId, offer.position, offer.startDate));
        }
        audit.record("job-application.offer-" + decision.name().toLowerCase(), AUDIT_TYPE, offer.applicationId, before, after);
        return after;
    }

    void moveTo(JobApplication application, ApplicationStage stage, String reason) {
        application.stage = stage;
        application.stageReason = reason;
        application.stageChangedAt = OffsetDateTime.now(ZoneOffset.UTC);
        JobApplication.flush();
    }

    JobApplication requireManaged(UUID applicationId) {
        JobApplication application = require(applicationId);
        access.requireManageDepartment(openings.requireOpening(application.openingId).departmentId);
        return application;
    }

    static void requireStage(JobApplication application, ApplicationStage stage, String what) {
        if (application.stage != stage) {
            throw Problems.conflict("Application " + application.id + " is at stage " + application.stage
                    + "; " + what + " needs stage " + stage);
        }
    }

    private static JobApplication require(UUID id) {
        return JobApplication.<JobApplication>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Application", id));
    }

    private static JobOffer requireOffer(UUID id) {
        return JobOffer.<JobOffer>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Offer", id));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static JobApplicationView view(JobApplication a) {
        return new JobApplicationView(a.id, a.candidateId, a.openingId, a.stage, a.stageReason, a.stageChangedAt,
                a.hiredEmployeeId, a.stage.allowedNext(), a.version);
    }

    static InterviewView view(Interview i) {
        List<ScorecardView> scorecards = Scorecard.<Scorecard>find("interviewId = ?1 order by submittedAt", i.id).list().stream()
                .map(ApplicationService::view).toList();
        return new InterviewView(i.id, i.applicationId, i.scheduledAt, i.location, Set.copyOf(i.interviewerIds), scorecards,
                i.version);
    }

    static ScorecardView view(Scorecard s) {
        return new ScorecardView(s.id, s.interviewerId, s.recommendation, s.comments,
                s.ratings.stream().map(r -> new ScorecardRating(r.criterion, r.rating)).toList(),
                s.skillAssessments.stream().map(a -> new ScorecardSkillAssessment(a.skillId, a.level)).toList(),
                s.submittedAt);
    }

    static JobOfferView view(JobOffer o) {
        return new JobOfferView(o.id, o.applicationId, o.position, o.startDate, o.terms, o.expiresOn,
                o.statusOn(today()), o.decisionReason, o.decidedAt, o.version);
    }
}
