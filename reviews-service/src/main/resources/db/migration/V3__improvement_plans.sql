create table improvement_plan (
    id             uuid        primary key,
    employee_id    uuid        not null,
    department_id  uuid        not null,
    reason         text        not null,
    opened_on      date        not null,
    due_on         date        not null,
    opened_by      text        not null,
    status         text        not null,
    outcome        text,
    closed_on      date,
    version        bigint      not null default 0
);
create index improvement_plan__employee on improvement_plan (employee_id);
create index improvement_plan__department on improvement_plan (department_id);

create table improvement_plan_goal (
    plan_id      uuid not null references improvement_plan (id) on delete cascade,
    position     int  not null,
    description  text not null,
    measure      text not null,
    due_on       date not null,
    primary key (plan_id, position)
);

create table improvement_plan_support (
    plan_id       uuid not null references improvement_plan (id) on delete cascade,
    position      int  not null,
    kind          text not null,
    description   text not null,
    reference_id  uuid,
    scheduled_on  date,
    primary key (plan_id, position)
);

create table improvement_plan_check_in (
    plan_id   uuid        not null references improvement_plan (id) on delete cascade,
    position  int         not null,
    held_on   date        not null,
    progress  text        not null,
    by_whom   text        not null,
    primary key (plan_id, position)
);
