create table suggestion (
    id              uuid        primary key,
    title           text        not null,
    body            text        not null,
    raised_by       uuid,
    raised_by_subject text      not null,
    department_id   uuid,
    status          text        not null,
    decision_note   text,
    created_at      timestamptz not null,
    version         bigint      not null default 0
);
create index suggestion__department on suggestion (department_id);
create index suggestion__raised_by on suggestion (raised_by);

create table suggestion_comment (
    id             uuid        primary key,
    suggestion_id  uuid        not null references suggestion (id) on delete cascade,
    author         text        not null,
    body           text        not null,
    created_at     timestamptz not null
);
create index suggestion_comment__suggestion on suggestion_comment (suggestion_id, created_at);
