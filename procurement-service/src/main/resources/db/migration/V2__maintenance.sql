-- Maintenance: schedules every N days per asset, and tickets (reported by anyone, or opened by the
-- preventive job); a schedule opens at most one ticket per due date (the unique constraint).
create table maintenance_schedule (
    id             uuid    primary key,
    asset_id       uuid    not null references asset (id),
    department_id  uuid    not null,
    every_days     int     not null check (every_days > 0),
    next_due       date    not null,
    version        bigint  not null default 0
);
create index maintenance_schedule__next_due on maintenance_schedule (next_due);

create table maintenance_ticket (
    id             uuid           primary key,
    asset_id       uuid           not null references asset (id),
    department_id  uuid           not null,
    schedule_id    uuid           references maintenance_schedule (id),
    due_on         date,
    description    text           not null,
    reported_by    text           not null,
    reported_at    timestamptz    not null,
    status         text           not null,
    vendor_id      uuid           references vendor (id),
    cost           numeric(14, 2),
    commitment_id  uuid,
    completed_at   timestamptz,
    version        bigint         not null default 0,
    constraint uq_maintenance_ticket__schedule_id__due_on unique (schedule_id, due_on)
);
create index maintenance_ticket__asset on maintenance_ticket (asset_id, reported_at);
