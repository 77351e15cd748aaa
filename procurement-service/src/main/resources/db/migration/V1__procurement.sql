-- People: what procurement knows of departments and people, built only from staff events
-- (who manages which department, who is whose line manager, positions for standard kits).
create table org_department (
    id          uuid        primary key,
    name        text        not null,
    parent_id   uuid,
    manager_id  uuid,
    as_of       timestamptz not null
);
create index org_department__manager on org_department (manager_id);

create table org_person (
    id             uuid        primary key,
    department_id  uuid,
    manager_id     uuid,
    position       text,
    terminated     boolean     not null default false,
    as_of          timestamptz
);
create index org_person__manager on org_person (manager_id);

-- Budgets: fiscal periods, lines per department x category, commitments against a line.
create table fiscal_period (
    id         uuid    primary key,
    name       text    not null,
    starts_on  date    not null,
    ends_on    date    not null,
    version    bigint  not null default 0,
    constraint uq_fiscal_period__name unique (name),
    constraint fiscal_period__dates check (ends_on >= starts_on)
);

create table budget_line (
    id              uuid           primary key,
    period_id       uuid           not null references fiscal_period (id),
    department_id   uuid           not null,
    category        text           not null,
    amount          numeric(14, 2) not null check (amount >= 0),
    currency        char(3)        not null,
    policy          text           not null,
    committed       numeric(14, 2) not null default 0 check (committed >= 0),
    actual          numeric(14, 2) not null default 0 check (actual >= 0),
    reached_80      boolean        not null default false,
    reached_100     boolean        not null default false,
    version         bigint         not null default 0,
    constraint uq_budget_line__period_id__department_id__category unique (period_id, department_id, category)
);
create index budget_line__department on budget_line (department_id);

-- One commitment per source document: a purchase request, a maintenance ticket, a training request.
create table budget_commitment (
    id           uuid           primary key,
    line_id      uuid           not null references budget_line (id),
    source       text           not null,
    source_id    text           not null,
    amount       numeric(14, 2) not null check (amount >= 0),
    open_amount  numeric(14, 2) not null check (open_amount >= 0),
    spent        numeric(14, 2) not null default 0 check (spent >= 0),
    status       text           not null,
    created_at   timestamptz    not null,
    created_by   text           not null,
    constraint uq_budget_commitment__source__source_id unique (source, source_id)
);
create index budget_commitment__line on budget_commitment (line_id);

-- Exactly one decision per training cost request, ever (the primary key is the request id).
create table training_budget_decision (
    request_id      uuid           primary key,
    department_id   uuid,
    outcome         text           not null,
    commitment_id   uuid,
    budget_line_id  uuid,
    amount          numeric(14, 2) not null,
    currency        char(3)        not null,
    reason          text,
    decided_at      timestamptz    not null,
    withdrawn_at    timestamptz
);

-- Vendors and the supply catalogue.
create table vendor (
    id        uuid    primary key,
    name      text    not null,
    contact   text,
    terms     text,
    version   bigint  not null default 0,
    constraint uq_vendor__name unique (name)
);

create table supply_item (
    id                   uuid           primary key,
    sku                  text           not null,
    name                 text           not null,
    unit                 text           not null,
    category             text           not null,
    reorder_point        int            not null check (reorder_point >= 0),
    reorder_quantity     int            not null check (reorder_quantity >= 0),
    preferred_vendor_id  uuid           references vendor (id),
    last_unit_cost       numeric(14, 2),
    version              bigint         not null default 0,
    constraint uq_supply_item__sku unique (sku)
);

create table stock_location (
    id       uuid    primary key,
    name     text    not null,
    version  bigint  not null default 0,
    constraint uq_stock_location__name unique (name)
);

create table stock_level (
    item_id      uuid    not null references supply_item (id),
    location_id  uuid    not null references stock_location (id),
    quantity     int     not null check (quantity >= 0),
    primary key (item_id, location_id)
);

create table stock_movement (
    id             uuid         primary key,
    item_id        uuid         not null references supply_item (id),
    location_id    uuid         not null references stock_location (id),
    kind           text         not null,
    quantity       int          not null,
    department_id  uuid,
    reason         text,
    reference      text,
    actor          text         not null,
    occurred_at    timestamptz  not null
);
create index stock_movement__item on stock_movement (item_id, occurred_at);

-- Purchase requests, orders and receipts.
create table purchase_request (
    id              uuid           primary key,
    requester_id    uuid,
    department_id   uuid           not null,
    category        text           not null,
    status          text           not null,
    currency        char(3)        not null,
    total           numeric(14, 2) not null,
    vendor_id       uuid           references vendor (id),
    reorder         boolean        not null default false,
    commitment_id   uuid,
    decided_by      text,
    decision_reason text,
    created_at      timestamptz    not null,
    version         bigint         not null default 0
);
create index purchase_request__department on purchase_request (department_id);
create index purchase_request__requester on purchase_request (requester_id);

create table purchase_request_line (
    request_id   uuid           not null references purchase_request (id) on delete cascade,
    line_no      int            not null,
    item_id      uuid,
    description  text           not null,
    quantity     int            not null check (quantity > 0),
    unit_price   numeric(14, 2) not null check (unit_price >= 0),
    primary key (request_id, line_no)
);

create table purchase_order (
    id             uuid           primary key,
    request_id     uuid           not null references purchase_request (id),
    vendor_id      uuid           not null references vendor (id),
    status         text           not null,
    currency       char(3)        not null,
    total          numeric(14, 2) not null,
    expected_on    date           not null,
    placed_at      timestamptz    not null,
    placed_by      text           not null,
    version        bigint         not null default 0,
    constraint uq_purchase_order__request_id unique (request_id)
);

create table purchase_order_line (
    order_id     uuid           not null references purchase_order (id) on delete cascade,
    line_no      int            not null,
    item_id      uuid,
    description  text           not null,
    quantity     int            not null,
    received     int            not null default 0 check (received >= 0),
    unit_price   numeric(14, 2) not null,
    primary key (order_id, line_no),
    check (received <= quantity)
);

create table goods_receipt (
    id           uuid         primary key,
    order_id     uuid         not null references purchase_order (id),
    location_id  uuid         not null references stock_location (id),
    received_at  timestamptz  not null,
    received_by  text         not null
);

create table goods_receipt_line (
    receipt_id  uuid  not null references goods_receipt (id) on delete cascade,
    line_no     int   not null,
    quantity    int   not null check (quantity > 0),
    primary key (receipt_id, line_no)
);

-- Equipment: assets and who held them.
create table asset (
    id             uuid           primary key,
    tag            text           not null,
    category       text           not null,
    model          text           not null,
    serial         text,
    purchase_date  date,
    purchase_cost  numeric(14, 2),
    warranty_end   date,
    location_id    uuid           references stock_location (id),
    status         text           not null,
    assignee_id    uuid,
    version        bigint         not null default 0,
    constraint uq_asset__tag unique (tag)
);
create index asset__assignee on asset (assignee_id);

create table asset_assignment (
    id           uuid         primary key,
    asset_id     uuid         not null references asset (id),
    employee_id  uuid         not null,
    assigned_at  timestamptz  not null,
    assigned_by  text         not null,
    returned_at  timestamptz
);
create index asset_assignment__asset on asset_assignment (asset_id, assigned_at);

-- Standard kits and what staff events set in motion.
create table standard_kit (
    id             uuid    primary key,
    name           text    not null,
    position       text,
    department_id  uuid,
    version        bigint  not null default 0,
    constraint uq_standard_kit__name unique (name)
);

create table standard_kit_line (
    kit_id    uuid  not null references standard_kit (id) on delete cascade,
    item_id   uuid  not null references supply_item (id),
    quantity  int   not null check (quantity > 0),
    primary key (kit_id, item_id)
);

create table provisioning_request (
    id             uuid         primary key,
    employee_id    uuid         not null,
    department_id  uuid,
    position       text,
    kit_id         uuid,
    status         text         not null,
    created_at     timestamptz  not null,
    constraint uq_provisioning_request__employee_id unique (employee_id)
);

create table provisioning_line (
    request_id  uuid  not null references provisioning_request (id) on delete cascade,
    item_id     uuid  not null,
    quantity    int   not null,
    issued      int   not null,
    primary key (request_id, item_id)
);

create table return_checklist (
    id           uuid         primary key,
    employee_id  uuid         not null,
    created_at   timestamptz  not null,
    constraint uq_return_checklist__employee_id unique (employee_id)
);

create table return_checklist_item (
    checklist_id  uuid     not null references return_checklist (id) on delete cascade,
    asset_id      uuid     not null,
    tag           text     not null,
    returned      boolean  not null,
    primary key (checklist_id, asset_id)
);

create index purchase_request_line__item on purchase_request_line (item_id);
