-- Plans proposed by the planner: what was assumed, what came out, and the task versions it was computed on.
create table work_plan (
    id             uuid primary key,
    department_id  uuid         not null,
    horizon_from   date         not null,
    horizon_to     date         not null,
    status         varchar(16)  not null,
    hypothetical   boolean      not null,
    assumptions    text         not null,
    outcome        text         not null,
    task_versions  text         not null,
    score          varchar(200) not null,
    baseline_score varchar(200) not null,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    decided_at     timestamptz,
    decided_by     varchar(200),
    version        bigint       not null default 0
);
create index ix_work_plan__department on work_plan (department_id, created_at desc);
