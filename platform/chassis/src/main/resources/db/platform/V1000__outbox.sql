-- Transactional outbox: a row commits with the state change it describes; the relay publishes it.
create table outbox_event (
    id            bigserial primary key,          -- publication order
    event_id      uuid        not null unique,    -- ce_id
    topic         text        not null,
    event_type    text        not null,           -- ce_type
    aggregate_id  text        not null,           -- Kafka key and ce_subject
    lane          integer     not null,           -- hash of the key: rows of one key share a lane
    payload       jsonb       not null,
    request_id    text,
    occurred_at   timestamptz not null,
    published_at  timestamptz,
    attempts      integer     not null default 0,
    last_error    text
);
create index outbox_event_pending on outbox_event (lane, id) where published_at is null;
create index outbox_event_published on outbox_event (published_at) where published_at is not null;

-- A relay replica takes the lanes it can lock (FOR UPDATE SKIP LOCKED): replicas share the work,
-- never publish the same row at once, and keep each key's events in order.
create table outbox_lane (
    lane integer primary key
);
insert into outbox_lane (lane) select generate_series(0, 15);
