-- Training days come from reviews-service enrolments; the enrolment id finds the absence to cancel.
alter table absence add column enrolment_id uuid;
create unique index absence_enrolment on absence (enrolment_id) where enrolment_id is not null;
