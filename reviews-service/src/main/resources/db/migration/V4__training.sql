create table training_course (
    id               uuid          primary key,
    title            text          not null,
    kind             text          not null check (kind in ('INTERNAL', 'OUTSIDE')),
    provider         text          not null,
    duration_hours   numeric(6, 2) not null,
    cost_amount      numeric(12, 2) not null,
    cost_currency    char(3)       not null,
    version          bigint        not null default 0,
    constraint uq_training_course__title unique (title)
);

create table training_course_skill (
    course_id  uuid not null references training_course (id) on delete cascade,
    skill_id   uuid not null,
    name       text not null,
    level      int  not null check (level between 1 and 5),
    primary key (course_id, skill_id)
);

create table training_session (
    id          uuid    primary key,
    course_id   uuid    not null references training_course (id),
    start_date  date    not null,
    end_date    date    not null,
    place       text    not null,
    trainer     text    not null,
    capacity    int     not null check (capacity between 1 and 1000),
    version     bigint  not null default 0
);
create index training_session__course on training_session (course_id, start_date);

create table enrolment (
    id               uuid        primary key,
    session_id       uuid        not null references training_session (id),
    course_id        uuid        not null references training_course (id),
    employee_id      uuid        not null,
    department_id    uuid        not null,
    status           text        not null,
    requested_by     text        not null,
    requested_at     timestamptz not null,
    refusal_reason   text,
    commitment_id    uuid,
    attended         boolean,
    result           text,
    score            int         check (score between 0 and 100),
    completed_on     date,
    version          bigint      not null default 0
);
create index enrolment__session on enrolment (session_id, status, requested_at);
create index enrolment__employee on enrolment (employee_id);
-- One live enrolment per person and session (refused or cancelled ones may be followed by a new one).
create unique index uq_enrolment__session_employee on enrolment (session_id, employee_id)
    where status not in ('REFUSED', 'CANCELLED');
