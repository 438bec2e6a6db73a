-- The year's grading written by hand, as the floor the portal is measured against: every accepted
-- project's criterion means per channel, each channel's score on the scheme's common criteria, the
-- total over the channels (the bench's projects have every channel) to two decimals, and its grade
-- band, all from the scheme the evaluation froze; the sheet of an evaluator of the owning unit,
-- or marked related to it, counts only with an override, as in the portal. Run as the application role with the tenant set, under row-level security
-- (psql or pgbench variables tenant and year).
begin;
select set_config('app.tenant_id', :tenant::text, true);
with scheme as (
    select e.id as evaluation_id, e.scheme::jsonb as s from evaluation e where e.year = :year
), criterion as (
    select c->>'key' as key, (c->>'weight')::numeric as weight, (c->>'maxScore')::numeric as scale
      from scheme, jsonb_array_elements(s->'criteria') c
), channel as (
    select c->>'kind' as kind, (c->>'weight')::numeric as weight
      from scheme, jsonb_array_elements(s->'channels') c
), band as (
    select g->>'key' as key, (g->>'from')::numeric as low, (g->>'to')::numeric as high
      from scheme, jsonb_array_elements(s->'grades') g
), mean as (
    select sh.project_id, sh.channel, cs.criterion_key, avg(cs.points) as points
      from scheme
      join score_sheet sh on sh.evaluation_id = scheme.evaluation_id
      join criterion_score cs on cs.sheet_id = sh.id
      join project p on p.id = sh.project_id
     where sh.channel <> 'ORGANISATIONAL'
        or not (exists (select 1 from membership m
                         where m.account_id = sh.account_id
                           and (m.unit_id = p.unit_id or m.claimant_id = p.claimant_id))
             or exists (select 1 from evaluator_relation r
                         where r.account_id = sh.account_id
                           and (r.unit_id = p.unit_id or r.claimant_id = p.claimant_id)))
        or exists (select 1 from evaluation_override o
                    where o.evaluation_id = sh.evaluation_id and o.project_id = sh.project_id and o.account_id = sh.account_id)
     group by sh.project_id, sh.channel, cs.criterion_key
), channel_score as (
    select m.project_id, m.channel, sum(m.points / c.scale * c.weight) as score
      from mean m join criterion c on c.key = m.criterion_key
     group by m.project_id, m.channel
), total as (
    select p.id, round(sum(cs.score * ch.weight) / sum(ch.weight), 2) as total
      from scheme
      join project p on p.year = :year and p.status = 'ACCEPTED'
      join channel_score cs on cs.project_id = p.id
      join channel ch on ch.kind = cs.channel
     group by p.id
)
select t.id, t.total, b.key
  from total t
  join band b on t.total >= b.low and (t.total < b.high or (b.high = 100 and t.total = 100))
 order by t.id;
commit;
