-- Tenants of the same size, straight in the database (run by run.sh as the superuser; psql
-- variables first, count, items, claimants, year): tenants tn<first>… each with a claim board of
-- the year in six sectors, :items items (most published and taking claims, every tenth closed,
-- every twentieth a draft the public never sees), :claimants registered organisations, and an
-- accepted claim on every fourth published item. The same script makes the one tenant and the
-- thousand, so every tenant's board is the same size.
begin;

create temporary table bench_tenant on commit drop as
select number, 'tn' || lpad(number::text, 4, '0') code
  from generate_series(:first, :first + :count - 1) number;

insert into tenant (code, name_zh, name_en, kind, time_zone)
select code, '基准街道' || number, 'Bench street ' || number, 'STREET', 'Asia/Shanghai' from bench_tenant;

insert into claim_board (tenant_id, year, title, mode, category_key)
select t.id, :year, :year || '年度项目公开认领', 'FIRST_COME', 'governance'
  from tenant t join bench_tenant b on b.code = t.code;

insert into sector (tenant_id, board_id, name, position)
select cb.tenant_id, cb.id, s.name, s.position
  from claim_board cb join tenant t on t.id = cb.tenant_id join bench_tenant b on b.code = t.code,
       unnest(array['社区治理', '为民服务', '文明实践', '平安建设', '环境整治', '助老扶幼']) with ordinality s(name, position);

insert into claimant (tenant_id, name, kind, contact_person, contact_phone)
select t.id, '驻区单位' || c, 'ENTERPRISE', '联系人' || c, '021-5555' || lpad(c::text, 4, '0')
  from tenant t join bench_tenant b on b.code = t.code, generate_series(1, :claimants) c;

insert into claimable_item (tenant_id, board_id, sector_id, title, need, expected_results, offer, offered_funds, contact,
                            capacity, opens_at, closes_at, status)
select cb.tenant_id, cb.id, s.id, '标的' || n || '：楼道微治理与邻里互助',
       '老旧小区加装电梯协调、楼道堆物清理和独居老人探访，需要驻区单位出人出力，每月至少两次。',
       '形成楼道公约，服务居民300人次。', '社区提供活动场地和宣传支持。', 5000 + n * 10, '居委会 021-55550000',
       1 + n % 5,
       case when n % 10 = 0 then now() - interval '60 days' else now() - interval '10 days' end,
       case when n % 10 = 0 then now() - interval '1 day' else now() + (30 + n % 60) * interval '1 day' end,
       case when n % 10 = 0 then 'CLOSED' when n % 20 = 5 then 'DRAFT' else 'PUBLISHED' end
  from claim_board cb join tenant t on t.id = cb.tenant_id join bench_tenant b on b.code = t.code
  cross join generate_series(1, :items) n
  join sector s on s.board_id = cb.id and s.position = 1 + n % 6
 order by cb.tenant_id, n;

insert into claim (tenant_id, item_id, claimant_id, plan, reasons, status, claimed_by, decided_by, decided_at)
select i.tenant_id, i.id, o.id, '每月组织志愿者两次入户走访。', '本单位有志愿服务队伍。', 'ACCEPTED', 'bench', 'bench', now()
  from (select i.*, row_number() over (partition by i.tenant_id order by i.id) k
          from claimable_item i join tenant t on t.id = i.tenant_id join bench_tenant b on b.code = t.code) i
  join claimant o on o.tenant_id = i.tenant_id and o.name = '驻区单位' || (1 + (i.k / 4) % :claimants)
 where i.status = 'PUBLISHED' and i.k % 4 = 1;

commit;
