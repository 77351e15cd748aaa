package io.bureau.staff.hiring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.problem.Problems;
import io.bureau.staff.hiring.HiringDtos.JobOfferDeclineRequest;
import io.bureau.staff.hiring.HiringDtos.JobOfferRequest;
import io.bureau.staff.hiring.HiringDtos.JobOfferView;

/** Offers on applications at stage OFFER, and the candidate's answer; an accepted offer is published. */
@ApplicationScoped
public class OfferService {

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    ApplicationService applications;

    @Inject
    OpeningService openings;

    @Transactional
    public JobOfferView makeOffer(UUID applicationId, JobOfferRequest request) {
        JobApplication application = applications.requireManaged(applicationId);
        ApplicationService.requireStage(application, ApplicationStage.OFFER, "making an offer");
        if (request.expiresOn().isBefore(today())) {
            throw Problems.invalidField("expiresOn", "must not be in the past");
        }
        boolean pending = JobOffer.<JobOffer>find("applicationId = ?1", applicationId).list().stream()
                .anyMatch(o -> o.statusOn(today()) == JobOffer.Status.EXTENDED || o.status == JobOffer.Status.ACCEPTED);
        if (pending) {
            throw Problems.conflict("Application " + applicationId + " has an offer extended or accepted already");
        }
        JobOffer offer = new JobOffer();
        offer.id = UUID.randomUUID();
        offer.applicationId = applicationId;
        offer.position = request.position().trim();
        offer.startDate = request.startDate();
        offer.terms = request.terms();
        offer.expiresOn = request.expiresOn();
        offer.status = JobOffer.Status.EXTENDED;
        offer.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        offer.persist();
        JobOfferView view = JobOfferView.of(offer, today());
        audit.record("job-application.offer-extended", ApplicationService.AUDIT_TYPE, applicationId, null, view);
        return view;
    }

    public List<JobOfferView> offers(UUID applicationId) {
        JobApplication application = ApplicationService.require(applicationId);
        openings.requireRead(openings.requireOpening(application.openingId));
        return JobOffer.<JobOffer>find("applicationId = ?1 order by createdAt", applicationId).list().stream()
                .map(o -> JobOfferView.of(o, today())).toList();
    }

    public JobOfferView getOffer(UUID offerId) {
        JobOffer offer = requireOffer(offerId);
        applications.get(offer.applicationId);
        return JobOfferView.of(offer, today());
    }

    /** Records the candidate's yes; past its expiry date an offer can no longer be accepted. */
    @Transactional
    public JobOfferView accept(UUID offerId, String ifMatch) {
        return decide(offerId, JobOffer.Status.ACCEPTED, null, ifMatch);
    }

    @Transactional
    public JobOfferView decline(UUID offerId, JobOfferDeclineRequest request, String ifMatch) {
        return decide(offerId, JobOffer.Status.DECLINED, request == null ? null : request.reason(), ifMatch);
    }

    private JobOfferView decide(UUID offerId, JobOffer.Status decision, String reason, String ifMatch) {
        JobOffer offer = requireOffer(offerId);
        JobApplication application = applications.requireManaged(offer.applicationId);
        ETags.checkIfMatch(ifMatch, offer.version);
        JobOffer.Status current = offer.statusOn(today());
        if (current != JobOffer.Status.EXTENDED) {
            throw Problems.illegalTransition("Offer " + offerId, current, decision, List.of());
        }
        JobOfferView before = JobOfferView.of(offer, today());
        offer.status = decision;
        offer.decisionReason = reason;
        offer.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        JobOffer.flush();
        JobOfferView after = JobOfferView.of(offer, today());
        if (decision == JobOffer.Status.ACCEPTED) {
            JobOpening opening = openings.requireOpening(application.openingId);
            outbox.publish(HiringEvents.OFFER_ACCEPTED, application.id, new HiringEvents.JobOfferAccepted(application.id,
                    offer.id, opening.id, opening.departmentId, offer.position, offer.startDate));
        }
        audit.record("job-application.offer-" + decision.name().toLowerCase(), ApplicationService.AUDIT_TYPE, offer.applicationId, before, after);
        return after;
    }

    private static JobOffer requireOffer(UUID id) {
        return JobOffer.<JobOffer>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Offer", id));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
