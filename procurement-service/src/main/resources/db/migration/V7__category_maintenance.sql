-- Preventive maintenance of every asset of a category every N days from a first due date. Due dates
-- are first_due + k * every_days; each run opens the latest one reached for every asset of the
-- category that is not retired, once per (schedule, asset, due date) whichever replica runs it.
create table maintenance_category_schedule (
    id             uuid    primary key,
    category       text    not null,
    department_id  uuid    not null,
    every_days     int     not null check (every_days > 0),
    first_due      date    not null,
    created_by     text    not null,
    version        bigint  not null default 0
);
create index maintenance_category_schedule__category on maintenance_category_schedule (category);

alter table maintenance_ticket add column category_schedule_id uuid references maintenance_category_schedule (id);
alter table maintenance_ticket add constraint uq_maintenance_ticket__category_schedule_id__asset_id__due_on
    unique (category_schedule_id, asset_id, due_on);
create index asset__category on asset (category);
