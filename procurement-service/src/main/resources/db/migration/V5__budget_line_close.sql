-- A closed budget line takes no new commitments; what it committed before may still be spent or released.
alter table budget_line add column closed_at timestamptz;
alter table budget_line add column closed_by text;
