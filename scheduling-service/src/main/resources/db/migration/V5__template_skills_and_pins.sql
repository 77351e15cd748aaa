-- Recurring templates carry required skills (copied onto every task they generate) and a deadline
-- rule (the deadline falls this many days after the day the task falls due).
create table task_template_required_skill (
    template_id  uuid not null references task_template (id) on delete cascade,
    skill_id     uuid not null,
    min_level    int  not null check (min_level between 1 and 5),
    primary key (template_id, skill_id)
);
alter table task_template add column deadline_days_after int not null default 0
    check (deadline_days_after between 0 and 90);
create index task_template__department on task_template (department_id, title);

-- An office manager pins an assigned task to its assignee: the planner then keeps it there.
alter table task add column pinned boolean not null default false;
