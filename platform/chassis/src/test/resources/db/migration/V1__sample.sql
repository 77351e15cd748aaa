create table note (
    id      uuid primary key,
    text    text not null,
    version bigint not null default 0
);
-- What the sample consumer did: one row per processed event.
create table note_effect (
    event_id text primary key,
    note_id  uuid not null,
    text     text not null
);
