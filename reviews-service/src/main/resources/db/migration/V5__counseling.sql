-- Confidential: seen by the employee, the referring manager and those above them, and admins.
create table counseling_referral (
    id             uuid        primary key,
    employee_id    uuid        not null,
    referred_by    uuid,
    referred_by_subject text   not null,
    category       text        not null,
    provider       text        not null,
    status         text        not null,
    opened_on      date        not null,
    follow_up_on   date,
    version        bigint      not null default 0
);
create index counseling_referral__employee on counseling_referral (employee_id);
