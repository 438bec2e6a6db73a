-- A project opened from an accepted claim rather than declared; it does not count against a unit's
-- yearly declaration quota.
alter table project add column claimed boolean not null default false;
