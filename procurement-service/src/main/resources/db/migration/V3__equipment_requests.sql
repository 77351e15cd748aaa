-- Equipment requests: an employee asks, a manager approves, it is fulfilled from stock (an asset of
-- the category in stock is assigned) or becomes a purchase request.
create table equipment_request (
    id                   uuid           primary key,
    requester_id         uuid           not null,
    department_id        uuid           not null,
    category             text           not null,
    reason               text,
    estimated_price      numeric(14, 2) not null,
    status               text           not null,
    asset_id             uuid           references asset (id),
    purchase_request_id  uuid           references purchase_request (id),
    decided_by           text,
    created_at           timestamptz    not null,
    version              bigint         not null default 0
);
create index equipment_request__requester on equipment_request (requester_id);
create index equipment_request__department on equipment_request (department_id);
