-- The skills catalogue, and the skills each employee holds.
create table skill (
    id          uuid primary key,
    name        text        not null,
    category    text        not null,
    description text,
    created_at  timestamptz not null,
    version     bigint      not null
);
create unique index skill_name on skill (lower(name));

create table employee_skill (
    id           uuid primary key,
    employee_id  uuid        not null references employee (id),
    skill_id     uuid        not null references skill (id),
    level        integer     not null check (level between 1 and 5),
    source       text        not null,   -- DECLARED, VERIFIED or TRAINING
    evidence     text,
    verified_by  text,
    verified_at  timestamptz,
    expires_on   date,
    updated_at   timestamptz not null,
    version      bigint      not null,
    unique (employee_id, skill_id)
);
create index employee_skill_skill_level on employee_skill (skill_id, level);
