package io.bureau.staff.hiring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.problem.Problems;
import io.bureau.staff.employee.Employee;
import io.bureau.staff.employee.EmployeeDtos.EmployeeProfileRequest;
import io.bureau.staff.employee.EmployeeDtos.EmployeeView;
import io.bureau.staff.employee.EmployeeEvents.HiredSkill;
import io.bureau.staff.employee.EmployeeService;
import io.bureau.staff.hiring.HiringDtos.HireRequest;
import io.bureau.staff.hiring.HiringDtos.HireResult;
import io.bureau.staff.hiring.HiringDtos.JobApplicationView;
import io.bureau.staff.onboarding.OnboardingService;
import io.bureau.staff.skill.SkillCatalogue;
import io.bureau.staff.skill.SkillService;
import io.bureau.staff.skill.SkillService.SkillGrant;
import io.bureau.staff.skill.SkillSource;

/**
 * The hire: in one transaction the candidate with an accepted offer becomes an employee holding
 * the skills the interviews assessed, the application is hired, and the opening closes once its
 * headcount is filled, and the new hire's onboarding plan starts when a template is named. If
 * any part fails, none of it happened.
 */
@ApplicationScoped
public class HireService {

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    ApplicationService applications;

    @Inject
    OpeningService openings;

    @Inject
    EmployeeService employees;

    @Inject
    SkillService skills;

    @Inject
    SkillCatalogue catalogue;

    @Inject
    OnboardingService onboarding;

    @Transactional
    public HireResult hire(UUID applicationId, HireRequest request, String ifMatch) {
        JobApplication application = applications.requireManaged(applicationId);
        ETags.checkIfMatch(ifMatch, application.version);
        ApplicationService.requireStage(application, ApplicationStage.OFFER, "hiring");
        JobOffer offer = JobOffer.<JobOffer>find("applicationId = ?1 and status = ?2", applicationId, JobOffer.Status.ACCEPTED)
                .firstResultOptional()
                .orElseThrow(() -> Problems.conflict("Application " + applicationId + " has no accepted offer"));
        JobOpening opening = openings.requireOpening(application.openingId);
        Candidate candidate = openings.requireCandidate(application.candidateId);

        employees.requireMayNameManager(null, opening.departmentId, request.managerId());
        List<Scorecard> scorecards = scorecardsOf(applicationId);
        List<SkillGrant> assessed = assessedSkills(scorecards);
        Employee employee = employees.register(new EmployeeProfileRequest(candidate.firstName, candidate.lastName,
                request.workEmail(), candidate.phone, offer.position, opening.departmentId, offer.startDate,
                request.weeklyHours(), request.workingDays()), request.managerId(), null,
                assessed.stream().map(g -> new HiredSkill(g.skill().id, g.skill().name, g.level())).toList());
        skills.raise(employee.id, assessed, SkillSource.VERIFIED,
                "assessed in the interviews of application " + applicationId,
                scorecards.stream().map(s -> s.interviewerId.toString()).distinct().sorted().collect(Collectors.joining(",")));

        var applicationBefore = JobApplicationView.of(application);
        applications.moveTo(application, ApplicationStage.HIRED, null);
        application.hiredEmployeeId = employee.id;
        JobApplication.flush();
        audit.record("job-application.hired", ApplicationService.AUDIT_TYPE, application.id, applicationBefore,
                JobApplicationView.of(application));

        var openingBefore = OpeningService.view(opening);
        boolean closed = opening.fillOne();
        JobOpening.flush();
        if (closed) {
            outbox.publish(HiringEvents.OPENING_CLOSED, opening.id, HiringEvents.JobOpeningClosed.of(opening));
        }
        audit.record(closed ? "job-opening.filled" : "job-opening.position-filled",
                OpeningService.OPENING_AUDIT_TYPE, opening.id, openingBefore, OpeningService.view(opening));

        UUID planId = request.onboardingTemplateId() == null ? null
                : onboarding.instantiate(employee, request.onboardingTemplateId(), "onboardingTemplateId").id();
        return new HireResult(EmployeeView.of(employee), skills.skillsOf(employee.id), JobApplicationView.of(application),
                OpeningService.view(opening), planId);
    }

    private static List<Scorecard> scorecardsOf(UUID applicationId) {
        return Scorecard.<Scorecard>find("interviewId in (select i.id from Interview i where i.applicationId = ?1)"
                + " order by submittedAt", applicationId).list();
    }

    /** Each skill the interviewers assessed, at the average of their levels (halves round up). */
    private List<SkillGrant> assessedSkills(List<Scorecard> scorecards) {
        Map<UUID, List<Integer>> levels = new TreeMap<>();
        for (Scorecard scorecard : scorecards) {
            for (Scorecard.SkillAssessment assessment : scorecard.skillAssessments) {
                levels.computeIfAbsent(assessment.skillId, id -> new ArrayList<>()).add(assessment.level);
            }
        }
        List<SkillGrant> grants = new ArrayList<>();
        levels.forEach((skillId, assessed) -> {
            BigDecimal sum = BigDecimal.valueOf(assessed.stream().mapToInt(Integer::intValue).sum());
            int average = sum.divide(BigDecimal.valueOf(assessed.size()), 0, RoundingMode.HALF_UP).intValue();
            grants.add(new SkillGrant(catalogue.requireSkill(skillId), average));
        });
        return grants;
    }
}
