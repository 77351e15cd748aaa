package io.bureau.staff.skill;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
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
import io.bureau.staff.skill.SkillDtos.SkillRequest;
import io.bureau.staff.skill.SkillDtos.SkillView;
import io.quarkus.panache.common.Parameters;

/** The catalogue of skills people hold; names are unique whatever their case. */
@ApplicationScoped
public class SkillCatalogue {

    static final String AUDIT_TYPE = "skill";

    @Inject
    AuditTrail audit;

    @Inject
    SkillService skills;

    @Transactional
    public SkillView createSkill(SkillRequest request) {
        requireFreeName(request.name(), null);
        SkillView created = SkillView.of(newSkill(request.name(), request.category(), request.description()));
        audit.record("skill.created", AUDIT_TYPE, created.id(), null, created);
        return created;
    }

    /**
     * Renames or re-describes a catalogue skill; people holding it keep it, and a new name is
     * published to consumers as their skills anew.
     */
    @Transactional
    public SkillView updateSkill(UUID id, SkillRequest request, String ifMatch) {
        Skill skill = requireSkill(id);
        ETags.checkIfMatch(ifMatch, skill.version);
        requireFreeName(request.name(), id);
        SkillView before = SkillView.of(skill);
        skill.name = request.name().trim();
        skill.category = request.category().trim();
        skill.description = request.description();
        Skill.flush();
        SkillView after = SkillView.of(skill);
        if (!after.equals(before)) {
            audit.record("skill.updated", AUDIT_TYPE, id, before, after);
        }
        if (!after.name().equals(before.name())) {
            skills.republishHoldersOf(id);
        }
        return after;
    }

    private static void requireFreeName(String name, UUID self) {
        Skill named = findByName(name);
        if (named != null && !named.id.equals(self)) {
            throw Problems.conflictOn("name", "A skill named '" + name.trim() + "' exists");
        }
    }

    public Page<SkillView> listSkills(String text, String category, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (text != null && !text.isBlank()) {
            where.append(" and lower(name) like :text");
            params.and("text", "%" + text.trim().toLowerCase() + "%");
        }
        if (category != null && !category.isBlank()) {
            where.append(" and lower(category) = :category");
            params.and("category", category.trim().toLowerCase());
        }
        var query = Skill.<Skill>find(where + " order by " + page.orderBy(Map.of("name", "lower(name)",
                "category", "lower(category)"), "lower(name), id"), params);
        return Pages.of(query, page, SkillView::of);
    }

    public SkillView getSkill(UUID id) {
        return SkillView.of(requireSkill(id));
    }

    /** The skill of this name, catalogued first when missing (the demo office builds its catalogue so). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Skill findOrCatalogue(String name, String category) {
        Skill skill = findByName(name);
        return skill != null ? skill : newSkill(name, category, null);
    }

    /** A skill by id, if the catalogue has it (other contexts' events name skills by our ids). */
    public Optional<Skill> findSkill(UUID id) {
        return Skill.findByIdOptional(id);
    }

    /** For a skill named in a request: a missing one is the caller's mistake in {@code field} (400), not a 404. */
    public void requireSkillNamedIn(String field, UUID id) {
        if (Skill.findById(id) == null) {
            throw Problems.invalidField(field, "skill " + id + " does not exist");
        }
    }

    public Skill requireSkill(UUID id) {
        return Skill.<Skill>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Skill", id));
    }

    private Skill newSkill(String name, String category, String description) {
        Skill skill = new Skill();
        skill.id = UUID.randomUUID();
        skill.name = name.trim();
        skill.category = category == null || category.isBlank() ? "Uncategorised" : category.trim();
        skill.description = description;
        skill.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        skill.persist();
        return skill;
    }

    private static Skill findByName(String name) {
        return Skill.<Skill>find("lower(name) = ?1", name.trim().toLowerCase()).firstResult();
    }
}
