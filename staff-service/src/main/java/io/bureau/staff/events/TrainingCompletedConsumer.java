package io.bureau.staff.events;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.staff.employee.Employee;
import io.bureau.staff.events.TrainingEvents.GrantedSkill;
import io.bureau.staff.events.TrainingEvents.TrainingCompleted;
import io.bureau.staff.personnelfile.PersonnelFileEntryKind;
import io.bureau.staff.personnelfile.PersonnelFileService;
import io.bureau.staff.personnelfile.PersonnelFileService.RecordedEntry;
import io.bureau.staff.skill.SkillCatalogue;
import io.bureau.staff.skill.SkillService;
import io.bureau.staff.skill.SkillService.SkillGrant;
import io.bureau.staff.skill.SkillSource;
import io.smallrye.common.annotation.Blocking;

/** A completed training raises the skills it grants (source "training") and goes into the file. */
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
        if (completed.employeeId() == null || Employee.findById(completed.employeeId()) == null) {
            throw new PoisonEventException("training completed by unknown employee " + completed.employeeId());
        }
        LocalDate completedOn = completed.completedOn() != null ? completed.completedOn()
                : event.time() != null ? event.time().toLocalDate() : LocalDate.now(ZoneOffset.UTC);
        String title = completed.trainingTitle() == null ? "a training" : completed.trainingTitle();
        String evidence = "training '" + title + "' (" + completed.trainingId() + ") completed on " + completedOn;
        List<GrantedSkill> granted = completed.skillsGranted() == null ? List.of() : completed.skillsGranted();
        List<SkillGrant> grants = new ArrayList<>();
        for (GrantedSkill grant : granted) {
            if (grant.level() < 1 || grant.level() > 5) {
                throw new PoisonEventException("granted level " + grant.level() + " is outside 1-5");
            }
            grants.add(new SkillGrant(catalogue.findOrCatalogue(grant.skillId(), grant.skillName(), "Training"), grant.level()));
        }
        skills.raise(completed.employeeId(), grants, SkillSource.TRAINING, evidence, "event:" + event.id());
        String skillList = granted.stream().map(g -> (g.skillName() != null ? g.skillName() : String.valueOf(g.skillId()))
                + " " + g.level()).collect(Collectors.joining(", "));
        file.record(RecordedEntry.fromEvent(completed.employeeId(), PersonnelFileEntryKind.TRAINING_RECORD, "Completed " + title,
                skillList.isEmpty() ? null : "Skills granted: " + skillList, completedOn, false, event));
    }
}
