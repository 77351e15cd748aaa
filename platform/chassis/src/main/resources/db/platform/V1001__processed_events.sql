-- Idempotent consumers: an event's id is recorded in the same transaction as its effect.
create table processed_event (
    consumer      text        not null,
    event_id      text        not null,
    event_type    text        not null,
    processed_at  timestamptz not null,
    primary key (consumer, event_id)
);
