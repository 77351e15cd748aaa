package io.bureau.staff.hiring;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.paging.Page;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.problem.Problems;
import io.bureau.staff.access.PeopleAccess;
import io.bureau.staff.department.DepartmentService;
import io.bureau.staff.hiring.HiringDtos.CandidateRequest;
import io.bureau.staff.hiring.HiringDtos.CandidateView;
import io.bureau.staff.hiring.HiringDtos.JobOpeningRequest;
import io.bureau.staff.hiring.HiringDtos.JobOpeningRequiredSkill;
import io.bureau.staff.hiring.HiringDtos.JobOpeningView;
import io.bureau.staff.skill.SkillCatalogue;
import io.quarkus.panache.common.Parameters;

/** Job openings and candidates. Office managers open positions in the departments they manage. */
@ApplicationScoped
public class OpeningService {

    static final String OPENING_AUDIT_TYPE = "job-opening";
    static final String CANDIDATE_AUDIT_TYPE = "candidate";

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    PeopleAccess access;

    @Inject
    DepartmentService departments;

    @Inject
    SkillCatalogue catalogue;

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
            catalogue.requireSkillNamedIn("requiredSkills[" + i + "].skillId", skillId);
            JobOpening.RequiredSkill skill = new JobOpening.RequiredSkill();
            skill.skillId = skillId;
            skill.minLevel = required.get(i).minLevel();
            opening.requiredSkills.add(skill);
        }
        opening.persist();
        JobOpeningView view = view(opening);
        outbox.publish(HiringEvents.OPENING_OPENED, opening.id, HiringEvents.JobOpeningOpened.of(opening));
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
        outbox.publish(HiringEvents.OPENING_CLOSED, opening.id, HiringEvents.JobOpeningClosed.of(opening));
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
        return Pages.of(query, page, OpeningService::view);
    }

    @Transactional
    public CandidateView addCandidate(CandidateRequest request) {
        if (Candidate.count("lower(email) = ?1", request.email().trim().toLowerCase()) > 0) {
            throw Problems.conflictOn("email", "A candidate with this email exists");
        }
        Candidate candidate = new Candidate();
        candidate.id = UUID.randomUUID();
        candidate.firstName = request.firstName().trim();
        candidate.lastName = request.lastName().trim();
        candidate.email = request.email().trim();
        candidate.phone = request.phone();
        candidate.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        candidate.persist();
        // The caller has just given the contact data, so it is theirs to see in the answer.
        CandidateView view = view(candidate, true);
        audit.record("candidate.added", CANDIDATE_AUDIT_TYPE, candidate.id, null, view);
        return view;
    }

    public CandidateView getCandidate(UUID id) {
        Candidate candidate = requireCandidate(id);
        return view(candidate, withVisibleContact(List.of(id)).contains(id));
    }

    /** Matches names, and the email of candidates whose contact data the caller may see. */
    public Page<CandidateView> listCandidates(String text, PageRequest page) {
        String where = "1 = 1";
        Parameters params = new Parameters();
        if (text != null && !text.isBlank()) {
            String emailVisible = access.isAdmin() ? "1 = 1" : "c.id in (select a.candidateId from JobApplication a, JobOpening o"
                    + " where o.id = a.openingId and o.departmentId in :managed)";
            where = "(lower(c.firstName) like :text or lower(c.lastName) like :text or (lower(c.email) like :text and "
                    + emailVisible + "))";
            params.and("text", "%" + text.trim().toLowerCase() + "%");
            if (!access.isAdmin()) {
                params.and("managed", access.managedDepartments().isEmpty() ? List.of(new UUID(0, 0)) : access.managedDepartments());
            }
        }
        var query = Candidate.<Candidate>find("from Candidate c where " + where + " order by " + page.orderBy(
                Map.of("lastName", "lower(c.lastName)", "createdAt", "c.createdAt"), "lower(c.lastName), lower(c.firstName), c.id"),
                params);
        List<Candidate> found = query.page(page.page, page.size).list();
        Set<UUID> visible = withVisibleContact(found.stream().map(c -> c.id).toList());
        return new Page<>(found.stream().map(c -> view(c, visible.contains(c.id))).toList(), page.page, page.size, query.count());
    }

    /**
     * The candidates (of those given) whose contact data the caller may see: admins see every
     * candidate's; anyone else only of candidates who applied to an opening of a department they manage.
     */
    private Set<UUID> withVisibleContact(List<UUID> candidateIds) {
        if (access.isAdmin()) {
            return Set.copyOf(candidateIds);
        }
        if (candidateIds.isEmpty() || access.managedDepartments().isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(JobApplication.getEntityManager().createQuery("""
                        select distinct a.candidateId from JobApplication a, JobOpening o
                        where o.id = a.openingId and a.candidateId in :candidates and o.departmentId in :managed""", UUID.class)
                .setParameter("candidates", candidateIds)
                .setParameter("managed", access.managedDepartments())
                .getResultList());
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

    static CandidateView view(Candidate c, boolean withContact) {
        return new CandidateView(c.id, c.firstName, c.lastName, withContact ? c.email : null, withContact ? c.phone : null,
                withContact, c.version);
    }
}
