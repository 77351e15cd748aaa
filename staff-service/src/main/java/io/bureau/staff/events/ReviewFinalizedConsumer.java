package io.bureau.staff.events;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.staff.employee.Employee;
import io.bureau.staff.events.ReviewEvents.ReviewFinalized;
import io.bureau.staff.personnelfile.PersonnelFileEntryKind;
import io.bureau.staff.personnelfile.PersonnelFileService;
import io.bureau.staff.personnelfile.PersonnelFileService.RecordedEntry;
import io.smallrye.common.annotation.Blocking;

/** A finalised performance review leaves an evaluation summary in the person's file. */
@ApplicationScoped
public class ReviewFinalizedConsumer {

    static final String CONSUMER = "staff.review-finalized";

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
        if (review.employeeId() == null || Employee.findById(review.employeeId()) == null) {
            throw new PoisonEventException("review " + review.reviewId() + " is of unknown employee " + review.employeeId());
        }
        LocalDate finalizedOn = review.finalizedOn() != null ? review.finalizedOn() : LocalDate.now(ZoneOffset.UTC);
        String title = "Performance review" + (review.cycleName() == null ? "" : ": " + review.cycleName());
        String body = (review.overallRating() == null ? "" : "Overall rating: " + review.overallRating() + "\n")
                + (review.summary() == null ? "" : review.summary());
        file.record(RecordedEntry.fromEvent(review.employeeId(), PersonnelFileEntryKind.EVALUATION_SUMMARY, title,
                body.isBlank() ? null : body.strip(), finalizedOn, false, event));
    }
}
