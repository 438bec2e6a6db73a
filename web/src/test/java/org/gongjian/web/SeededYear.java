package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.gongjian.web.Visitors.TestTenant;

/**
 * What the portal records over a tenant's year (projects, fund entries, ledger entries, a closed
 * evaluation with frozen results, award batches and prizes), written straight as the application
 * role under the tenant's row policies.
 */
final class SeededYear {

    private final long tenantId;
    private final int year;

    SeededYear(TestTenant tenant, int year) throws Exception {
        this.year = year;
        try (Connection sql = AppSql.connect()) {
            this.tenantId = AppSql.tenantId(sql, tenant.code());
        }
    }

    long unit(String name) throws Exception {
        return inTenant(sql -> single(sql, "select id from unit where name = ?", name));
    }

    long project(long unit, String title, String category, String status) throws Exception {
        return inTenant(sql -> single(sql, "insert into project (tenant_id, unit_id, year, category_key, title, status, draft, created_by)"
                + " values (" + tenantId + ", " + unit + ", " + year + ", ?, ?, ?, '{}', 'it') returning id", category, title, status));
    }

    long closedEvaluation() throws Exception {
        return inTenant(sql -> single(sql, "insert into evaluation (tenant_id, year, round_id, scheme, status, opened_by, closed_by, closed_at)"
                + " select r.tenant_id, r.year, r.id, cast(v.document as jsonb) ->> 'scheme', 'CLOSED', 'it', 'it', clock_timestamp()"
                + " from round r join config_version v on v.tenant_id = r.tenant_id and v.id = r.config_version_id"
                + " where r.year = " + year + " returning id"));
    }

    void fund(long project, String kind, String amount) throws Exception {
        inTenant(sql -> single(sql, "insert into fund_entry (tenant_id, project_id, kind, amount, entry_date, purpose, recorded_by)"
                + " values (" + tenantId + ", " + project + ", ?, cast(? as numeric), current_date, '专项经费', 'it') returning id", kind, amount));
    }

    /** A task in the project's ledger (stage may be null). */
    void ledgerEntry(long project, String stage, String title, String owner, LocalDate deadline, String status) throws Exception {
        inTenant(sql -> single(sql, "insert into ledger_entry (tenant_id, project_id, kind, stage, title, owner, deadline, measures, status,"
                + " created_by) values (" + tenantId + ", " + project + ", 'TASK', ?, ?, ?, ?, '每周调度', ?, 'it') returning id",
                stage, title, owner, deadline, status));
    }

    /** So many records of the tenant's audit trail by this actor, the latest returned. */
    long auditRecords(String actor, int count) throws Exception {
        return inTenant(sql -> single(sql, "insert into audit_record (tenant_id, actor, action, subject_type, subject_id, after_state)"
                + " select " + tenantId + ", ?, 'unit.note', 'unit', n, '{\"n\":' || n || '}' from generate_series(1, " + count + ") n"
                + " order by n returning id", actor));
    }

    /**
     * A submitted score sheet of the channel by this evaluator's login (null for a paper ballot or a
     * unit's own sheet), with these points by criterion key, and its note and 一听 text.
     */
    void scoreSheet(long evaluation, long project, String channel, String evaluator, String note, String listened,
                    Map<String, String> points) throws Exception {
        long sheet = inTenant(sql -> single(sql, "insert into score_sheet (tenant_id, evaluation_id, project_id, channel, account_id, paper,"
                + " note, listened, submitted_by) values (" + tenantId + ", " + evaluation + ", " + project + ", ?,"
                + " (select id from account where login = ?), ? = 'PUBLIC', ?, ?, 'it') returning id",
                channel, evaluator, channel, note, listened));
        for (Map.Entry<String, String> given : points.entrySet()) {
            inTenant(sql -> single(sql, "insert into criterion_score (tenant_id, sheet_id, criterion_key, points) values (" + tenantId + ", "
                    + sheet + ", ?, cast(? as numeric)) returning id", given.getKey(), given.getValue()));
        }
    }

    /** The tenant's award batch of the year, taking applications today. */
    long awardBatch() throws Exception {
        return inTenant(sql -> single(sql, "insert into award_batch (organiser_tenant_id, year, title, time_zone, opens_on, closes_on,"
                + " first_prizes, second_prizes, third_prizes, status, created_by) values (" + tenantId + ", " + year
                + ", '优秀项目成果奖', 'Asia/Shanghai', current_date - 1, current_date + 1, 1, 1, 1, 'OPEN', 'it') returning id"));
    }

    /** The unit's application with the project, then the organiser's prize (funds may be null). */
    void prize(long batch, long project, long unit, String tier, String funds) throws Exception {
        prize(batch, project, unit, tier, funds, new Applied("项目", "支部", null, null));
    }

    /** The same, the application showing the project as it stood when applied for. */
    void prize(long batch, long project, long unit, String tier, String funds, Applied as) throws Exception {
        long application = inTenant(sql -> single(sql, "insert into award_application (batch_id, tenant_id, project_id, unit_id,"
                + " project_title, owner_name, tenant_name, result_number, total, grade_zh, case_text, applied_by) values (" + batch + ", "
                + tenantId + ", " + project + ", " + unit + ", ?, ?, '党委', 1, cast(? as numeric), ?, '成效明显。', 'it') returning id",
                as.title(), as.owner(), as.total(), as.grade()));
        inTenant(sql -> single(sql, "update award_application set tier = ?, funds = cast(? as numeric), decided_by = 'it',"
                + " decided_at = clock_timestamp() where id = " + application + " returning id", tier, funds));
    }

    /** What an award application shows of its project: title, owner, frozen total and grade (null: none). */
    record Applied(String title, String owner, String total, String grade) {
    }

    void publish(long batch) throws Exception {
        inTenant(sql -> single(sql, "update award_batch set status = 'PUBLISHED', published_by = 'it', published_at = clock_timestamp()"
                + " where id = " + batch + " returning id"));
    }

    /** A frozen result with the three channel scores (null: the channel had no sheet) and its arithmetic. */
    void result(long evaluation, long project, int number, String total, String grade, String self, String opinion,
                String organisational, String reason) throws Exception {
        JsonArrayBuilder channels = Json.createArrayBuilder();
        Map<String, String> scores = new java.util.LinkedHashMap<>();
        scores.put("SELF", self);
        scores.put("PUBLIC", opinion);
        scores.put("ORGANISATIONAL", organisational);
        scores.forEach((kind, score) -> channels.add(Json.createObjectBuilder().add("kind", kind).add("weight", new BigDecimal("33.33"))
                .add("sheets", score == null ? 0 : 1).add("criteria", Json.createArrayBuilder())
                .add("score", score == null ? JsonValue.NULL : Json.createValue(new BigDecimal(score)))
                .add("contribution", JsonValue.NULL)));
        String arithmetic = Json.createObjectBuilder().add("rule", "NO_GRADE").add("channels", channels)
                .add("presentWeight", new BigDecimal("100")).add("total", total == null ? JsonValue.NULL : Json.createValue(new BigDecimal(total)))
                .add("gradeKey", grade == null ? JsonValue.NULL : Json.createValue(grade)).add("complete", total != null).build().toString();
        inTenant(sql -> single(sql, "insert into evaluation_result (tenant_id, evaluation_id, project_id, number, total, grade_key, arithmetic,"
                + " reason, decided_by) values (" + tenantId + ", " + evaluation + ", " + project + ", " + number
                + ", cast(? as numeric), ?, ?, ?, 'it') returning id", total, grade, arithmetic, reason));
    }

    private long inTenant(Work work) throws Exception {
        try (Connection sql = AppSql.connect()) {
            AppSql.setTenant(sql, tenantId);
            long id = work.run(sql);
            sql.commit();
            return id;
        }
    }

    private static long single(Connection sql, String statement, Object... parameters) throws SQLException {
        try (PreparedStatement prepared = sql.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = prepared.executeQuery()) {
                assertTrue(rows.next(), statement);
                return rows.getLong(1);
            }
        }
    }

    private interface Work {
        long run(Connection sql) throws Exception;
    }
}
