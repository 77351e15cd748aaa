-- Requests sent with an Idempotency-Key, per caller: what was asked, and the answer to repeat.
create table idempotency_key (
    caller       text        not null,
    key          text        not null,
    method       text        not null,
    path         text        not null,
    -- SHA-256 of the request body: a repeat must send the same body.
    request_hash text        not null,
    -- Null while the first request is in flight.
    status       integer,
    content_type text,
    etag         text,
    location     text,
    body         bytea,
    created_at   timestamptz not null,
    primary key (caller, key)
);
create index idempotency_key_created_at on idempotency_key (created_at);
