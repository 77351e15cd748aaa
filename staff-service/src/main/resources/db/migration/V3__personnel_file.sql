-- The personnel file: append-only. A correction is a new entry pointing at the one it corrects.
create table personnel_file_entry (
    id                 uuid primary key,
    employee_id        uuid        not null references employee (id),
    kind               text        not null,
    title              text        not null,
    body               text,
    occurred_on        date        not null,
    restricted         boolean     not null,
    corrects_entry_id  uuid        references personnel_file_entry (id),
    source_event_id    text        unique,     -- set when another context's event made the entry
    recorded_by        text        not null,
    recorded_at        timestamptz not null
);
create index personnel_file_entry_employee on personnel_file_entry (employee_id, occurred_on desc);
create index personnel_file_entry_corrects on personnel_file_entry (corrects_entry_id);

-- The rule holds whatever code runs against the table.
create function personnel_file_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'personnel file entries are never changed or removed; append a correction instead';
end $$;
create trigger personnel_file_entry_append_only before update or delete on personnel_file_entry
    for each row execute function personnel_file_is_append_only();
