-- A person may be hired again after leaving: one provisioning request per employment (person and
-- hire date) and one return checklist per leaving (person and last working day). The people read
-- model keeps the event times of the newest hire and termination, so a stale one is recognised.
alter table org_person add column hired_at timestamptz;
alter table org_person add column terminated_at timestamptz;

alter table provisioning_request add column hire_date date;
update provisioning_request set hire_date = (created_at at time zone 'UTC')::date;
alter table provisioning_request alter column hire_date set not null;
alter table provisioning_request drop constraint uq_provisioning_request__employee_id;
alter table provisioning_request add constraint uq_provisioning_request__employee_id__hire_date unique (employee_id, hire_date);

alter table return_checklist add column last_working_day date;
update return_checklist set last_working_day = (created_at at time zone 'UTC')::date;
alter table return_checklist alter column last_working_day set not null;
alter table return_checklist drop constraint uq_return_checklist__employee_id;
alter table return_checklist add constraint uq_return_checklist__employee_id__last_working_day unique (employee_id, last_working_day);
