-- Assets belong to a department (whose office managers move them) and may be retired with a reason.
alter table asset add column department_id uuid;
alter table asset add column retired_at timestamptz;
alter table asset add column retired_reason text;
create index asset__department on asset (department_id);

-- Every status move of an asset: assigned, returned, sent to repair (maybe for a ticket), back, retired.
create table asset_status_change (
    id           uuid         primary key,
    asset_id     uuid         not null references asset (id),
    from_status  text         not null,
    to_status    text         not null,
    employee_id  uuid,
    ticket_id    uuid         references maintenance_ticket (id),
    reason       text,
    changed_at   timestamptz  not null,
    changed_by   text         not null
);
create index asset_status_change__asset on asset_status_change (asset_id, changed_at);
