-- Tasks: the work of a department, its workflow, its review and its overdue announcement.
create table task (
    id                    uuid          primary key,
    title                 text          not null,
    description           text,
    department_id         uuid          not null,
    estimated_hours       numeric(6, 2) not null check (estimated_hours > 0),
    priority              int           not null check (priority between 1 and 4),
    earliest_start        date,
    deadline              date          not null,
    preferred_assignee_id uuid,
    assignee_id           uuid,
    status                text          not null,
    started_at            timestamptz,
    submitted_at          timestamptz,
    accepted_at           timestamptz,
    on_time               boolean,
    quality_score         int           check (quality_score between 1 and 5),
    review_comments       text,
    return_reasons        text,
    return_count          int           not null default 0,
    cancelled_at          timestamptz,
    cancel_reason         text,
    -- Set in the transaction that publishes the overdue event, so it is published once.
    overdue_since         timestamptz,
    created_at            timestamptz   not null,
    created_by            text          not null,
    version               bigint        not null default 0
);
create index task__department_status on task (department_id, status);
create index task__assignee on task (assignee_id, status);
create index task__not_yet_overdue on task (deadline) where overdue_since is null and status not in ('ACCEPTED', 'CANCELLED');

create table task_required_skill (
    task_id    uuid not null references task (id) on delete cascade,
    skill_id   uuid not null,
    min_level  int  not null check (min_level between 1 and 5),
    primary key (task_id, skill_id)
);

create table task_predecessor (
    task_id         uuid not null references task (id) on delete cascade,
    predecessor_id  uuid not null references task (id),
    primary key (task_id, predecessor_id),
    check (task_id <> predecessor_id)
);

create table task_comment (
    id                  uuid        primary key,
    task_id             uuid        not null references task (id) on delete cascade,
    author              text        not null,
    author_employee_id  uuid,
    body                text        not null,
    created_at          timestamptz not null
);
create index task_comment__task on task_comment (task_id, created_at);
