-- The city-wide board reads a page in index order instead of sorting every published item of the city:
-- the items still taking claims by the soonest deadline, then the ended ones (closed, or published with
-- their deadline passed) by the latest deadline; the same again within one tenant for its filter.
create index claimable_item_city_open on claimable_item (closes_at, id desc) where status = 'PUBLISHED';
create index claimable_item_city_ended on claimable_item (status, closes_at desc, id desc) where status in ('PUBLISHED', 'CLOSED');
create index claimable_item_tenant_open on claimable_item (tenant_id, closes_at, id desc) where status = 'PUBLISHED';
create index claimable_item_tenant_ended on claimable_item (tenant_id, status, closes_at desc, id desc)
    where status in ('PUBLISHED', 'CLOSED');
