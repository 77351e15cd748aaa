package io.bureau.procurement.equipment;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Opens the tickets of preventive schedules (per asset and per category) that are due (UTC days), each due date once. */
@ApplicationScoped
public class PreventiveMaintenanceJob {

    private static final Logger LOG = Logger.getLogger(PreventiveMaintenanceJob.class);

    @Inject
    MaintenanceService maintenance;

    @Inject
    CategoryMaintenanceService categories;

    @Scheduled(every = "${bureau.procurement.maintenance-check.every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        run(LocalDate.now(ZoneOffset.UTC));
    }

    /** Returns how many tickets were opened; a per-asset schedule behind by several periods catches up one period per run; a category schedule opens its latest due date. */
    public int run(LocalDate today) {
        int opened = 0;
        for (UUID schedule : maintenance.schedulesDueBy(today)) {
            try {
                opened += maintenance.openDue(schedule, today) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not open the due ticket of maintenance schedule %s; the next run tries again", schedule);
            }
        }
        for (UUID schedule : categories.schedulesStartedBy(today)) {
            try {
                opened += categories.openDue(schedule, today);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not open the due tickets of category maintenance schedule %s; the next run tries again", schedule);
            }
        }
        return opened;
    }
}
