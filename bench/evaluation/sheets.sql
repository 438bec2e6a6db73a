-- Every channel's score sheets of the opened evaluation, straight in the database (run by run.sh
-- as the superuser; psql variables tenant, evaluation, votes): each project's self sheet, one
-- sheet from each of the tenant's evaluators (all assigned, none conflicted) and one per used
-- ballot code, each with points on every criterion of the scheme's common criteria. Points lean
-- on a quality of each project's own, so the totals spread over every grade band.
begin;
select setseed(0.2026);

create temporary table bench_criterion on commit drop as
select c->>'key' as key, (c->>'maxScore')::numeric as scale
  from evaluation e, jsonb_array_elements(e.scheme::jsonb->'criteria') c
 where e.id = :evaluation;

create temporary table bench_project on commit drop as
select p.id, 35 + (p.id * 7919) % 66 as quality
  from evaluation e join project p on p.tenant_id = e.tenant_id and p.year = e.year and p.status = 'ACCEPTED'
 where e.id = :evaluation;

insert into evaluator_assignment (tenant_id, evaluation_id, project_id, account_id, assigned_by)
select :tenant, :evaluation, p.id, m.account_id, 'bench'
  from bench_project p, membership m
 where m.tenant_id = :tenant and m.role = 'EVALUATOR';

insert into ballot_code (tenant_id, evaluation_id, project_id, code, batch, issued_by, used_at)
select :tenant, :evaluation, p.id, upper(lpad(to_hex(p.id * 1000 + n), 8, '0')), 1, 'bench', clock_timestamp()
  from bench_project p, generate_series(1, :votes) n;

insert into score_sheet (tenant_id, evaluation_id, project_id, channel, note, submitted_by)
select :tenant, :evaluation, p.id, 'SELF', '按计划完成，成效见附件。', 'bench-unit'
  from bench_project p;
insert into score_sheet (tenant_id, evaluation_id, project_id, channel, account_id, listened, looked, checked, asked, submitted_by)
select :tenant, :evaluation, a.project_id, 'ORGANISATIONAL', a.account_id,
       '听取汇报', '现场查看', '查阅台账', '走访群众', 'bench'
  from evaluator_assignment a
 where a.evaluation_id = :evaluation;
insert into score_sheet (tenant_id, evaluation_id, project_id, channel, ballot_id, submitted_by)
select :tenant, :evaluation, b.project_id, 'PUBLIC', b.id, 'ballot'
  from ballot_code b
 where b.evaluation_id = :evaluation;

insert into criterion_score (tenant_id, sheet_id, criterion_key, points)
select :tenant, s.id, c.key,
       round(least(c.scale, greatest(0, (p.quality + (random() - 0.5) * 30) * c.scale / 100))::numeric, 2)
  from score_sheet s
  join bench_project p on p.id = s.project_id, bench_criterion c
 where s.evaluation_id = :evaluation;

commit;
analyze;
