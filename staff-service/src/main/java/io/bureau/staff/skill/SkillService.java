package io.bureau.staff.skill;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.staff.access.PeopleAccess;
import io.bureau.staff.employee.Employee;
import io.bureau.staff.employee.EmployeeService;
import io.bureau.staff.skill.SkillDtos.EmployeeSkillRequest;
import io.bureau.staff.skill.SkillDtos.EmployeeSkillView;
import io.bureau.staff.skill.SkillEvents.EmployeeSkillsChanged;
import io.bureau.staff.skill.SkillEvents.HeldSkill;

/** Each employee's skills: levels, sources, expiry; every change publishes the person's skills anew. */
@ApplicationScoped
public class SkillService {

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    EmployeeService employees;

    @Inject
    SkillCatalogue catalogue;

    public List<EmployeeSkillView> employeeSkills(UUID employeeId) {
        Employee employee = employees.require(employeeId);
        access.requireRead(employee.id, employee.departmentId);
        return views(employeeId);
    }

    /** For other features that checked access already. */
    public List<EmployeeSkillView> skillsOf(UUID employeeId) {
        return views(employeeId);
    }

    /**
     * Sets a skill's level. The person themselves declares it; someone who manages them verifies
     * it as they set it.
     */
    @Transactional
    public EmployeeSkillView setSkill(UUID employeeId, UUID skillId, EmployeeSkillRequest request, String ifMatch) {
        Employee employee = employees.requireForUpdate(employeeId);
        boolean self = caller.isEmployee(employeeId);
        if (!self) {
            access.requireManage(employee.id, employee.departmentId);
        }
        Skill skill = catalogue.requireSkill(skillId);
        EmployeeSkill held = find(employeeId, skillId);
        if (held != null) {
            ETags.checkIfMatch(ifMatch, held.version);
        }
        EmployeeSkillView before = held == null ? null : view(held, skill);
        if (held == null) {
            held = newHolding(employeeId, skillId);
        }
        held.level = request.level();
        held.expiresOn = request.expiresOn();
        if (self) {
            held.source = SkillSource.DECLARED;
            held.evidence = "declared by the employee";
            held.verifiedBy = null;
            held.verifiedAt = null;
        } else {
            markVerified(held, "set by " + caller.subject());
        }
        return saved(held, skill, before, "employee.skill-set");
    }

    /** A manager confirms the level the person declared. */
    @Transactional
    public EmployeeSkillView verify(UUID employeeId, UUID skillId, String ifMatch) {
        Employee employee = employees.requireForUpdate(employeeId);
        access.requireManage(employee.id, employee.departmentId);
        Skill skill = catalogue.requireSkill(skillId);
        EmployeeSkill held = requireHeld(employeeId, skillId);
        ETags.checkIfMatch(ifMatch, held.version);
        EmployeeSkillView before = view(held, skill);
        markVerified(held, "verified by " + caller.subject());
        return saved(held, skill, before, "employee.skill-verified");
    }

    @Transactional
    public void remove(UUID employeeId, UUID skillId, String ifMatch) {
        Employee employee = employees.requireForUpdate(employeeId);
        if (!caller.isEmployee(employeeId)) {
            access.requireManage(employee.id, employee.departmentId);
        }
        Skill skill = catalogue.requireSkill(skillId);
        EmployeeSkill held = requireHeld(employeeId, skillId);
        ETags.checkIfMatch(ifMatch, held.version);
        EmployeeSkillView before = view(held, skill);
        held.delete();
        EmployeeSkill.flush();
        publishSkills(employeeId);
        audit.record("employee.skill-removed", EmployeeService.AUDIT_TYPE, employeeId, before, null);
    }

    /** A level a training or an interview assessment grants in a skill, until a date or (null) for good. */
    public record SkillGrant(Skill skill, int level, LocalDate expiresOn) {

        public SkillGrant(Skill skill, int level) {
            this(skill, level, null);
        }
    }

    /**
     * Raises skills to the granted levels (a level already as high and unexpired stays as it is:
     * never lowered; an expired one counts for nothing and is replaced), then publishes the
     * person's skills once, under the person's row lock.
     *
     * @return how many skills changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int raise(UUID employeeId, List<SkillGrant> grants, SkillSource source, String evidence, String verifiedBy) {
        employees.requireForUpdate(employeeId);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int changed = 0;
        for (SkillGrant grant : grants) {
            EmployeeSkill held = find(employeeId, grant.skill().id);
            if (held != null && held.level >= grant.level() && !held.isExpiredOn(today)) {
                continue;
            }
            EmployeeSkillView before = held == null ? null : view(held, grant.skill());
            if (held == null) {
                held = newHolding(employeeId, grant.skill().id);
            }
            held.level = grant.level();
            held.source = source;
            held.evidence = evidence;
            held.verifiedBy = verifiedBy;
            held.verifiedAt = OffsetDateTime.now(ZoneOffset.UTC);
            held.expiresOn = grant.expiresOn();
            held.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            if (before == null) {
                held.persist();
            }
            EmployeeSkill.flush();
            audit.record("employee.skill-raised", EmployeeService.AUDIT_TYPE, employeeId, before, view(held, grant.skill()));
            changed++;
        }
        if (changed > 0) {
            publishSkills(employeeId);
        }
        return changed;
    }

    private EmployeeSkill newHolding(UUID employeeId, UUID skillId) {
        EmployeeSkill held = new EmployeeSkill();
        held.id = UUID.randomUUID();
        held.employeeId = employeeId;
        held.skillId = skillId;
        return held;
    }

    private void markVerified(EmployeeSkill held, String evidence) {
        held.source = SkillSource.VERIFIED;
        held.evidence = evidence;
        held.verifiedBy = caller.subject();
        held.verifiedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private EmployeeSkillView saved(EmployeeSkill held, Skill skill, EmployeeSkillView before, String action) {
        held.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (before == null) {
            held.persist();
        }
        EmployeeSkill.flush();
        EmployeeSkillView after = view(held, skill);
        publishSkills(held.employeeId);
        audit.record(action, EmployeeService.AUDIT_TYPE, held.employeeId, before, after);
        return after;
    }

    /** A catalogue skill was renamed: its holders' skills are published anew under the new name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void republishHoldersOf(UUID skillId) {
        EmployeeSkill.<EmployeeSkill>find("skillId = ?1", skillId).list().stream()
                .map(held -> held.employeeId).distinct().forEach(this::publishSkills);
    }

    /**
     * Publishes skills-changed for everyone holding a skill that expired since it was last
     * published, so consumers stop counting it without waiting for another change.
     *
     * @return how many employees were announced
     */
    @Transactional
    public int publishExpiredSkills() {
        @SuppressWarnings("unchecked")
        List<UUID> rows = EmployeeSkill.getEntityManager().createNativeQuery("""
                        select employee_id from employee_skill
                        where expires_on < ?1 and not expiry_published
                        for update skip locked""", UUID.class)
                .setParameter(1, LocalDate.now(ZoneOffset.UTC))
                .getResultList();
        Set<UUID> employeeIds = new LinkedHashSet<>(rows);
        employeeIds.forEach(this::publishSkills);
        return employeeIds.size();
    }

    /**
     * Publishes the skills that count now, and records which ones the event left out as expired:
     * those need no announcement later, and a skill given a new future date needs one again.
     */
    private void publishSkills(UUID employeeId) {
        // skills-changed carries the whole set: with the person locked, two writes in parallel
        // cannot both publish a set that misses the other's skill.
        employees.requireForUpdate(employeeId);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        EmployeeSkill.update("expiryPublished = (expiresOn is not null and expiresOn < ?2) where employeeId = ?1",
                employeeId, today);
        List<HeldSkill> counting = views(employeeId).stream().filter(s -> !s.expired())
                .map(s -> new HeldSkill(s.skillId(), s.skillName(), s.level(), s.source(), s.expiresOn()))
                .toList();
        outbox.publish(SkillEvents.SKILLS_CHANGED, employeeId, new EmployeeSkillsChanged(employeeId, counting));
    }

    private List<EmployeeSkillView> views(UUID employeeId) {
        return EmployeeSkill.getEntityManager().createQuery("""
                        select s, k from EmployeeSkill s, Skill k where k.id = s.skillId and s.employeeId = :employee
                        order by lower(k.name)""", Object[].class)
                .setParameter("employee", employeeId)
                .getResultList().stream()
                .map(row -> view((EmployeeSkill) row[0], (Skill) row[1]))
                .toList();
    }

    private static EmployeeSkill find(UUID employeeId, UUID skillId) {
        return EmployeeSkill.<EmployeeSkill>find("employeeId = ?1 and skillId = ?2", employeeId, skillId).firstResult();
    }

    private static EmployeeSkill requireHeld(UUID employeeId, UUID skillId) {
        EmployeeSkill held = find(employeeId, skillId);
        if (held == null) {
            throw Problems.notFound("Skill of employee " + employeeId, skillId);
        }
        return held;
    }

    private static EmployeeSkillView view(EmployeeSkill held, Skill skill) {
        return new EmployeeSkillView(skill.id, skill.name, skill.category, held.level, held.source, held.evidence,
                held.verifiedBy, held.verifiedAt, held.expiresOn, held.isExpiredOn(LocalDate.now(ZoneOffset.UTC)), held.version);
    }
}
