-- Onboarding: templates of checklist items, instantiated per new hire as a plan with real owners and due dates.
create table onboarding_template (
    id           uuid primary key,
    name         text        not null,
    description  text,
    created_at   timestamptz not null,
    version      bigint      not null
);
create unique index onboarding_template_name on onboarding_template (lower(name));

create table onboarding_template_item (
    template_id      uuid    not null references onboarding_template (id),
    item_order       integer not null,
    title            text    not null,
    category         text    not null,
    owner_role       text    not null,
    due_offset_days  integer not null,
    primary key (template_id, item_order)
);

create table onboarding_plan (
    id            uuid primary key,
    employee_id   uuid        not null references employee (id),
    template_id   uuid        not null references onboarding_template (id),
    status        text        not null,  -- IN_PROGRESS or COMPLETED
    starts_on     date        not null,
    completed_at  timestamptz,
    created_at    timestamptz not null,
    version       bigint      not null
);
create index onboarding_plan_employee on onboarding_plan (employee_id);

create table onboarding_item (
    id            uuid primary key,
    plan_id       uuid        not null references onboarding_plan (id),
    item_order    integer     not null,
    title         text        not null,
    category      text        not null,
    owner_role    text        not null,
    owner_id      uuid        not null references employee (id),
    due_on        date        not null,
    completed_at  timestamptz,
    completed_by  text,
    version       bigint      not null
);
create index onboarding_item_plan on onboarding_item (plan_id, item_order);
create index onboarding_item_open_due on onboarding_item (due_on) where completed_at is null;
