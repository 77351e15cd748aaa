package io.bureau.staff.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.staff.events.ReviewEvents.ReviewFinalized;
import io.bureau.staff.personnelfile.PersonnelFileEntryKind;
import io.bureau.staff.personnelfile.PersonnelFileService;
import io.bureau.staff.personnelfile.PersonnelFileService.RecordedEntry;
import io.smallrye.common.annotation.Blocking;

/** A finalised performance review leaves an evaluation summary in the person's file, which they may read. */
@ApplicationScoped
public class ReviewFinalizedConsumer {

    static final String CONSUMER = "staff.review-finalized";
    private static final BigDecimal LOWEST = BigDecimal.ONE;
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(5);

    @Inject
    IdempotentConsumer consumer;

    @Inject
    PersonnelFileService file;

    @Incoming("review-events")
    @Blocking
    public void onReviewEvent(ConsumerRecord<String, String> record) {
        consumer.process(CONSUMER, record, event -> {
            if (ReviewEvents.FINALIZED.equals(event.type())) {
                finalized(event);
            }
        });
    }

    private void finalized(IncomingEvent event) {
        ReviewFinalized review = event.dataAs(ReviewFinalized.class);
        Payloads.require(review.reviewId(), "reviewId", event);
        Payloads.requireKnownEmployee(review.employeeId(), event);
        LocalDate periodStart = Payloads.require(review.periodStart(), "periodStart", event);
        LocalDate periodEnd = Payloads.require(review.periodEnd(), "periodEnd", event);
        BigDecimal score = Payloads.require(review.overallScore(), "overallScore", event);
        if (periodEnd.isBefore(periodStart)) {
            throw new PoisonEventException("review " + review.reviewId() + " ends its period before it starts");
        }
        if (score.compareTo(LOWEST) < 0 || score.compareTo(HIGHEST) > 0) {
            throw new PoisonEventException("review " + review.reviewId() + " has overallScore " + score + ", outside 1.00-5.00");
        }
        LocalDate finalizedOn = review.finalizedAt() != null ? review.finalizedAt().toLocalDate()
                : event.time() != null ? event.time().toLocalDate() : LocalDate.now(ZoneOffset.UTC);
        String cycle = review.cycleName() == null || review.cycleName().isBlank() ? null : review.cycleName().strip();
        String body = "Period: " + periodStart + " to " + periodEnd + "\nOverall score: "
                + score.setScale(2, RoundingMode.HALF_UP).toPlainString() + " of 5.00"
                + (review.summary() == null || review.summary().isBlank() ? "" : "\n" + review.summary().strip());
        file.record(RecordedEntry.fromEvent(review.employeeId(), PersonnelFileEntryKind.EVALUATION_SUMMARY,
                "Performance review" + (cycle == null ? "" : ": " + cycle), body, finalizedOn, false, event));
    }
}
