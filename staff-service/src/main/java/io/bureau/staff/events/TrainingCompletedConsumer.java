package io.bureau.staff.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.staff.events.TrainingEvents.GrantedSkill;
import io.bureau.staff.events.TrainingEvents.TrainingCompleted;
import io.bureau.staff.personnelfile.PersonnelFileEntryKind;
import io.bureau.staff.personnelfile.PersonnelFileService;
import io.bureau.staff.personnelfile.PersonnelFileService.RecordedEntry;
import io.bureau.staff.skill.Skill;
import io.bureau.staff.skill.SkillCatalogue;
import io.bureau.staff.skill.SkillService;
import io.bureau.staff.skill.SkillService.SkillGrant;
import io.bureau.staff.skill.SkillSource;
import io.smallrye.common.annotation.Blocking;

/**
 * A completed training goes into the file as a TRAINING_RECORD (passed or failed); a passed one
 * raises each skill it grants to at least the granted level, source TRAINING, never lowering a
 * higher one ({@link SkillService#raise}: one skills-changed event, under the person's row lock).
 *
 * <p>Skills are named by staff's catalogue ids. A skill the catalogue does not have makes the
 * whole event a dead letter, naming the skill: creating it here would give it another id than the
 * one reviews-service knows, and raising only the others would record a training half-applied.
 */
@ApplicationScoped
public class TrainingCompletedConsumer {

    static final String CONSUMER = "staff.training-completed";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    SkillService skills;

    @Inject
    SkillCatalogue catalogue;

    @Inject
    PersonnelFileService file;

    @Incoming("training-events")
    @Blocking
    public void onTrainingEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, event -> {
            if (TrainingEvents.COMPLETED.equals(event.type())) {
                completed(event);
            }
        });
    }

    private void completed(IncomingEvent event) {
        TrainingCompleted completed = event.dataAs(TrainingCompleted.class);
        Payloads.require(completed.enrolmentId(), "enrolmentId", event);
        Payloads.requireKnownEmployee(completed.employeeId(), event);
        LocalDate completedOn = Payloads.require(completed.completedOn(), "completedOn", event);
        String result = Payloads.require(completed.result(), "result", event);
        if (!TrainingEvents.PASSED.equals(result) && !TrainingEvents.FAILED.equals(result)) {
            throw new PoisonEventException("training result " + result + " of enrolment " + completed.enrolmentId()
                    + " is neither PASSED nor FAILED");
        }
        if (completed.score() != null && (completed.score() < 0 || completed.score() > 100)) {
            throw new PoisonEventException("training score " + completed.score() + " is outside 0-100");
        }
        String title = completed.courseTitle() == null || completed.courseTitle().isBlank() ? "a training" : completed.courseTitle().strip();
        boolean passed = TrainingEvents.PASSED.equals(result);
        List<SkillGrant> grants = passed ? grants(completed) : List.of();
        if (!grants.isEmpty()) {
            skills.raise(completed.employeeId(), grants, SkillSource.TRAINING, "earned by training '" + title + "' (course "
                    + completed.courseId() + ", enrolment " + completed.enrolmentId() + ") passed on " + completedOn,
                    "event:" + event.id());
        }
        String body = "Completed on " + completedOn + ": " + result
                + (completed.score() == null ? "" : ", score " + completed.score() + " of 100")
                + (grants.isEmpty() ? "." : ". Skills granted: " + grants.stream()
                        .map(g -> g.skill().name + " " + g.level()).collect(Collectors.joining(", ")) + ".");
        file.record(RecordedEntry.fromEvent(completed.employeeId(), PersonnelFileEntryKind.TRAINING_RECORD,
                (passed ? "Training passed: " : "Training failed: ") + title, body, completedOn, false, event));
    }

    /** The granted skills as catalogue skills, at the highest level granted when one is named twice. */
    private List<SkillGrant> grants(TrainingCompleted completed) {
        Map<UUID, SkillGrant> grants = new LinkedHashMap<>();
        for (GrantedSkill granted : completed.skillsGranted() == null ? List.<GrantedSkill>of() : completed.skillsGranted()) {
            if (granted == null || granted.skillId() == null) {
                throw new PoisonEventException("a skill granted by enrolment " + completed.enrolmentId() + " has no skillId");
            }
            if (granted.level() == null || granted.level() < 1 || granted.level() > 5) {
                throw new PoisonEventException("skill " + granted.skillId() + " is granted at level " + granted.level()
                        + ", outside 1-5");
            }
            Skill skill = catalogue.findSkill(granted.skillId()).orElseThrow(() -> new PoisonEventException("skill "
                    + granted.skillId() + (granted.name() == null ? "" : " (" + granted.name() + ")")
                    + " granted by enrolment " + completed.enrolmentId() + " is not in staff's skills catalogue"));
            grants.merge(skill.id, new SkillGrant(skill, granted.level()),
                    (one, other) -> one.level() >= other.level() ? one : other);
        }
        return new ArrayList<>(grants.values());
    }
}
