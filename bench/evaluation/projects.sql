-- The year's accepted projects of the bench tenant and its evaluators, straight in the database
-- (run by run.sh as the superuser; psql variables tenant, year, units, projects, evaluators).
-- What the portal would have gathered over a year of declarations, reviews and closures.
begin;

insert into unit (tenant_id, name, kind, secretary)
select :tenant, '考评基准支部' || n, 'BRANCH', '书记' || n
  from generate_series(1, :units) n;

-- each unit owns projects/units of the year's projects, spread over the tenant's categories
with units as (select array_agg(id order by id) ids from unit where tenant_id = :tenant and name like '考评基准支部%'),
     categories as (select array_agg(c.category->>'key' order by c.position) keys
                      from config_version v,
                           jsonb_array_elements(v.document::jsonb->'categories') with ordinality c(category, position)
                     where v.id = (select config_version_id from round where tenant_id = :tenant and year = :year))
insert into project (tenant_id, unit_id, year, category_key, title, status, draft, created_by)
select :tenant, units.ids[1 + (n - 1) % array_length(units.ids, 1)], :year,
       categories.keys[1 + (n - 1) % array_length(categories.keys, 1)],
       '考评基准项目' || n || '：党建引领社区治理', 'ACCEPTED', '{}', 'bench'
  from generate_series(1, :projects) n, units, categories;

-- the tenant's evaluators (they never sign in: no usable password)
insert into account (login, password_hash, display_name, tenant_id, must_change_password)
select format('%s-e%s', (select code from tenant where id = :tenant), lpad(n::text, 3, '0')), '!', '考评员' || n, :tenant, false
  from generate_series(1, :evaluators) n;
insert into membership (tenant_id, account_id, role)
select :tenant, id, 'EVALUATOR' from account where tenant_id = :tenant and display_name like '考评员%';

commit;
