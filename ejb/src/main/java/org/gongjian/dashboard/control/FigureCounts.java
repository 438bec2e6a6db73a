package org.gongjian.dashboard.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
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
 * Counts one tenant's year in a handful of aggregate queries on the transaction's connection, which
 * must already be bound to that tenant ({@code app.tenant_id}): every query names the tenant as
 * well, so the row policies and the predicates both keep other tenants' rows out.
 */
public final class FigureCounts {

    private static final Jsonb JSON = JsonbBuilder.create();

    private FigureCounts() {
    }

    public static YearFigures of(Connection connection, long tenantId, String code, Name name, int year) throws SQLException {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select status, category_key, count(*) from project
                 where tenant_id = ? and year = ? and status <> 'DRAFT' group by status, category_key order by category_key""")) {
            statement.setLong(1, tenantId);
            statement.setInt(2, year);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byStatus.merge(rows.getString(1), rows.getLong(3), Long::sum);
                    byCategory.merge(rows.getString(2), rows.getLong(3), Long::sum);
                }
            }
        }
        long declarations = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long approvals = byStatus.entrySet().stream().filter(e -> ProjectStatus.valueOf(e.getKey()).isApproved()).mapToLong(Map.Entry::getValue).sum();
        long[] overdue = longs(connection, """
                select count(*) from ledger_entry e join project p on p.tenant_id = e.tenant_id and p.id = e.project_id
                 where e.tenant_id = ? and p.year = ? and p.status = 'UNDERWAY' and e.status = 'OPEN'
                   and e.deadline < (select cast(now() at time zone t.time_zone as date) from tenant t where t.id = e.tenant_id)""",
                tenantId, year);
        long[] places = longs(connection, """
                select coalesce(sum(i.capacity), 0), coalesce(sum(i.accepted), 0)
                  from claimable_item i join claim_board b on b.tenant_id = i.tenant_id and b.id = i.board_id
                 where i.tenant_id = ? and b.year = ? and i.status in ('PUBLISHED', 'CLOSED')""", tenantId, year);
        long[] entries = longs(connection, """
                select count(*) from bid b join competition c on c.id = b.competition_id
                 where b.tenant_id = ? and c.year = ? and b.status = 'SUBMITTED'""", tenantId, year);
        long[] sheets = longs(connection, """
                select (select count(*) from evaluator_assignment a where a.tenant_id = e.tenant_id and a.evaluation_id = e.id
                           and exists (select 1 from project p where p.tenant_id = a.tenant_id and p.id = a.project_id and p.status = 'ACCEPTED')),
                       (select count(*) from score_sheet s where s.tenant_id = e.tenant_id and s.evaluation_id = e.id
                           and exists (select 1 from project p where p.tenant_id = s.tenant_id and p.id = s.project_id and p.status = 'ACCEPTED')
                           and exists (select 1 from evaluator_assignment a where a.tenant_id = s.tenant_id
                                          and a.evaluation_id = s.evaluation_id and a.project_id = s.project_id and a.account_id = s.account_id))
                  from evaluation e where e.tenant_id = ? and e.year = ?""", tenantId, year);
        List<Count> grades = grades(connection, tenantId, year);
        // the tenant's own batches, which its award list shows; its applications to the host's batches are the host's to list
        long[] awards = longs(connection, """
                select count(*), count(*) filter (where a.tier is not null and b.status = 'PUBLISHED')
                  from award_application a join award_batch b on b.id = a.batch_id and b.organiser_tenant_id = a.tenant_id
                 where a.tenant_id = ? and b.year = ?""",
                tenantId, year);
        BigDecimal[] funds = new BigDecimal[2];
        try (PreparedStatement statement = connection.prepareStatement("""
                select coalesce(sum(f.amount) filter (where f.kind = 'GRANT'), 0), coalesce(sum(f.amount) filter (where f.kind = 'SPENDING'), 0)
                  from fund_entry f join project p on p.tenant_id = f.tenant_id and p.id = f.project_id
                 where f.tenant_id = ? and p.year = ?""")) {
            statement.setLong(1, tenantId);
            statement.setInt(2, year);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                funds[0] = row.getBigDecimal(1).setScale(2);
                funds[1] = row.getBigDecimal(2).setScale(2);
            }
        }
        List<Count> categories = categories(connection, tenantId, year, byCategory);
        List<Count> statuses = Arrays.stream(ProjectStatus.values()).filter(s -> s != ProjectStatus.DRAFT)
                .map(s -> new Count(s.name(), null, byStatus.getOrDefault(s.name(), 0L))).toList();
        return new YearFigures(tenantId, code, name, year, declarations, approvals, byStatus.getOrDefault("UNDERWAY", 0L),
                overdue[0], places[0], places[1], entries[0], at(sheets, 0), at(sheets, 1),
                grades.stream().mapToLong(Count::count).sum(), awards[0], awards[1], funds[0], funds[1], categories, statuses, grades);
    }

    /** The year's categories in the order its frozen configuration lists them, then any other key the projects carry. */
    private static List<Count> categories(Connection connection, long tenantId, int year, Map<String, Long> counted) throws SQLException {
        String document = text(connection, """
                select v.document from round r join config_version v on v.tenant_id = r.tenant_id and v.id = r.config_version_id
                 where r.tenant_id = ? and r.year = ?""", tenantId, year);
        List<Category> categories = document == null ? List.of() : JSON.fromJson(document, TenantConfiguration.class).categories();
        Map<String, Name> names = new LinkedHashMap<>();
        (categories == null ? List.<Category>of() : categories).forEach(category -> names.put(category.key(), category.name()));
        return inOrder(names, counted);
    }

    /** Each accepted project's latest result's grade (the year's evaluation lists the accepted projects), counted by grade in the scheme's order. */
    private static List<Count> grades(Connection connection, long tenantId, int year) throws SQLException {
        String scheme = text(connection, "select scheme from evaluation where tenant_id = ? and year = ?", tenantId, year);
        if (scheme == null) {
            return List.of();
        }
        Map<String, Long> counted = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select grade_key, count(*) from (
                    select distinct on (r.project_id) r.grade_key from evaluation_result r
                      join evaluation e on e.tenant_id = r.tenant_id and e.id = r.evaluation_id
                      join project p on p.tenant_id = r.tenant_id and p.id = r.project_id and p.status = 'ACCEPTED'
                     where r.tenant_id = ? and e.year = ? order by r.project_id, r.number desc) latest
                 where grade_key is not null group by grade_key""")) {
            statement.setLong(1, tenantId);
            statement.setInt(2, year);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counted.put(rows.getString(1), rows.getLong(2));
                }
            }
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

    private static long at(long[] values, int index) {
        return values.length > index ? values[index] : 0;
    }

    /** The first row's numbers, or none when the query finds no row. */
    private static long[] longs(Connection connection, String sql, long tenantId, int year) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, tenantId);
            statement.setInt(2, year);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return new long[0];
                }
                long[] values = new long[row.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.getLong(i + 1);
                }
                return values;
            }
        }
    }

    private static String text(Connection connection, String sql, long tenantId, int year) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, tenantId);
            statement.setInt(2, year);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
