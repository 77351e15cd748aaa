package io.bureau.staff.skill;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * A skill stops counting on its expiry date without anyone touching it; this announces it.
 * Replicas may all run it: the rows are locked with SKIP LOCKED and marked once announced, and a
 * skills-changed event replaces what a consumer held, so a repeat would be harmless anyway.
 */
@ApplicationScoped
public class SkillExpiry {

    private static final Logger LOG = Logger.getLogger(SkillExpiry.class);

    @Inject
    SkillService skills;

    @Scheduled(identity = "skill-expiry", cron = "{bureau.staff.skill-expiry.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // Not once shutdown began: the database may already be closing.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void announceExpiredSkills() {
        int announced = skills.publishExpiredSkills();
        if (announced > 0) {
            LOG.infof("Announced expired skills of %d employees", announced);
        }
    }
}
