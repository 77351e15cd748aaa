package io.bureau.reviews.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.persistence.Lookups;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;
import io.bureau.platform.security.Roles;
import io.bureau.reviews.access.PeopleAccess;
import io.bureau.reviews.people.PeopleService.PersonInDepartment;
import io.bureau.reviews.people.Person;
import io.bureau.reviews.training.CampaignDtos.TrainingCampaignCreateRequest;
import io.bureau.reviews.training.CampaignDtos.TrainingCampaignProgressView;
import io.bureau.reviews.training.CampaignDtos.TrainingCampaignView;

/** Mandatory training: a campaign enrols everyone targeted (joiners too) and reports progress per department. */
@ApplicationScoped
public class CampaignService {

    @Inject
    Clock clock;

    @Inject
    PeopleAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    EnrolmentService enrolments;

    @Inject
    EntityManager entityManager;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public TrainingCampaignView launch(TrainingCampaignCreateRequest request) {
        request.departmentIds().forEach(access::requireManageDepartment);
        TrainingSession session = TrainingSession.findById(request.sessionId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw Problems.invalidField("sessionId", "no such training session: " + request.sessionId());
        }
        if (request.dueOn().isBefore(today())) {
            throw Problems.invalidField("dueOn", "must not be in the past");
        }
        if (TrainingCampaign.count("name", request.name().strip()) > 0) {
            throw Problems.conflictOn("name", "A campaign named '" + request.name().strip() + "' exists");
        }
        TrainingCampaign campaign = new TrainingCampaign();
        campaign.id = UUID.randomUUID();
        campaign.name = request.name().strip();
        campaign.sessionId = session.id;
        campaign.courseId = session.courseId;
        campaign.dueOn = request.dueOn();
        campaign.departmentIds = new LinkedHashSet<>(request.departmentIds());
        campaign.createdBy = caller.subject();
        campaign.createdAt = enrolments.now();
        campaign.persist();
        TrainingCampaign.flush();
        for (Person person : Person.listCurrentIn(campaign.departmentIds)) {
            enrolments.enrolForCampaign(campaign, session, person);
        }
        TrainingCampaignView view = TrainingCampaignView.of(campaign);
        audit.record("training-campaign.launched", "training-campaign", campaign.id, null, view);
        return view;
    }

    /** Someone joining a targeted department while the campaign runs is enrolled too. */
    void personJoined(@Observes PersonInDepartment joined) {
        Person person = joined.person();
        for (TrainingCampaign campaign : TrainingCampaign.listRunningFor(person.departmentId, today())) {
            if (Enrolment.count("campaignId = ?1 and employeeId = ?2", campaign.id, person.id) == 0) {
                enrolments.enrolForCampaign(campaign, Lookups.requireForUpdate(TrainingSession.class, campaign.sessionId), person);
            }
        }
    }

    @Transactional
    public TrainingCampaignView get(UUID id) {
        TrainingCampaign campaign = Lookups.require(TrainingCampaign.class, id);
        requireRead(campaign);
        return TrainingCampaignView.of(campaign);
    }

    /**
     * Per targeted department: done (passed), overdue (not passed and past the due date), in progress
     * (the rest). People who have left are no longer counted, whatever their result.
     */
    @Transactional
    public List<TrainingCampaignProgressView> progress(UUID id) {
        TrainingCampaign campaign = Lookups.require(TrainingCampaign.class, id);
        requireRead(campaign);
        boolean pastDue = today().isAfter(campaign.dueOn);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select department_id,
                               count(*) filter (where status = 'COMPLETED' and result = 'PASSED'),
                               count(*) filter (where not (status = 'COMPLETED' and result = 'PASSED'))
                        from enrolment where campaign_id = ?1 and status not in ('CANCELLED', 'REFUSED')
                          and employee_id not in (select id from people_person where status = 'TERMINATED')
                        group by department_id""")
                .setParameter(1, id).getResultList();
        return campaign.departmentIds.stream().sorted().map(department -> {
            Object[] row = rows.stream().filter(r -> department.equals(r[0])).findFirst().orElse(null);
            long done = row == null ? 0 : ((Number) row[1]).longValue();
            long open = row == null ? 0 : ((Number) row[2]).longValue();
            return new TrainingCampaignProgressView(department, done + open, done, pastDue ? 0 : open, pastDue ? open : 0);
        }).toList();
    }

    private void requireRead(TrainingCampaign campaign) {
        if (!caller.hasAnyRole(Roles.ADMIN, Roles.TOP_MANAGER)
                && campaign.departmentIds.stream().noneMatch(access.managedDepartments()::contains)) {
            throw Problems.forbidden("You may not see training campaign " + campaign.id);
        }
    }
}
