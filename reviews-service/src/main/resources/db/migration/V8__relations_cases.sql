-- Restricted to the managers of the parties and admins.
create table relations_case (
    id                uuid        primary key,
    kind              text        not null,
    severity          text        not null,
    description       text        not null,
    customer_contact  text,
    status            text        not null,
    resolution        text,
    opened_on         date        not null,
    resolved_on       date,
    opened_by         text        not null,
    version           bigint      not null default 0
);

create table relations_case_party (
    case_id      uuid not null references relations_case (id) on delete cascade,
    employee_id  uuid not null,
    primary key (case_id, employee_id)
);
create index relations_case_party__employee on relations_case_party (employee_id);

create table relations_case_meeting (
    case_id    uuid not null references relations_case (id) on delete cascade,
    position   int  not null,
    held_on    date not null,
    attendees  text not null,
    minutes    text not null,
    primary key (case_id, position)
);
