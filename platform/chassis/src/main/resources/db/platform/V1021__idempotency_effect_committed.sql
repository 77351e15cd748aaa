-- Set in the same transaction as the guarded request's own changes: a reservation whose answer
-- was never stored (the process died between the two commits) but whose effect committed must
-- not run a second time.
alter table idempotency_key add column effect_committed_at timestamptz;
