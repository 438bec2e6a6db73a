package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.gongjian.evaluation.control.Grading;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * The grading query exactly as the portal runs it, as the application role under the tenant's row
 * policies, against totals worked out here by hand: criterion means, shares of each scale and
 * weight, channel weights, the two missing-channel rules, the band edges, evaluators with a
 * conflict of interest left out unless overridden, and nothing of another tenant.
 */
class GradingIT extends DeployedPortal {

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
