-- Scheduled work runs once a slot however many servers run the portal: every server's tick tries to
-- take the slot's lease, the one whose insert creates the row runs the job, the others only count
-- an attempt. Not tenant data: the job itself enters each tenant as it goes.
create table job_lease (
    job       varchar(40)   not null,
    slot      timestamptz   not null,
    holder    varchar(300)  not null,
    taken_at  timestamptz   not null default clock_timestamp(),
    attempts  int           not null default 1 check (attempts >= 1),
    primary key (job, slot)
);

grant select, insert, update (attempts) on job_lease to ${app_role};
