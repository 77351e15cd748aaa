-- Who changed what, when: one row per change of state, written in the change's transaction.
create table audit_entry (
    id           uuid primary key,
    occurred_at  timestamptz not null,
    actor        text        not null,
    actor_roles  text,
    action       text        not null,
    entity_type  text        not null,
    entity_id    text        not null,
    before_state jsonb,
    after_state  jsonb,
    request_id   text
);
create index audit_entry_entity on audit_entry (entity_type, entity_id, occurred_at);
