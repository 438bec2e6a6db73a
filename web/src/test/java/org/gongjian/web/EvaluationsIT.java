package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongjian.evaluation.control.Grading;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * Evaluations as the tenant's admin runs them: the scheme of the year's frozen round kept whatever
 * the configuration says later, closing and correcting as result versions; and the grading query
 * exactly as the portal runs it, as the application role under the tenant's row
 * policies, against totals worked out here by hand: criterion means, shares of each scale and
 * weight, channel weights, the two missing-channel rules, the band edges, evaluators with a
 * conflict of interest left out unless overridden, and nothing of another tenant.
 */
class EvaluationsIT extends DeployedPortal {

    private static final List<String> CRITERIA = List.of("social-benefit", "demonstration-effect", "mechanism-innovation",
            "member-participation", "public-satisfaction");

    @Test
    void weightsChangedInTheConfigurationNeverReachTheYearsEvaluation() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Member unit = visitors.newUnitMember(tenant);
        Member evaluator = visitors.newMember(tenant, "EVALUATOR", "考评组");
        long project = AcceptedProjects.accepted(tenant, unit.browser(), "楼道微治理");
        int year = Visitors.today(tenant).getYear();
        Browser admin = tenant.admin();
        // after the round froze 20/30/50 with no grade until every channel is scored, the admin turns it round
        changeScheme(tenant, Map.of("scheme:channels:0:weight", "50", "scheme:channels:2:weight", "20", "scheme:missingChannel", "REWEIGHT"));

        JsonObject opened = object(ok(admin.json("POST", api(tenant, "evaluations/" + year), null), 201));
        assertEquals("NO_GRADE", opened.getString("missingChannel"), opened.toString());
        ok(admin.json("PUT", api(tenant, "evaluations/" + year + "/projects/" + project + "/evaluators/" + evaluator.login()), null), 200);
        ok(unit.browser().json("PUT", api(tenant, "self-evaluations/" + project), sheet("80", null)), 200);
        ok(evaluator.browser().json("PUT", api(tenant, "assessments/" + project), sheet("60", null)), 200);
        JsonObject waiting = row(tenant, year, project);
        assertTrue(!waiting.containsKey("total") || waiting.isNull("total"), "no public opinion yet: no total under the frozen rule " + waiting);

        ok(admin.json("POST", api(tenant, "evaluations/" + year + "/projects/" + project + "/ballots/paper"), publicSheet("100", "100")), 201);
        // frozen weights: (80×20 + 100×30 + 60×50) ÷ 100 = 76.00; the edited ones would give 82.00
        assertEquals(new BigDecimal("76.00"), total(row(tenant, year, project)));
        ok(admin.json("POST", api(tenant, "evaluations/" + year + "/close"), null), 200);
        changeScheme(tenant, Map.of("scheme:channels:1:weight", "10", "scheme:channels:2:weight", "40"));
        JsonObject closed = result(tenant, year, project);
        assertEquals(new BigDecimal("76.00"), closed.getJsonObject("current").getJsonNumber("total").bigDecimalValue());
        assertEquals("pass", closed.getJsonObject("current").getString("gradeKey"));

        long evaluatorSheet = closed.getJsonArray("sheets").getValuesAs(JsonObject.class).stream()
                .filter(sheet -> sheet.getString("channel").equals("ORGANISATIONAL")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        HttpResponse<String> noReason = admin.json("POST", api(tenant, "evaluations/" + year + "/sheets/" + evaluatorSheet + "/corrections"),
                sheet("70", null));
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("请填写“理由”"), noReason.body());
        assertEquals(1, result(tenant, year, project).getJsonArray("versions").size(), "a refused correction changes nothing");

        ok(admin.json("POST", api(tenant, "evaluations/" + year + "/sheets/" + evaluatorSheet + "/corrections"),
                sheet("70", "考评组复核时发现录入有误")), 201);
        JsonObject corrected = result(tenant, year, project);
        // (80×20 + 100×30 + 70×50) ÷ 100 = 81.00
        assertEquals(new BigDecimal("81.00"), corrected.getJsonObject("current").getJsonNumber("total").bigDecimalValue());
        assertEquals("good", corrected.getJsonObject("current").getString("gradeKey"));
        JsonArray versions = corrected.getJsonArray("versions");
        assertEquals(2, versions.size());
        assertEquals(2, versions.getJsonObject(0).getInt("number"));
        assertEquals("考评组复核时发现录入有误", versions.getJsonObject(0).getString("reason"));
        assertEquals(new BigDecimal("76.00"), versions.getJsonObject(1).getJsonNumber("total").bigDecimalValue(), "the first result stays readable");
        BigDecimal correctedPoints = corrected.getJsonArray("sheets").getValuesAs(JsonObject.class).stream()
                .filter(sheet -> sheet.getJsonNumber("id").longValue() == evaluatorSheet).findFirst().orElseThrow()
                .getJsonObject("points").getJsonNumber("social-benefit").bigDecimalValue();
        assertEquals(0, correctedPoints.compareTo(new BigDecimal("70")), "the sheet shows its corrected points");

        Page audit = admin.get("t/" + tenant.code() + "/audit/list");
        assertTrue(audit.shows("evaluation.correct") && audit.shows("evaluation.close"), "the close and the correction are in the audit trail");
    }

    private void changeScheme(TestTenant tenant, Map<String, String> fields) {
        Page scheme = tenant.admin().get("t/" + tenant.code() + "/settings/scheme");
        Page saved = tenant.admin().submitAsShown(scheme, "scheme", "save", fields);
        assertTrue(saved.shows("已保存为第 "), saved.html());
    }

    private static String sheet(String points, String reason) {
        StringBuilder json = new StringBuilder("{\"points\":[");
        for (String criterion : CRITERIA) {
            json.append(json.charAt(json.length() - 1) == '[' ? "" : ",")
                    .append("{\"criterion\":\"").append(criterion).append("\",\"points\":").append(points).append('}');
        }
        json.append("],\"note\":\"说明\"");
        if (reason != null) {
            json.append(",\"reason\":\"").append(reason).append('"');
        }
        return json.append('}').toString();
    }

    private static String publicSheet(String satisfaction, String awareness) {
        return "{\"points\":[{\"criterion\":\"satisfaction\",\"points\":" + satisfaction + "},{\"criterion\":\"awareness\",\"points\":"
                + awareness + "}],\"note\":\"纸质票\"}";
    }

    private static JsonObject row(TestTenant tenant, int year, long project) {
        JsonObject view = object(ok(tenant.admin().json("GET", api(tenant, "evaluations/" + year), null), 200));
        return view.getJsonArray("projects").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getJsonNumber("projectId").longValue() == project).findFirst().orElseThrow();
    }

    private static BigDecimal total(JsonObject row) {
        return row.getJsonNumber("total").bigDecimalValue();
    }

    private static JsonObject result(TestTenant tenant, int year, long project) {
        return object(ok(tenant.admin().json("GET", api(tenant, "evaluations/" + year + "/projects/" + project), null), 200));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, int expected) {
        assertEquals(expected, response.statusCode(), response.body());
        return response;
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String api(TestTenant tenant, String path) {
        return "api/v1/t/" + tenant.code() + "/" + path;
    }

    /** Channels 20/30/50; common criteria a (60 %, 0–100) and b (40 %, 0–10); public opinion on s (100 %, 0–5). */
    private static final String SCHEME = """
            {"channels":[{"kind":"SELF","weight":20,"criteria":[]},
                         {"kind":"PUBLIC","weight":30,"criteria":[{"key":"s","name":{"zh":"满意度","en":"Satisfaction"},"weight":100,"maxScore":5}]},
                         {"kind":"ORGANISATIONAL","weight":50,"criteria":[]}],
             "criteria":[{"key":"a","name":{"zh":"效益","en":"Benefit"},"weight":60,"maxScore":100},
                         {"key":"b","name":{"zh":"创新","en":"Innovation"},"weight":40,"maxScore":10}],
             "grades":[{"key":"excellent","name":{"zh":"优秀","en":"Excellent"},"from":90,"to":100},
                       {"key":"good","name":{"zh":"良好","en":"Good"},"from":80,"to":90},
                       {"key":"pass","name":{"zh":"合格","en":"Pass"},"from":60,"to":80},
                       {"key":"fail","name":{"zh":"不合格","en":"Fail"},"from":0,"to":60}],
             "missingChannel":"%s"}""";

    @Test
    void totalsAndGradesEqualTheFiguresWorkedOutByHand() throws Exception {
        TestTenant reweighting = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant waiting = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Fixture r = fixture(reweighting, "REWEIGHT");
        Fixture w = fixture(waiting, "NO_GRADE");

        Map<Long, BigDecimal> totals = totals(r);
        // self (80/100×60 + 9/10×40) = 84; evaluators' means a 80, b 7 → 48 + 28 = 76 (the related one left out);
        // the public mean 4 of 5 → 80; (84×20 + 80×30 + 76×50) ÷ 100 = 78.80
        assertEquals(new BigDecimal("78.80"), totals.get(r.complete));
        assertEquals("pass", grade(r, r.complete));
        // no public votes: (100×20 + 56×50) ÷ 70 = 68.571… → 68.57 under re-weighting; no total while waiting
        assertEquals(new BigDecimal("68.57"), totals.get(r.noVotes));
        assertNull(totals(w).get(w.noVotes));
        assertNull(grade(w, w.noVotes));
        assertEquals(new BigDecimal("78.80"), totals(w).get(w.complete));
        // nothing scored: no total under either rule, never zero
        assertNull(totals.get(r.unscored));
        assertTrue(totals.containsKey(r.unscored), "every accepted project of the year is graded");
        // full marks are excellent (the top band includes 100); exactly 80 is good, not pass
        assertEquals(new BigDecimal("100.00"), totals.get(r.fullMarks));
        assertEquals("excellent", grade(r, r.fullMarks));
        assertEquals(new BigDecimal("80.00"), totals.get(r.eighty));
        assertEquals("good", grade(r, r.eighty));
        assertTrue(!totals.containsKey(r.notAccepted), "a project not accepted is not graded");

        // the related evaluator's zeros count once the admin overrides: a (70+90+0)/3, b (6+8+0)/3
        // → 32 + 18.666… = 50.666…; (84×20 + 80×30 + 50.666…×50) ÷ 100 = 66.133… → 66.13
        try (Connection db = Bidding.superuser()) {
            run(db, "insert into evaluation_override (tenant_id, evaluation_id, project_id, account_id, reason, decided_by)"
                    + " values (" + r.tenant + ", " + r.evaluation + ", " + r.complete + ", " + r.relatedEvaluator + ", '熟悉情况', 'it')");
        }
        assertEquals(new BigDecimal("66.13"), totals(r).get(r.complete));
        // the member of the owning unit is still left out on the other project
        assertEquals(new BigDecimal("68.57"), totals(r).get(r.noVotes));
    }

    @Test
    void anotherTenantSeesNothingOfTheGrades() throws Exception {
        TestTenant one = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant other = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Fixture f = fixture(one, "REWEIGHT");
        long otherTenant;
        try (Connection app = AppSql.connect()) {
            otherTenant = AppSql.tenantId(app, other.code());
        }
        assertTrue(grades(otherTenant, f.evaluation).isEmpty(), "another tenant grades nothing of this one");
        assertEquals(5, totals(f).size(), "the five accepted projects of the year");
    }

    @Test
    void theDatabaseKeepsTheFrozenSchemeAndResults() throws Exception {
        Fixture f = fixture(visitors.openForDeclarations(Visitors.THREE_TYPES), "REWEIGHT");
        refused(f, "update evaluation set scheme = replace(scheme, '\"weight\":50', '\"weight\":40') where id = " + f.evaluation);
        refused(f, "update evaluation set year = year + 1 where id = " + f.evaluation);
        try (Connection app = AppSql.connect()) {
            AppSql.setTenant(app, f.tenant);
            AppSql.execute(app, "update evaluation set status = 'CLOSED', closed_at = now(), closed_by = 'it' where id = " + f.evaluation);
            AppSql.execute(app, "insert into evaluation_result (tenant_id, evaluation_id, project_id, number, total, grade_key, arithmetic,"
                    + " decided_by) values (" + f.tenant + ", " + f.evaluation + ", " + f.complete + ", 1, 78.80, 'pass', '{}', 'it')");
            app.commit();
        }
        refused(f, "update evaluation set status = 'OPEN', closed_at = null where id = " + f.evaluation);
        refused(f, "update evaluation_result set total = 99 where evaluation_id = " + f.evaluation);
        refused(f, "delete from evaluation_result where evaluation_id = " + f.evaluation);
        refused(f, "insert into evaluation_result (tenant_id, evaluation_id, project_id, number, total, grade_key, arithmetic, decided_by)"
                + " values (" + f.tenant + ", " + f.evaluation + ", " + f.complete + ", 2, 80, 'good', '{}', 'it')");
    }

    /** The statement fails as the application role, and changes nothing. */
    private static void refused(Fixture fixture, String sql) throws Exception {
        try (Connection app = AppSql.connect()) {
            AppSql.setTenant(app, fixture.tenant);
            assertThrows(SQLException.class, () -> AppSql.execute(app, sql), sql);
            app.rollback();
        }
    }

    private Map<Long, BigDecimal> totals(Fixture fixture) throws Exception {
        Map<Long, BigDecimal> totals = new HashMap<>();
        grades(fixture.tenant, fixture.evaluation).forEach((project, row) -> totals.put(project, (BigDecimal) row[0]));
        return totals;
    }

    private String grade(Fixture fixture, long project) throws Exception {
        return (String) grades(fixture.tenant, fixture.evaluation).get(project)[1];
    }

    /** Project → {total, grade}, from the portal's own query as the application role. */
    private static Map<Long, Object[]> grades(long tenant, long evaluation) throws Exception {
        Map<Long, Object[]> grades = new HashMap<>();
        try (Connection app = AppSql.connect()) {
            AppSql.setTenant(app, tenant);
            try (PreparedStatement query = app.prepareStatement(Grading.GRADES)) {
                query.setLong(1, evaluation);
                query.setNull(2, java.sql.Types.BIGINT);
                query.setNull(3, java.sql.Types.BIGINT);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        grades.put(rows.getLong(1), new Object[] {rows.getBigDecimal(12), rows.getString(13)});
                    }
                }
            }
            app.rollback();
        }
        return grades;
    }

    private record Fixture(long tenant, long evaluation, long complete, long noVotes, long unscored, long fullMarks, long eighty,
                           long notAccepted, long relatedEvaluator) {
    }

    /**
     * One tenant's evaluation on {@link #SCHEME}, written straight into the database: six projects
     * of the year and three evaluators, one a member of the first project's unit, one marked related.
     */
    private static Fixture fixture(TestTenant tenant, String rule) throws SQLException, java.io.IOException {
        try (Connection db = Bidding.superuser()) {
            long t = single(db, "select id from tenant where code = '" + tenant.code() + "'");
            long round = single(db, "select id from round where tenant_id = " + t + " order by year desc limit 1");
            int year = (int) single(db, "select year from round where id = " + round);
            long evaluation = single(db, "insert into evaluation (tenant_id, year, round_id, scheme, status, opened_by) values ("
                    + t + ", " + year + ", " + round + ", '" + SCHEME.formatted(rule) + "', 'OPEN', 'it') returning id");
            long unitA = unit(db, t);
            long unitB = unit(db, t);
            long complete = project(db, t, unitA, year, "ACCEPTED");
            long noVotes = project(db, t, unitB, year, "ACCEPTED");
            long unscored = project(db, t, unitB, year, "ACCEPTED");
            long fullMarks = project(db, t, unitB, year, "ACCEPTED");
            long eighty = project(db, t, unitB, year, "ACCEPTED");
            long notAccepted = project(db, t, unitB, year, "UNDERWAY");
            project(db, t, unitB, year - 1, "ACCEPTED");
            long e1 = evaluator(db, t);
            long e2 = evaluator(db, t);
            long related = evaluator(db, t);
            long member = evaluator(db, t);
            run(db, "insert into membership (tenant_id, account_id, role, unit_id) values (" + t + ", " + member + ", 'UNIT_MEMBER', " + unitB + ")");
            run(db, "insert into evaluator_relation (tenant_id, account_id, unit_id, reason, marked_by) values ("
                    + t + ", " + related + ", " + unitA + ", '曾任该支部书记', 'it')");

            Sheets s = new Sheets(db, t, evaluation);
            s.add(complete, "SELF", null, "a", "80", "b", "9");
            s.add(complete, "ORGANISATIONAL", e1, "a", "70", "b", "6");
            s.add(complete, "ORGANISATIONAL", e2, "a", "90", "b", "8");
            s.add(complete, "ORGANISATIONAL", related, "a", "0", "b", "0");
            s.vote(complete, "4");
            s.vote(complete, "5");
            s.vote(complete, "3");
            s.add(noVotes, "SELF", null, "a", "100", "b", "10");
            s.add(noVotes, "ORGANISATIONAL", e1, "a", "60", "b", "5");
            s.add(noVotes, "ORGANISATIONAL", member, "a", "100", "b", "10");
            s.add(fullMarks, "SELF", null, "a", "100", "b", "10");
            s.add(fullMarks, "ORGANISATIONAL", e1, "a", "100", "b", "10");
            s.vote(fullMarks, "5");
            // self 100; evaluator a 60 → 36, b 9 → 36: 72; public 4/5 → 80: (100×20 + 80×30 + 72×50) ÷ 100 = 80.00
            s.add(eighty, "SELF", null, "a", "100", "b", "10");
            s.add(eighty, "ORGANISATIONAL", e2, "a", "60", "b", "9");
            s.vote(eighty, "4");
            return new Fixture(t, evaluation, complete, noVotes, unscored, fullMarks, eighty, notAccepted, related);
        }
    }

    /** Sheets written straight into the database; public votes as paper ballots. */
    private record Sheets(Connection db, long tenant, long evaluation) {

        void add(long project, String channel, Long account, String... points) throws SQLException {
            long sheet = single(db, "insert into score_sheet (tenant_id, evaluation_id, project_id, channel, account_id, paper, submitted_by)"
                    + " values (" + tenant + ", " + evaluation + ", " + project + ", '" + channel + "', " + account + ", "
                    + channel.equals("PUBLIC") + ", 'it') returning id");
            for (int i = 0; i < points.length; i += 2) {
                run(db, "insert into criterion_score (tenant_id, sheet_id, criterion_key, points) values (" + tenant + ", " + sheet
                        + ", '" + points[i] + "', " + points[i + 1] + ")");
            }
        }

        void vote(long project, String satisfaction) throws SQLException {
            add(project, "PUBLIC", null, "s", satisfaction);
        }
    }

    private static long unit(Connection db, long tenant) throws SQLException {
        return single(db, "insert into unit (tenant_id, name, kind) values (" + tenant + ", '支部" + UUID.randomUUID().toString().substring(0, 8)
                + "', 'BRANCH') returning id");
    }

    private static long project(Connection db, long tenant, long unit, int year, String status) throws SQLException {
        return single(db, "insert into project (tenant_id, unit_id, year, category_key, title, status, draft, created_by) values ("
                + tenant + ", " + unit + ", " + year + ", 'innovation', '项目" + UUID.randomUUID().toString().substring(0, 8) + "', '"
                + status + "', '{}', 'it') returning id");
    }

    private static long evaluator(Connection db, long tenant) throws SQLException {
        long account = single(db, "insert into account (login, password_hash, display_name, tenant_id) values ('ev-"
                + UUID.randomUUID().toString().substring(0, 8) + "', 'x', '考评员', " + tenant + ") returning id");
        run(db, "insert into membership (tenant_id, account_id, role) values (" + tenant + ", " + account + ", 'EVALUATOR')");
        return account;
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void run(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
