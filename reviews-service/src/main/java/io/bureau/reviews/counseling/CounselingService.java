package io.bureau.reviews.counseling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.concurrency.ETags;
import io.bureau.platform.outbox.Outbox;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.persistence.Pages;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.reviews.access.PeopleAccess;
import io.bureau.reviews.counseling.CounselingDtos.CounselingReferralCreateRequest;
import io.bureau.reviews.counseling.CounselingDtos.CounselingReferralView;
import io.bureau.reviews.counseling.CounselingEvents.ReferralOpened;
import io.bureau.reviews.people.Person;

/**
 * Counseling referrals. Confidential: the employee, the referring manager and everyone above them
 * in their line, and admins. Department managers outside that chain and top managers see nothing.
 */
@ApplicationScoped
public class CounselingService {

    static final String AUDIT_TYPE = "counseling-referral";

    @Inject
    Clock clock;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Transactional
    public CounselingReferralView open(CounselingReferralCreateRequest request) {
        Person person = Person.findById(request.employeeId());
        if (person == null || !person.hasProfile()) {
            throw Problems.invalidField("employeeId", "no such employee: " + request.employeeId());
        }
        access.requireManagePerson(person.id);
        CounselingReferral referral = CounselingReferral.open(person.id, caller.employeeId().orElse(null), caller.subject(),
                request.category(), request.provider(), request.followUpOn(), LocalDate.now(clock));
        referral.persist();
        CounselingReferral.flush();
        outbox.publish(CounselingEvents.REFERRAL_OPENED, referral.id,
                new ReferralOpened(referral.id, referral.employeeId, referral.openedOn));
        CounselingReferralView view = CounselingReferralView.of(referral);
        audit.record("counseling-referral.opened", AUDIT_TYPE, referral.id, null, view);
        return view;
    }

    @Transactional
    public CounselingReferralView move(UUID id, CounselingReferral.Status next, LocalDate followUpOn, String ifMatch) {
        CounselingReferral referral = Lookups.requireForUpdate(CounselingReferral.class, id);
        if (!isReferrersChain(referral)) {
            throw Problems.forbidden("Only the referring manager, their managers and admins update referral " + id);
        }
        ETags.checkIfMatch(ifMatch, referral.version);
        CounselingReferralView before = CounselingReferralView.of(referral);
        referral.moveTo(next, followUpOn);
        CounselingReferral.flush();
        CounselingReferralView after = CounselingReferralView.of(referral);
        audit.record("counseling-referral.moved", AUDIT_TYPE, referral.id, before, after);
        return after;
    }

    @Transactional
    public CounselingReferralView get(UUID id) {
        CounselingReferral referral = Lookups.require(CounselingReferral.class, id);
        if (!access.isCaller(referral.employeeId) && !isReferrersChain(referral)) {
            throw Problems.forbidden("You may not see counseling referral " + id);
        }
        return CounselingReferralView.of(referral);
    }

    /** Admins see all of a person's referrals; the person theirs; a manager those they (or someone below them) made. */
    @Transactional
    public Page<CounselingReferralView> list(UUID employeeId, PageRequest page) {
        if (access.isAdmin() || access.isCaller(employeeId)) {
            return Pages.of(CounselingReferral.find("employeeId = ?1 order by openedOn desc, id", employeeId), page,
                    CounselingReferralView::of);
        }
        UUID me = access.callerId();
        if (me == null || !caller.hasRole(io.bureau.platform.security.Roles.OFFICE_MANAGER)) {
            throw Problems.forbidden("You may not see these counseling referrals");
        }
        java.util.List<UUID> referrers = new java.util.ArrayList<>(access.reports());
        referrers.add(me);
        return Pages.of(CounselingReferral.find("employeeId = ?1 and referredBy in ?2 order by openedOn desc, id",
                employeeId, referrers), page, CounselingReferralView::of);
    }

    private boolean isReferrersChain(CounselingReferral referral) {
        if (access.isAdmin()) {
            return true;
        }
        UUID me = access.callerId();
        return me != null && referral.referredBy != null
                && (me.equals(referral.referredBy) || access.managerChain(referral.referredBy).contains(me));
    }
}
