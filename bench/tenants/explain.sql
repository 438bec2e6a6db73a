-- The public board's statements as PublishedItems sends them, explained as the application role
-- under the anonymous board's policies (psql variables code, item): the tenant's board page, an
-- item's holders, and the city-wide board's first page with its bounded count.
begin;
select set_config('transaction_read_only', 'on', true), set_config('app.public_board', 'on', true) \gset

\echo '### board page'
explain (analyze, buffers, costs off)
select b.year, b.title, b.mode, t.code, t.name_zh, t.name_en, s.id, s.name, i.id, i.title, i.need, i.expected_results,
       i.offer, i.offered_funds, i.capacity, i.accepted, i.opens_at, i.closes_at, i.status, clock_timestamp(), t.time_zone
  from tenant t
 cross join lateral (select cb.id, cb.year, cb.title, cb.mode from claim_board cb
                      where cb.tenant_id = t.id and (cast(null as integer) is null or cb.year = null)
                      order by cb.year desc limit 1) b
  left join sector s on s.board_id = b.id and s.tenant_id = t.id
  left join claimable_item i on i.board_id = b.id and i.sector_id = s.id and i.tenant_id = t.id
 where t.code = :'code' and t.active
 order by s.position, s.id, i.id;

\echo '### item holders'
explain (analyze, buffers, costs off)
select coalesce(o.name, u.name), p.status
  from claim c
  left join claimant o on o.id = c.claimant_id and o.tenant_id = c.tenant_id
  left join unit u on u.id = c.unit_id and u.tenant_id = c.tenant_id
  left join project p on p.id = c.project_id and p.tenant_id = c.tenant_id
 where c.item_id = :item
   and c.tenant_id = (select id from tenant where code = :'code')
 order by c.decided_at, c.id;

\echo '### city-wide board, first page'
explain (analyze, buffers, costs off)
with clock as materialized (select clock_timestamp() as now),
page as materialized (select * from (
  (select 0 as part, i.closes_at as key_at, i.id as key_id from claimable_item i where (select t.active from tenant t where t.id = i.tenant_id)
      and i.status = 'PUBLISHED' and i.closes_at > (select now from clock)
    order by i.closes_at, i.id desc limit 20)
  union all
  (select 1, i.closes_at, i.id from claimable_item i where (select t.active from tenant t where t.id = i.tenant_id)
      and i.status = 'CLOSED'
    order by i.closes_at desc, i.id desc limit 20)
  union all
  (select 1, i.closes_at, i.id from claimable_item i where (select t.active from tenant t where t.id = i.tenant_id)
      and i.status = 'PUBLISHED' and i.closes_at <= (select now from clock)
    order by i.closes_at desc, i.id desc limit 20)) parts
  order by part, case when part = 0 then key_at end, key_at desc, key_id desc
  limit 20 offset 0)
select t.code, t.name_zh, t.name_en, s.id, s.name, i.id, i.title, i.need, i.expected_results, i.offer,
       i.offered_funds, i.capacity, i.accepted, i.opens_at, i.closes_at, i.status, (select now from clock), t.time_zone
  from page p
  join claimable_item i on i.id = p.key_id
  join sector s on s.id = i.sector_id and s.tenant_id = i.tenant_id
  join tenant t on t.id = i.tenant_id
 order by p.part, case when p.part = 0 then p.key_at end, p.key_at desc, p.key_id desc;

\echo '### city-wide board, count up to 1,001'
explain (analyze, buffers, costs off)
select count(*) from (select 1 from claimable_item i where (select t.active from tenant t where t.id = i.tenant_id) and i.status in ('PUBLISHED', 'CLOSED')
                      order by i.status, i.closes_at desc, i.id desc limit 1001) counted;
rollback;
