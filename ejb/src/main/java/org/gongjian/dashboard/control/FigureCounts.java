package org.gongjian.dashboard.control;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.dashboard.boundary.Count;
import org.gongjian.dashboard.boundary.YearFigures;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenantconfig.Category;
import org.gongjian.tenantconfig.EvaluationScheme;
import org.gongjian.tenantconfig.GradeBand;
import org.gongjian.tenantconfig.Name;
import org.gongjian.tenantconfig.TenantConfiguration;

/**
 * Counts one tenant's year in one statement on the transaction's connection, which must already be
 * bound to that tenant ({@code app.tenant_id}): every subquery names the tenant as well, so the row
 * policies and the predicates both keep other tenants' rows out.
 */
public final class FigureCounts {

    private static final Jsonb JSON = JsonbBuilder.create();

    // One row: scalar subqueries, and aggregates joined laterally where figures come in pairs, so the
    // host's dashboard asks one statement per tenant; the counts by key come as JSON objects in their
    // keys' order. Grades: each accepted project's latest result's (the year's evaluation lists the
    // accepted projects). Awards: the tenant's own batches, which its award list shows; its
    // applications to the host's batches are the host's to list.
    private static final String FIGURES = """
            select (select json_object_agg(status, n) from (
                        select status, count(*) n from project
                         where tenant_id = given.tenant_id and year = given.year and status <> 'DRAFT' group by status) s) as statuses,
                   (select json_object_agg(category_key, n order by category_key) from (
                        select category_key, count(*) n from project
                         where tenant_id = given.tenant_id and year = given.year and status <> 'DRAFT' group by category_key) c) as categories,
                   (select count(*) from ledger_entry e join project p on p.tenant_id = e.tenant_id and p.id = e.project_id
                     where e.tenant_id = given.tenant_id and p.year = given.year and p.status = 'UNDERWAY' and e.status = 'OPEN'
                       and e.deadline < (select cast(now() at time zone t.time_zone as date) from tenant t where t.id = e.tenant_id)) as overdue,
                   (select count(*) from bid b join competition c on c.id = b.competition_id
                     where b.tenant_id = given.tenant_id and c.year = given.year and b.status = 'SUBMITTED') as entries,
                   (select count(*) from evaluator_assignment a join evaluation e on e.tenant_id = a.tenant_id and e.id = a.evaluation_id
                     where a.tenant_id = given.tenant_id and e.year = given.year
                       and exists (select 1 from project p where p.tenant_id = a.tenant_id and p.id = a.project_id and p.status = 'ACCEPTED')) as sheets_due,
                   (select count(*) from score_sheet s join evaluation e on e.tenant_id = s.tenant_id and e.id = s.evaluation_id
                     where s.tenant_id = given.tenant_id and e.year = given.year
                       and exists (select 1 from project p where p.tenant_id = s.tenant_id and p.id = s.project_id and p.status = 'ACCEPTED')
                       and exists (select 1 from evaluator_assignment a where a.tenant_id = s.tenant_id
                                      and a.evaluation_id = s.evaluation_id and a.project_id = s.project_id and a.account_id = s.account_id)) as sheets_in,
                   (select scheme from evaluation where tenant_id = given.tenant_id and year = given.year) as scheme,
                   (select json_object_agg(grade_key, n order by grade_key) from (
                        select grade_key, count(*) n from (
                            select distinct on (r.project_id) r.grade_key from evaluation_result r
                              join evaluation e on e.tenant_id = r.tenant_id and e.id = r.evaluation_id
                              join project p on p.tenant_id = r.tenant_id and p.id = r.project_id and p.status = 'ACCEPTED'
                             where r.tenant_id = given.tenant_id and e.year = given.year order by r.project_id, r.number desc) latest
                         where grade_key is not null group by grade_key) g) as grades,
                   (select v.document from round r join config_version v on v.tenant_id = r.tenant_id and v.id = r.config_version_id
                     where r.tenant_id = given.tenant_id and r.year = given.year) as configuration,
                   places.offered, places.taken, awards.applications, awards.awarded, funds.granted, funds.spent
              from (values (cast(? as bigint), cast(? as integer))) as given (tenant_id, year)
             cross join lateral (
                   select coalesce(sum(i.capacity), 0) as offered, coalesce(sum(i.accepted), 0) as taken
                     from claimable_item i join claim_board b on b.tenant_id = i.tenant_id and b.id = i.board_id
                    where i.tenant_id = given.tenant_id and b.year = given.year and i.status in ('PUBLISHED', 'CLOSED')) as places
             cross join lateral (
                   select count(*) as applications, count(*) filter (where a.tier is not null and b.status = 'PUBLISHED') as awarded
                     from award_application a join award_batch b on b.id = a.batch_id and b.organiser_tenant_id = a.tenant_id
                    where a.tenant_id = given.tenant_id and b.year = given.year) as awards
             cross join lateral (
                   select coalesce(sum(f.amount) filter (where f.kind = 'GRANT'), 0) as granted,
                          coalesce(sum(f.amount) filter (where f.kind = 'SPENDING'), 0) as spent
                     from fund_entry f join project p on p.tenant_id = f.tenant_id and p.id = f.project_id
                    where f.tenant_id = given.tenant_id and p.year = given.year) as funds""";

    private FigureCounts() {
    }

    public static YearFigures of(Connection connection, long tenantId, String code, Name name, int year) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FIGURES)) {
            statement.setLong(1, tenantId);
            statement.setInt(2, year);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return figures(row, tenantId, code, name, year);
            }
        }
    }

    private static YearFigures figures(ResultSet row, long tenantId, String code, Name name, int year) throws SQLException {
        Map<String, Long> byStatus = counted(row.getString("statuses"));
        long declarations = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long approvals = byStatus.entrySet().stream().filter(e -> ProjectStatus.valueOf(e.getKey()).isApproved()).mapToLong(Map.Entry::getValue).sum();
        List<Count> statuses = Arrays.stream(ProjectStatus.values()).filter(s -> s != ProjectStatus.DRAFT)
                .map(s -> new Count(s.name(), null, byStatus.getOrDefault(s.name(), 0L))).toList();
        List<Count> categories = categories(row.getString("configuration"), counted(row.getString("categories")));
        List<Count> grades = grades(row.getString("scheme"), counted(row.getString("grades")));
        return new YearFigures(tenantId, code, name, year, declarations, approvals, byStatus.getOrDefault("UNDERWAY", 0L),
                row.getLong("overdue"), row.getLong("offered"), row.getLong("taken"), row.getLong("entries"),
                row.getLong("sheets_due"), row.getLong("sheets_in"), grades.stream().mapToLong(Count::count).sum(),
                row.getLong("applications"), row.getLong("awarded"), row.getBigDecimal("granted").setScale(2),
                row.getBigDecimal("spent").setScale(2), categories, statuses, grades);
    }

    /** A JSON object of counts by key, in its keys' order; none when nothing was counted. */
    private static Map<String, Long> counted(String json) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (json != null) {
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                reader.readObject().forEach((key, count) -> counts.put(key, ((JsonNumber) count).longValue()));
            }
        }
        return counts;
    }

    /** The year's categories in the order its frozen configuration lists them, then any other key the projects carry. */
    private static List<Count> categories(String configuration, Map<String, Long> counted) {
        List<Category> categories = configuration == null ? null : JSON.fromJson(configuration, TenantConfiguration.class).categories();
        Map<String, Name> names = new LinkedHashMap<>();
        (categories == null ? List.<Category>of() : categories).forEach(category -> names.put(category.key(), category.name()));
        return inOrder(names, counted);
    }

    /** The latest grades counted in the order of the year's evaluation scheme; none without an evaluation. */
    private static List<Count> grades(String scheme, Map<String, Long> counted) {
        if (scheme == null) {
            return List.of();
        }
        List<GradeBand> bands = JSON.fromJson(scheme, EvaluationScheme.class).grades();
        Map<String, Name> names = new LinkedHashMap<>();
        (bands == null ? List.<GradeBand>of() : bands).forEach(band -> names.put(band.key(), band.name()));
        return inOrder(names, counted);
    }

    /** Every named key in its order, counted or not, then any other key counted (a key the configuration no longer names). */
    private static List<Count> inOrder(Map<String, Name> names, Map<String, Long> counted) {
        List<Count> counts = new ArrayList<>();
        names.forEach((key, name) -> counts.add(new Count(key, name, counted.getOrDefault(key, 0L))));
        counted.forEach((key, count) -> {
            if (!names.containsKey(key)) {
                counts.add(new Count(key, null, count));
            }
        });
        return counts;
    }
}
