-- The showcase tenant's year, straight in the database (run by run.sh as the superuser; psql
-- variables tenant, year, units, projects): units, and :projects projects of the year spread over
-- the tenant's categories and every status after the draft, each with its submitted declaration
-- (two measurable goals); the accepted ones with a closure report reaching or missing the targets
-- and funds granted and spent. What the showcase's figures count when the organiser publishes.
begin;

insert into unit (tenant_id, name, kind, secretary)
select :tenant, '展评基准支部' || n, 'BRANCH', '书记' || n
  from generate_series(1, :units) n;

create temporary table bench_project on commit drop as
with units as (select array_agg(id order by id) ids from unit where tenant_id = :tenant and name like '展评基准支部%'),
     categories as (select array_agg(c.category->>'key' order by c.position) keys
                      from config_version v,
                           jsonb_array_elements(v.document::jsonb->'categories') with ordinality c(category, position)
                     where v.id = (select config_version_id from round where tenant_id = :tenant and year = :year)),
     statuses as (select array['SUBMITTED', 'RETURNED', 'REJECTED', 'APPROVED', 'UNDERWAY', 'CLOSURE_SUBMITTED',
                               'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED'] s)
select n,
       units.ids[1 + (n - 1) % array_length(units.ids, 1)] unit_id,
       categories.keys[1 + (n - 1) % array_length(categories.keys, 1)] category_key,
       '展评基准项目' || n || '：党建引领社区治理' title,
       statuses.s[1 + (n - 1) % 10] status
  from generate_series(1, :projects) n, units, categories, statuses;

insert into project (tenant_id, unit_id, year, category_key, title, status, draft, declaration_number, closure_number, created_by)
select :tenant, unit_id, :year, category_key, title, status,
       json_build_object('title', title, 'categoryKey', category_key, 'importance', '居民反映的停车难、加装电梯等问题长期得不到解决。',
                         'content', '组织党员志愿者、驻区单位和社会组织，每月开展一次楼道议事会。', 'method', '一听、二看、三查、四问。',
                         'steps', json_build_array(json_build_object('description', '调研走访', 'due', :year || '-06-30')),
                         'budget', json_build_array(json_build_object('item', '宣传资料', 'amount', 1200.00)),
                         'measures', '支部书记任组长。',
                         'goals', json_build_array(json_build_object('key', 'g1', 'description', '服务群众', 'target', 300, 'unit', '人次'),
                                                   json_build_object('key', 'g2', 'description', '解决社区难题', 'target', 10, 'unit', '个')))::text,
       1, case when status = 'ACCEPTED' then 1 else 0 end, 'bench'
  from bench_project order by n;

insert into project_document (tenant_id, project_id, kind, number, document, submitted_by)
select :tenant, id, 'DECLARATION', 1, draft, 'bench'
  from project where tenant_id = :tenant and year = :year;

insert into project_document (tenant_id, project_id, kind, number, document, submitted_by)
select :tenant, id, 'CLOSURE', 1,
       json_build_object('summary', '项目按计划完成。', 'figures', json_build_object('g1', 250 + id % 100, 'g2', 8 + id % 5))::text, 'bench'
  from project where tenant_id = :tenant and year = :year and status = 'ACCEPTED';

insert into fund_entry (tenant_id, project_id, kind, amount, entry_date, purpose, recorded_by)
select :tenant, id, kind, amount, make_date(:year, 3, 1), purpose, 'bench'
  from project,
       (values ('GRANT', 20000.00, '专项经费拨付'), ('SPENDING', 12345.60, '宣传资料与活动物资')) f(kind, amount, purpose)
 where tenant_id = :tenant and year = :year and status in ('APPROVED', 'UNDERWAY', 'CLOSURE_SUBMITTED', 'ACCEPTED');

commit;
