-- Org units form a tree; a department's manager is one of its employees.
create table department (
    id          uuid primary key,
    name        text        not null,
    parent_id   uuid        references department (id),
    manager_id  uuid,
    created_at  timestamptz not null,
    version     bigint      not null
);
create index department_parent on department (parent_id);
create index department_manager on department (manager_id);

create table employee (
    id                uuid primary key,
    first_name        text          not null,
    last_name         text          not null,
    work_email        text          not null,
    phone             text,
    position          text          not null,
    department_id     uuid          not null references department (id),
    manager_id        uuid          references employee (id),
    hire_date         date          not null,
    weekly_hours      numeric(4, 1) not null,
    working_days      text          not null,  -- e.g. MONDAY,TUESDAY (ISO order)
    external_hr_id    text          unique,
    status            text          not null,
    status_since      date          not null,
    status_until      date,
    status_reason     text,
    last_working_day  date,
    created_at        timestamptz   not null,
    version           bigint        not null
);
-- Work emails are unique whatever their case; the service checks first to answer 409 politely.
create unique index employee_work_email on employee (lower(work_email));
create index employee_department on employee (department_id);
create index employee_manager on employee (manager_id);

alter table department add constraint department_manager_fk foreign key (manager_id) references employee (id);

create table absence (
    id           uuid primary key,
    employee_id  uuid        not null references employee (id),
    kind         text        not null,
    first_day    date        not null,
    last_day     date        not null,
    note         text,
    status       text        not null,
    created_at   timestamptz not null,
    version      bigint      not null,
    check (last_day >= first_day)
);
create index absence_employee_days on absence (employee_id, first_day);
