-- Whether the skills-changed event published since the skill expired already leaves it out.
alter table employee_skill add column expiry_published boolean not null default false;
create index employee_skill_unpublished_expiry on employee_skill (expires_on) where not expiry_published;
