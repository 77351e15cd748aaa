create table review_cycle (
    id            uuid        primary key,
    name          text        not null,
    period_start  date        not null,
    period_end    date        not null,
    due_on        date        not null,
    status        text        not null,
    created_by    text        not null,
    created_at    timestamptz not null,
    opened_at     timestamptz,
    version       bigint      not null default 0,
    constraint uq_review_cycle__name unique (name)
);

create table review_cycle_department (
    cycle_id       uuid not null references review_cycle (id) on delete cascade,
    department_id  uuid not null,
    primary key (cycle_id, department_id)
);
create index review_cycle_department__department on review_cycle_department (department_id);

create table review_cycle_criterion (
    cycle_id  uuid not null references review_cycle (id) on delete cascade,
    position  int  not null,
    name      text not null,
    weight    int  not null check (weight between 1 and 100),
    primary key (cycle_id, position)
);

create table review (
    id                    uuid          primary key,
    cycle_id              uuid          not null references review_cycle (id),
    employee_id           uuid          not null,
    department_id         uuid          not null,
    status                text          not null,
    self_assessment       text,
    manager_comments      text,
    evidence_frozen_at    timestamptz,
    evidence_accepted     int,
    evidence_on_time      int,
    evidence_on_time_rate numeric(4, 2),
    evidence_quality      numeric(4, 2),
    evidence_returned     int,
    evidence_overdue      int,
    meeting_on            date,
    meeting_notes         text,
    overall_score         numeric(3, 2),
    summary               text,
    finalized_at          timestamptz,
    finalized_by          text,
    acknowledged_at       timestamptz,
    created_at            timestamptz   not null,
    version               bigint        not null default 0,
    constraint uq_review__cycle_employee unique (cycle_id, employee_id)
);
create index review__employee on review (employee_id);
create index review__department on review (department_id);

create table review_rating (
    review_id  uuid not null references review (id) on delete cascade,
    criterion  text not null,
    rating     int  not null check (rating between 1 and 5),
    comment    text,
    primary key (review_id, criterion)
);

create table feedback_note (
    id           uuid        primary key,
    employee_id  uuid        not null,
    author_id    uuid,
    author       text        not null,
    body         text        not null,
    created_at   timestamptz not null
);
create index feedback_note__employee on feedback_note (employee_id, created_at);
