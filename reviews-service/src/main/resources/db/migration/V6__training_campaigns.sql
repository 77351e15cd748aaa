create table training_campaign (
    id          uuid        primary key,
    name        text        not null,
    session_id  uuid        not null references training_session (id),
    course_id   uuid        not null references training_course (id),
    due_on      date        not null,
    created_by  text        not null,
    created_at  timestamptz not null,
    version     bigint      not null default 0,
    constraint uq_training_campaign__name unique (name)
);

create table training_campaign_department (
    campaign_id    uuid not null references training_campaign (id) on delete cascade,
    department_id  uuid not null,
    primary key (campaign_id, department_id)
);
create index training_campaign_department__department on training_campaign_department (department_id);

alter table enrolment add column campaign_id uuid references training_campaign (id);
create index enrolment__campaign on enrolment (campaign_id);
