-- What reviews knows of departments and people, built only from staff events. Each aspect
-- remembers the time (ce_time) of the event it came from: an older event arriving after a newer
-- one changes nothing.
create table people_department (
    id          uuid        primary key,
    name        text        not null,
    parent_id   uuid,
    manager_id  uuid,
    as_of       timestamptz not null
);
create index people_department__manager on people_department (manager_id);
create index people_department__parent on people_department (parent_id);

-- A row may exist before its profile (a status event about someone whose hire has not arrived).
create table people_person (
    id             uuid        primary key,
    first_name     text,
    last_name      text,
    department_id  uuid,
    manager_id     uuid,
    profile_as_of  timestamptz,
    status         text        not null default 'ACTIVE',
    status_as_of   timestamptz
);
create index people_person__department on people_person (department_id);
create index people_person__manager on people_person (manager_id);

-- One row per fact scheduling told us about: a task accepted (once), returned (once per return),
-- overdue (once per missed deadline). fact_key makes a re-published fact count once whatever its
-- event id; facts are independent, so their order of arrival does not matter.
create table work_fact (
    fact_key       text        primary key,
    kind           text        not null check (kind in ('ACCEPTED', 'RETURNED', 'OVERDUE')),
    task_id        uuid        not null,
    employee_id    uuid        not null,
    department_id  uuid,
    occurred_on    date        not null,
    on_time        boolean,
    quality_score  int         check (quality_score between 1 and 5)
);
create index work_fact__employee on work_fact (employee_id, occurred_on);
