-- The public board's row policies at a thousand tenants.
--
-- gj_public_board() is read once per statement, as an init plan, instead of being inlined into
-- every row's filter: inlined, the planner takes coalesce(current_setting(...), '') = 'on' for a
-- rare equality (0.5% of the rows) and, on the city-wide board with 1,000 tenants, joined the
-- tenants to 190,000 items by nested loop (over 4 minutes a page); as a parameter it is an even chance.
--
-- The policies that ask whether an organisation, a unit or a project holds an accepted claim name
-- its tenant too, so the claim indexes leading with tenant_id find it instead of reading every
-- tenant's part of them.

alter policy claim_board_public on claim_board using ((select gj_public_board()) and exists
    (select 1 from claimable_item i where i.board_id = claim_board.id and i.status in ('PUBLISHED', 'CLOSED')));
alter policy sector_public on sector using ((select gj_public_board()) and exists
    (select 1 from claimable_item i where i.sector_id = sector.id and i.status in ('PUBLISHED', 'CLOSED')));
alter policy claimable_item_public on claimable_item using ((select gj_public_board()) and status in ('PUBLISHED', 'CLOSED'));
alter policy claim_public on claim using ((select gj_public_board()) and status = 'ACCEPTED');
alter policy board_file_public on board_file using ((select gj_public_board()) and item_id is not null);

alter policy claimant_public on claimant using ((select gj_public_board()) and exists (select 1 from claim c
    where c.tenant_id = claimant.tenant_id and c.claimant_id = claimant.id and c.status = 'ACCEPTED'));
alter policy unit_public on unit using ((select gj_public_board()) and exists (select 1 from claim c
    where c.tenant_id = unit.tenant_id and c.unit_id = unit.id and c.status = 'ACCEPTED'));
alter policy project_public on project using ((select gj_public_board()) and exists (select 1 from claim c
    where c.tenant_id = project.tenant_id and c.project_id = project.id and c.status = 'ACCEPTED'));
create index claim_project on claim (tenant_id, project_id) where project_id is not null;
