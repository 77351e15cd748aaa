-- Recurring task templates, and the dates each has produced a task for (once per template and date).
create table task_template (
    id               uuid          primary key,
    department_id    uuid          not null,
    title            text          not null,
    description      text,
    estimated_hours  numeric(6, 2) not null check (estimated_hours > 0),
    priority         int           not null check (priority between 1 and 4),
    recurrence       text          not null check (recurrence in ('DAILY', 'WEEKLY', 'MONTHLY')),
    days_of_week     text          not null default '',
    day_of_month     int           check (day_of_month between 1 and 31),
    horizon_days     int           not null check (horizon_days between 0 and 366),
    active           boolean       not null default true,
    created_at       timestamptz   not null,
    created_by       text          not null,
    version          bigint        not null default 0
);
create index task_template__active on task_template (active);

create table task_template_occurrence (
    template_id  uuid not null references task_template (id),
    occurs_on    date not null,
    task_id      uuid not null,
    constraint uq_task_template_occurrence__template_id_occurs_on unique (template_id, occurs_on)
);
