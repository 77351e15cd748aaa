package io.bureau.staff.hiring;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.FieldError;
import io.bureau.platform.problem.ProblemException;
import io.bureau.platform.problem.Problems;
import io.bureau.staff.access.PeopleAccess;
import io.bureau.staff.department.DepartmentService;
import io.bureau.staff.hiring.HiringDtos.CandidateRequest;
import io.bureau.staff.hiring.HiringDtos.CandidateView;
import io.bureau.staff.hiring.HiringDtos.JobOpeningRequest;
import io.bureau.staff.hiring.HiringDtos.JobOpeningRequiredSkill;
import io.bureau.staff.hiring.HiringDtos.JobOpeningView;
import io.bureau.staff.skill.SkillService;
import io.quarkus.panache.common.Parameters;

/** Job openings and candidates. Office managers open positions in the departments they manage. */
@ApplicationScoped
public class OpeningService {

    static final String OPENING_AUDIT_TYPE = "job-opening";
    static final String CANDIDATE_AUDIT_TYPE = "candidate";

    @Inject
    AuditTrail audit;

    @Inject
    PeopleAccess access;

    @Inject
    DepartmentService departments;

    @Inject
    SkillService skills;

    @Transactional
    public JobOpeningView open(JobOpeningRequest request) {
        departments.requireExists(request.departmentId(), "departmentId");
        access.requireManageDepartment(request.departmentId());
        JobOpening opening = new JobOpening();
        opening.id = UUID.randomUUID();
        opening.position = request.position().trim();
        opening.departmentId = request.departmentId();
        opening.description = request.description();
        opening.headcount = request.headcount();
        opening.status = JobOpening.Status.OPEN;
        opening.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        List<JobOpeningRequiredSkill> required = request.requiredSkills() == null ? List.of() : request.requiredSkills();
        for (int i = 0; i < required.size(); i++) {
            UUID skillId = required.get(i).skillId();
            skills.requireSkillNamedIn("requiredSkills[" + i + "].skillId", skillId);
            JobOpening.RequiredSkill skill = new JobOpening.RequiredSkill();
            skill.skillId = skillId;
            skill.minLevel = required.get(i).minLevel();
            opening.requiredSkills.add(skill);
        }
        opening.persist();
        JobOpeningView view = view(opening);
        audit.record("job-opening.opened", OPENING_AUDIT_TYPE, opening.id, null, view);
        return view;
    }

    @Transactional
    public JobOpeningView close(UUID id, String ifMatch) {
        JobOpening opening = requireOpening(id);
        access.requireManageDepartment(opening.departmentId);
        ETags.checkIfMatch(ifMatch, opening.version);
        if (opening.status == JobOpening.Status.CLOSED) {
            throw Problems.illegalTransition("Job opening " + id, opening.status, JobOpening.Status.CLOSED, List.of());
        }
        JobOpeningView before = view(opening);
        opening.status = JobOpening.Status.CLOSED;
        JobOpening.flush();
        JobOpeningView after = view(opening);
        audit.record("job-opening.closed", OPENING_AUDIT_TYPE, opening.id, before, after);
        return after;
    }

    public JobOpeningView get(UUID id) {
        JobOpening opening = requireOpening(id);
        requireRead(opening);
        return view(opening);
    }

    public Page<JobOpeningView> list(JobOpening.Status status, UUID departmentId, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!access.readsEveryone()) {
            where.append(" and departmentId in :managed");
            params.and("managed", access.managedDepartments().isEmpty() ? List.of(new UUID(0, 0)) : access.managedDepartments());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (departmentId != null) {
            where.append(" and departmentId = :department");
            params.and("department", departmentId);
        }
        var query = JobOpening.<JobOpening>find(where + " order by " + page.orderBy(Map.of("position", "lower(position)",
                "createdAt", "createdAt"), "createdAt desc, id"), params);
        return new Page<>(query.page(page.page, page.size).list().stream().map(OpeningService::view).toList(),
                page.page, page.size, query.count());
    }

    @Transactional
    public CandidateView addCandidate(CandidateRequest request) {
        if (Candidate.count("lower(email) = ?1", request.email().trim().toLowerCase()) > 0) {
            throw new ProblemException(409, Problems.type("conflict"), "Conflict", "A candidate with this email exists",
                    List.of(new FieldError("email", "is already a candidate's email")), Map.of());
        }
        Candidate candidate = new Candidate();
        candidate.id = UUID.randomUUID();
        candidate.firstName = request.firstName().trim();
        candidate.lastName = request.lastName().trim();
        candidate.email = request.email().trim();
        candidate.phone = request.phone();
        candidate.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        candidate.persist();
        CandidateView view = view(candidate);
        audit.record("candidate.added", CANDIDATE_AUDIT_TYPE, candidate.id, null, view);
        return view;
    }

    public CandidateView getCandidate(UUID id) {
        return view(requireCandidate(id));
    }

    public Page<CandidateView> listCandidates(String text, PageRequest page) {
        String where = "1 = 1";
        Parameters params = new Parameters();
        if (text != null && !text.isBlank()) {
            where = "(lower(firstName) like :text or lower(lastName) like :text or lower(email) like :text)";
            params.and("text", "%" + text.trim().toLowerCase() + "%");
        }
        var query = Candidate.<Candidate>find(where + " order by " + page.orderBy(Map.of("lastName", "lower(lastName)",
                "createdAt", "createdAt"), "lower(lastName), lower(firstName), id"), params);
        return new Page<>(query.page(page.page, page.size).list().stream().map(OpeningService::view).toList(),
                page.page, page.size, query.count());
    }

    JobOpening requireOpening(UUID id) {
        return JobOpening.<JobOpening>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Job opening", id));
    }

    Candidate requireCandidate(UUID id) {
        return Candidate.<Candidate>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Candidate", id));
    }

    /** Top managers and admins read every opening; office managers those of their departments. */
    void requireRead(JobOpening opening) {
        if (!access.readsEveryone()) {
            access.requireManageDepartment(opening.departmentId);
        }
    }

    static JobOpeningView view(JobOpening o) {
        return new JobOpeningView(o.id, o.position, o.departmentId, o.description, o.headcount, o.filled, o.status,
                o.requiredSkills.stream().map(s -> new JobOpeningRequiredSkill(s.skillId, s.minLevel)).toList(), o.version);
    }

    static CandidateView view(Candidate c) {
        return new CandidateView(c.id, c.firstName, c.lastName, c.email, c.phone, c.version);
    }
}
