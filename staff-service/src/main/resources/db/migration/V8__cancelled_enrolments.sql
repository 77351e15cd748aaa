-- Enrolments reviews-service cancelled, remembered even when the cancellation arrives before the
-- enrolment it cancels: a late enrolment.created then records no training days.
create table cancelled_enrolment (
    enrolment_id  uuid primary key,
    employee_id   uuid        not null references employee (id),
    cancelled_at  timestamptz not null
);
