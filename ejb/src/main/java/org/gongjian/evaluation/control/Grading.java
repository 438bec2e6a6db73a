package org.gongjian.evaluation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.evaluation.entity.Arithmetic;
import org.gongjian.evaluation.entity.Arithmetic.ChannelPart;
import org.gongjian.evaluation.entity.Arithmetic.CriterionMean;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.tenantconfig.EvaluationScheme;

/**
 * Grades an evaluation's projects in one query: per project, channel and criterion the mean of
 * the counted sheets, each criterion's share (mean ÷ scale × weight), the channel scores, the
 * total over the present channels under the scheme's missing-channel rule (rounded to two
 * decimals once, at the end) and the band it falls in, all from the scheme the evaluation froze.
 * An evaluator's sheet counts unless the evaluator belongs to the owning unit or claimant, or is
 * marked related to it, and no override lets them score. Runs under the tenant's row policies.
 */
@Dependent
public class Grading {

    /** The query, with the evaluation, then the project (or null for all) twice; public for the benchmark and tests. */
    public static final String GRADES = """
            with ev as (
                select e.id, e.year, cast(e.scheme as jsonb) as s from evaluation e where e.id = ?
            ), channel as (
                select c ->> 'kind' as kind, cast(c ->> 'weight' as numeric) as weight,
                       case when jsonb_array_length(coalesce(c -> 'criteria', '[]')) > 0 then c -> 'criteria' else ev.s -> 'criteria' end as criteria
                  from ev, jsonb_array_elements(ev.s -> 'channels') c
            ), criterion as (
                select ch.kind, ch.weight as channel_weight, x.c ->> 'key' as key, cast(x.c ->> 'weight' as numeric) as weight,
                       cast(x.c ->> 'maxScore' as numeric) as scale
                  from channel ch, jsonb_array_elements(ch.criteria) x(c)
            ), graded_project as (
                select p.id, p.unit_id, p.claimant_id from project p, ev
                 where p.year = ev.year and p.status = 'ACCEPTED' and (cast(? as bigint) is null or p.id = ?)
            ), counted as (
                select s.id, s.project_id, s.channel
                  from score_sheet s join graded_project p on p.id = s.project_id
                 where s.evaluation_id = (select id from ev)
                   and (s.channel <> 'ORGANISATIONAL'
                        or exists (select 1 from evaluation_override o
                                    where o.evaluation_id = s.evaluation_id and o.project_id = s.project_id and o.account_id = s.account_id)
                        or not (exists (select 1 from membership m
                                         where m.account_id = s.account_id and (m.unit_id = p.unit_id or m.claimant_id = p.claimant_id))
                                or exists (select 1 from evaluator_relation r
                                            where r.account_id = s.account_id and (r.unit_id = p.unit_id or r.claimant_id = p.claimant_id))))
            ), sheets as (
                select project_id, channel, count(*) as n from counted group by project_id, channel
            ), mean as (
                select c.project_id, c.channel, cs.criterion_key, avg(cs.points) as mean
                  from counted c join criterion_score cs on cs.sheet_id = c.id
                 group by c.project_id, c.channel, cs.criterion_key
            ), part as (
                select p.id as project_id, cr.kind, cr.channel_weight, cr.key, cr.weight, cr.scale,
                       coalesce(sh.n, 0) as sheets, m.mean, m.mean / cr.scale * cr.weight as share
                  from graded_project p cross join criterion cr
                  left join sheets sh on sh.project_id = p.id and sh.channel = cr.kind
                  left join mean m on m.project_id = p.id and m.channel = cr.kind and m.criterion_key = cr.key
            ), channel_score as (
                select project_id, kind, channel_weight, max(sheets) as sheets,
                       case when max(sheets) > 0 then sum(share) end as score
                  from part group by project_id, kind, channel_weight
            ), total as (
                select cs.project_id,
                       coalesce(sum(cs.channel_weight) filter (where cs.sheets > 0), 0) as present_weight,
                       count(*) filter (where cs.sheets = 0) as missing,
                       sum(cs.score * cs.channel_weight) filter (where cs.sheets > 0) as weighted
                  from channel_score cs group by cs.project_id
            ), graded as (
                select t.project_id, t.present_weight, t.missing,
                       case when t.present_weight = 0 then null
                            when t.missing > 0 and coalesce((select s ->> 'missingChannel' from ev), 'NO_GRADE') = 'NO_GRADE' then null
                            else round(t.weighted / t.present_weight, 2) end as total
                  from total t
            )
            select g.project_id, pt.kind, pt.channel_weight, pt.sheets, pt.key, pt.mean, pt.share, cs.score,
                   case when cs.sheets > 0 and g.total is not null then cs.score * cs.channel_weight / g.present_weight end,
                   g.present_weight, g.missing = 0, g.total,
                   (select b ->> 'key' from ev, jsonb_array_elements(ev.s -> 'grades') b
                     where g.total >= cast(b ->> 'from' as numeric)
                       and (g.total < cast(b ->> 'to' as numeric) or (cast(b ->> 'to' as numeric) = 100 and g.total = 100))
                     limit 1)
              from graded g
              join channel_score cs on cs.project_id = g.project_id
              join part pt on pt.project_id = g.project_id and pt.kind = cs.kind
             order by g.project_id, pt.kind, pt.key""";

    /**
     * Plans the grading for the evaluation and project at hand each time: a plan cached for any
     * parameters cannot drop the project filter when it is null, and made the portal's calls cost
     * 1.29x pgbench's on a year of 1,000 projects, against 1.13x planned each time (bench/evaluation).
     */
    static final String CUSTOM_PLAN = "select set_config('plan_cache_mode', 'force_custom_plan', true)";

    @Inject
    TenantSession session;

    /** Every accepted project of the evaluation's year, by id, with its arithmetic as of now. */
    public Map<Long, Arithmetic> all(Evaluation evaluation) {
        return grade(evaluation, null);
    }

    /** One project's arithmetic as of now. */
    public Arithmetic of(Evaluation evaluation, long projectId) {
        Arithmetic arithmetic = grade(evaluation, projectId).get(projectId);
        if (arithmetic == null) {
            throw new IllegalStateException("project " + projectId + " is not graded in evaluation " + evaluation.getId());
        }
        return arithmetic;
    }

    private Map<Long, Arithmetic> grade(Evaluation evaluation, Long projectId) {
        EvaluationScheme scheme = evaluation.getScheme();
        Map<Long, Rows> byProject = new LinkedHashMap<>();
        try (PreparedStatement plan = session.connection().prepareStatement(CUSTOM_PLAN);
             PreparedStatement statement = session.connection().prepareStatement(GRADES)) {
            plan.execute();
            statement.setLong(1, evaluation.getId());
            if (projectId == null) {
                statement.setNull(2, Types.BIGINT);
                statement.setNull(3, Types.BIGINT);
            } else {
                statement.setLong(2, projectId);
                statement.setLong(3, projectId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byProject.computeIfAbsent(rows.getLong(1), id -> new Rows()).add(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot grade evaluation " + evaluation.getId(), e);
        }
        Map<Long, Arithmetic> graded = new LinkedHashMap<>();
        byProject.forEach((id, rows) -> graded.put(id, rows.arithmetic(scheme)));
        return graded;
    }

    /** One project's rows, one per channel and criterion, as the query returns them. */
    private static final class Rows {

        private final Map<ChannelKind, Map<String, BigDecimal[]>> means = new LinkedHashMap<>();
        private final Map<ChannelKind, Object[]> channels = new LinkedHashMap<>();
        private BigDecimal presentWeight;
        private boolean complete;
        private BigDecimal total;
        private String gradeKey;

        void add(ResultSet row) throws SQLException {
            ChannelKind kind = ChannelKind.valueOf(row.getString(2));
            channels.putIfAbsent(kind, new Object[] {row.getBigDecimal(3), row.getInt(4), row.getBigDecimal(8), row.getBigDecimal(9)});
            means.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(row.getString(5), new BigDecimal[] {row.getBigDecimal(6), row.getBigDecimal(7)});
            presentWeight = row.getBigDecimal(10);
            complete = row.getBoolean(11);
            total = row.getBigDecimal(12);
            gradeKey = row.getString(13);
        }

        Arithmetic arithmetic(EvaluationScheme scheme) {
            List<ChannelPart> parts = new ArrayList<>();
            scheme.channels().forEach(channel -> {
                Object[] facts = channels.get(channel.kind());
                Map<String, BigDecimal[]> byKey = means.getOrDefault(channel.kind(), Map.of());
                List<CriterionMean> criteria = new ArrayList<>();
                for (Criterion criterion : scheme.criteriaOf(channel.kind())) {
                    BigDecimal[] mean = byKey.getOrDefault(criterion.key(), new BigDecimal[2]);
                    criteria.add(new CriterionMean(criterion.key(), criterion.name(), criterion.weight(), criterion.maxScore(),
                            shown(mean[0]), shown(mean[1])));
                }
                parts.add(new ChannelPart(channel.kind(), channel.weight(), facts == null ? 0 : (Integer) facts[1], criteria,
                        facts == null ? null : shown((BigDecimal) facts[2]), facts == null ? null : shown((BigDecimal) facts[3])));
            });
            return new Arithmetic(scheme.missingChannel(), parts, presentWeight, total, gradeKey, complete);
        }

        /** Means, shares and channel scores as shown and kept: four decimals; the total is rounded from the exact values. */
        private static BigDecimal shown(BigDecimal value) {
            return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
        }
    }
}
