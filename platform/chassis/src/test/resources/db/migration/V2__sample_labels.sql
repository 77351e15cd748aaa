-- Unique names, to prove a unique-constraint race answers 409 naming the field (uq_<table>__<column>).
create table label (
    id   uuid primary key,
    name text not null constraint uq_label__name unique,
    kind text not null
);
