-- A project is owned by one of the tenant's units or by one of its claimant organisations (a
-- co-building organisation whose claim on the board was accepted), never both, never neither.
alter table project alter column unit_id drop not null;
alter table project add column claimant_id bigint;
alter table project add foreign key (tenant_id, claimant_id) references claimant (tenant_id, id);
alter table project add constraint project_one_owner check ((unit_id is null) <> (claimant_id is null));
create index project_claimant on project (tenant_id, claimant_id) where claimant_id is not null;
