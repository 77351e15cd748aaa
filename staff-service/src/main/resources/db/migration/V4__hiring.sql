-- Hiring: openings, candidates, applications through their stages, interviews with scorecards, offers.
create table job_opening (
    id             uuid primary key,
    position       text        not null,
    department_id  uuid        not null references department (id),
    description    text,
    headcount      integer     not null check (headcount > 0),
    filled         integer     not null default 0,
    status         text        not null,  -- OPEN or CLOSED
    created_at     timestamptz not null,
    version        bigint      not null
);
create index job_opening_department on job_opening (department_id, status);

create table job_opening_required_skill (
    opening_id  uuid    not null references job_opening (id),
    skill_id    uuid    not null references skill (id),
    min_level   integer not null check (min_level between 1 and 5),
    primary key (opening_id, skill_id)
);

create table candidate (
    id          uuid primary key,
    first_name  text        not null,
    last_name   text        not null,
    email       text        not null,
    phone       text,
    created_at  timestamptz not null,
    version     bigint      not null
);
create unique index candidate_email on candidate (lower(email));

create table job_application (
    id                 uuid primary key,
    candidate_id       uuid        not null references candidate (id),
    opening_id         uuid        not null references job_opening (id),
    stage              text        not null,
    stage_reason       text,
    stage_changed_at   timestamptz not null,
    hired_employee_id  uuid        references employee (id),
    created_at         timestamptz not null,
    version            bigint      not null,
    unique (candidate_id, opening_id)
);
create index job_application_opening on job_application (opening_id, stage);

create table interview (
    id              uuid primary key,
    application_id  uuid        not null references job_application (id),
    scheduled_at    timestamptz not null,
    location        text,
    created_at      timestamptz not null,
    version         bigint      not null
);
create index interview_application on interview (application_id);

create table interview_interviewer (
    interview_id  uuid not null references interview (id),
    employee_id   uuid not null references employee (id),
    primary key (interview_id, employee_id)
);

create table scorecard (
    id              uuid primary key,
    interview_id    uuid        not null references interview (id),
    interviewer_id  uuid        not null references employee (id),
    recommendation  text        not null,
    comments        text,
    submitted_at    timestamptz not null,
    unique (interview_id, interviewer_id)
);

create table scorecard_rating (
    scorecard_id  uuid    not null references scorecard (id),
    criterion     text    not null,
    rating        integer not null check (rating between 1 and 5),
    primary key (scorecard_id, criterion)
);

create table scorecard_skill_assessment (
    scorecard_id  uuid    not null references scorecard (id),
    skill_id      uuid    not null references skill (id),
    level         integer not null check (level between 1 and 5),
    primary key (scorecard_id, skill_id)
);

create table job_offer (
    id              uuid primary key,
    application_id  uuid        not null references job_application (id),
    position        text        not null,
    start_date      date        not null,
    terms           text        not null,
    expires_on      date        not null,
    status          text        not null,  -- EXTENDED, ACCEPTED, DECLINED (EXPIRED is derived from expires_on)
    decision_reason text,
    decided_at      timestamptz,
    created_at      timestamptz not null,
    version         bigint      not null
);
create index job_offer_application on job_offer (application_id);
