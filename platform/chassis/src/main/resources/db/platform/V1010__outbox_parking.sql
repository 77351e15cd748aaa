-- An event the broker refuses for itself (too large, topic not authorised) is parked after
-- bureau.outbox.park-after-refusals refusals: it is not sent again, other keys of its lane move on,
-- and later events of its key wait behind it. An operator fixes the cause and un-parks it
--   update outbox_event set parked_at = null, refusals = 0 where event_id = '...';
-- or gives it up (delete from outbox_event where event_id = '...'); the key's events then follow.
alter table outbox_event add column refusals integer not null default 0;
alter table outbox_event add column parked_at timestamptz;
create index outbox_event_parked on outbox_event (lane, aggregate_id, id)
    where parked_at is not null and published_at is null;

-- Relays now hold lanes with session advisory locks (pg_try_advisory_lock), so no database
-- transaction stays open while events wait for the broker; this table is no longer used.
drop table outbox_lane;
