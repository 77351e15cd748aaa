-- The roster: what scheduling knows of departments and people, built only from staff events.
-- Each aspect remembers the time (ce_time) of the event it came from, so an older event
-- delivered after a newer one changes nothing.

create table roster_department (
    id          uuid        primary key,
    name        text        not null,
    parent_id   uuid,
    manager_id  uuid,
    as_of       timestamptz not null
);
create index roster_department__manager on roster_department (manager_id);
create index roster_department__parent on roster_department (parent_id);

-- A row may exist before its profile (an event about someone whose hire has not arrived yet):
-- profile_as_of is null until it does, and such a person is not listed.
create table roster_person (
    id                uuid        primary key,
    first_name        text,
    last_name         text,
    position          text,
    department_id     uuid,
    manager_id        uuid,
    hire_date         date,
    weekly_hours      numeric(5, 2),
    working_days      text,
    profile_as_of     timestamptz,
    status            text        not null default 'ACTIVE',
    status_since      date,
    status_until      date,
    last_working_day  date,
    status_as_of      timestamptz,
    skills_as_of      timestamptz,
    version           bigint      not null default 0
);
create index roster_person__department on roster_person (department_id);
create index roster_person__manager on roster_person (manager_id);

create table roster_skill (
    person_id   uuid    not null references roster_person (id) on delete cascade,
    skill_id    uuid    not null,
    name        text    not null,
    level       int     not null check (level between 1 and 5),
    expires_on  date,
    primary key (person_id, skill_id)
);

-- Cancelled absences stay as tombstones, so a recorded event arriving after its cancellation is ignored.
create table roster_absence (
    id          uuid        primary key,
    person_id   uuid        not null references roster_person (id) on delete cascade,
    kind        text        not null,
    first_day   date        not null,
    last_day    date        not null,
    cancelled   boolean     not null,
    as_of       timestamptz not null
);
create index roster_absence__person on roster_absence (person_id, last_day);
