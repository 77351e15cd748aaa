package io.bureau.reviews.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's work metrics over a period (inclusive UTC days), computed from the recorded facts in one query. */
@ApplicationScoped
public class WorkMetrics {

    @Schema(name = "WorkMetricsView", description = "What scheduling reported of a person's work in a period",
            requiredProperties = { "employeeId", "periodStart", "periodEnd", "tasksAccepted", "tasksOnTime", "returned", "overdue" })
    public record WorkMetricsView(UUID employeeId, LocalDate periodStart, LocalDate periodEnd,
                                  @Schema(description = "Tasks accepted in the period") int tasksAccepted,
                                  @Schema(description = "Of those, how many were submitted by their deadline") int tasksOnTime,
                                  @Schema(description = "tasksOnTime / tasksAccepted, two decimals; absent when nothing was accepted",
                                          examples = "0.75") BigDecimal onTimeRate,
                                  @Schema(description = "Mean quality score (1-5) of the accepted tasks, two decimals; absent when "
                                          + "nothing was accepted", examples = "3.67") BigDecimal averageQuality,
                                  @Schema(description = "Times work was returned for rework in the period") int returned,
                                  @Schema(description = "Tasks found past their deadline in the period while held") int overdue) {
    }

    @Inject
    EntityManager entityManager;

    public WorkMetricsView of(UUID employeeId, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select count(*) filter (where kind = 'ACCEPTED'),
                               count(*) filter (where kind = 'ACCEPTED' and on_time),
                               coalesce(sum(quality_score) filter (where kind = 'ACCEPTED'), 0),
                               count(*) filter (where kind = 'RETURNED'),
                               count(*) filter (where kind = 'OVERDUE')
                        from work_fact where employee_id = ?1 and occurred_on between ?2 and ?3""")
                .setParameter(1, employeeId).setParameter(2, from).setParameter(3, to)
                .getSingleResult();
        int accepted = ((Number) row[0]).intValue();
        int onTime = ((Number) row[1]).intValue();
        long qualitySum = ((Number) row[2]).longValue();
        return new WorkMetricsView(employeeId, from, to, accepted, onTime,
                accepted == 0 ? null : ratio(onTime, accepted), accepted == 0 ? null : ratio(qualitySum, accepted),
                ((Number) row[3]).intValue(), ((Number) row[4]).intValue());
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
