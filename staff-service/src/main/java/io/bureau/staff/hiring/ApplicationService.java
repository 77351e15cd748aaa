package io.bureau.staff.hiring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.Problems;
import io.bureau.staff.access.PeopleAccess;
import io.bureau.staff.hiring.HiringDtos.JobApplicationRequest;
import io.bureau.staff.hiring.HiringDtos.JobApplicationStageRequest;
import io.bureau.staff.hiring.HiringDtos.JobApplicationView;

/**
 * Applications through their stages (interviews and scorecards are {@link InterviewService}'s,
 * offers {@link OfferService}'s). Everything is done by someone who manages the opening's
 * department; each change is audited on the application.
 */
@ApplicationScoped
public class ApplicationService {

    static final String AUDIT_TYPE = "job-application";

    @Inject
    AuditTrail audit;

    @Inject
    PeopleAccess access;

    @Inject
    OpeningService openings;

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
        JobApplicationView view = JobApplicationView.of(application);
        audit.record("job-application.received", AUDIT_TYPE, application.id, null, view);
        return view;
    }

    public JobApplicationView get(UUID id) {
        JobApplication application = require(id);
        openings.requireRead(openings.requireOpening(application.openingId));
        return JobApplicationView.of(application);
    }

    public Page<JobApplicationView> listForOpening(UUID openingId, ApplicationStage stage, PageRequest page) {
        openings.requireRead(openings.requireOpening(openingId));
        String order = " order by " + page.orderBy(Map.of("createdAt", "createdAt", "stage", "stage"), "createdAt, id");
        var query = stage == null
                ? JobApplication.<JobApplication>find("openingId = ?1" + order, openingId)
                : JobApplication.<JobApplication>find("openingId = ?1 and stage = ?2" + order, openingId, stage);
        return Pages.of(query, page, JobApplicationView::of);
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
        JobApplicationView before = JobApplicationView.of(application);
        moveTo(application, request.stage(), request.reason());
        JobApplicationView after = JobApplicationView.of(application);
        audit.record("job-application.stage-changed", AUDIT_TYPE, application.id, before, after);
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

    static JobApplication require(UUID id) {
        return JobApplication.<JobApplication>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Application", id));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
