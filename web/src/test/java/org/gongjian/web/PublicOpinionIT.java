package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * Public opinion (民意测评) as residents and admins meet it: one-time codes issued per project and
 * printed with QR codes, votes on the phone page without a session, paper ballots; a code votes
 * once and for its own project only, guesses are counted per address, and another tenant's codes
 * and projects are refused. The votes land on the public channel's sheets.
 */
class PublicOpinionIT extends DeployedPortal {

    /** The public channel scores two criteria of its own; the others use the common ones. */
    private static final String SCHEME = """
            {"channels":[{"kind":"SELF","weight":20,"criteria":[]},
              {"kind":"PUBLIC","weight":30,"criteria":[
                {"key":"satisfaction","name":{"zh":"群众满意度","en":"Satisfaction"},"weight":60,"maxScore":10},
                {"key":"benefit","name":{"zh":"群众受益","en":"Benefit"},"weight":40,"maxScore":5}]},
              {"kind":"ORGANISATIONAL","weight":50,"criteria":[]}],
             "criteria":[{"key":"effect","name":{"zh":"工作成效","en":"Effect"},"weight":100,"maxScore":100}],
             "grades":[{"key":"good","name":{"zh":"好","en":"Good"},"from":0,"to":60},
               {"key":"excellent","name":{"zh":"优秀","en":"Excellent"},"from":60,"to":100}],
             "missingChannel":"REWEIGHT"}""";
    private static final String WRONG = "票码不正确";

    @Test
    void aCodeVotesOnceForItsOwnProjectAndPaperBallotsCountAsPaper() throws Exception {
        Opinion opinion = openEvaluation(2);
        TestTenant tenant = opinion.tenant();
        long first = opinion.projects().get(0);
        long second = opinion.projects().get(1);
        List<String> codes = issue(tenant, opinion.year(), first, 3);
        String otherProjectsCode = issue(tenant, opinion.year(), second, 1).get(0);

        Browser resident = new Browser(base);
        Page list = resident.get("opinion/" + tenant.code());
        assertEquals(200, list.status());
        assertTrue(list.shows("社区难题" + first) && list.shows("社区难题" + second), list.html());
        Page form = resident.get("opinion/" + tenant.code() + "/" + first + "?code=" + codes.get(0));
        assertEquals(200, form.status());
        assertTrue(form.shows("value=\"" + codes.get(0) + "\""), "the QR code's address fills the code in");
        assertTrue(form.shows("群众满意度 (0–10)") && form.shows("群众受益 (0–5)"), form.html());
        Page voted = resident.submit(form, "vote", "send", Map.of("code", codes.get(0).replace("-", "").toLowerCase(),
                "points:0:score", "9", "points:1:score", "4.5", "note", "楼道亮了"));
        assertEquals(200, voted.status(), voted.html());
        assertTrue(voted.shows("投票成功"), voted.html());
        for (Page page : List.of(list, form, voted)) {
            assertNull(page.header("Set-Cookie"), page.uri() + " gives a session");
        }
        assertNull(resident.sessionId());

        Page again = resident.submit(form, "vote", "send", Map.of("code", codes.get(0), "points:0:score", "1", "points:1:score", "1"));
        assertEquals(409, again.status());
        assertTrue(again.shows("这个票码已经投过票"), again.html());
        HttpResponse<String> reused = vote(resident, tenant, first, codes.get(0), "1", "1");
        assertEquals(409, reused.statusCode(), reused.body());

        HttpResponse<String> elsewhere = vote(resident, tenant, first, otherProjectsCode, "8", "3");
        assertEquals(400, elsewhere.statusCode());
        assertTrue(elsewhere.body().contains("这个票码属于项目“社区难题" + second + "”"), elsewhere.body());
        HttpResponse<String> guessed = vote(resident, tenant, first, "ZZZZ-2222", "8", "3");
        assertEquals(400, guessed.statusCode());
        assertTrue(guessed.body().contains(WRONG), guessed.body());
        HttpResponse<String> malformed = vote(resident, tenant, first, codes.get(1) + "9", "8", "3");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("票码格式不对"), malformed.body());
        HttpResponse<String> lookAlike = vote(resident, tenant, first, "ABCD-0000", "8", "3");
        assertTrue(lookAlike.body().contains("没有数字 0、1 和字母 I、L、O"), lookAlike.body());
        HttpResponse<String> offScale = vote(resident, tenant, first, codes.get(1), "11", "3");
        assertEquals(400, offScale.statusCode(), "points off the scale change nothing, the code stays unused");
        assertEquals(201, vote(resident, tenant, first, codes.get(1), "7", "3").statusCode());

        HttpResponse<String> paper = tenant.admin().json("POST", ballots(tenant, opinion.year(), first) + "/paper",
                "{\"points\":[{\"criterion\":\"satisfaction\",\"points\":6},{\"criterion\":\"benefit\",\"points\":2}],\"note\":\"纸质\"}");
        assertEquals(201, paper.statusCode(), paper.body());
        Page ballotPage = tenant.admin().get("t/" + tenant.code() + "/evaluation/ballots?year=" + opinion.year() + "&id=" + first);
        Page entered = tenant.admin().submit(ballotPage, "paper", "enter", Map.of("points:0:score", "5", "points:1:score", "5"));
        assertTrue(entered.shows("已录入一张纸质选票"), entered.html());
        assertEquals("2", entered.textOf("paper-count"));
        assertEquals("2", entered.textOf("used-count"));
        assertEquals("3", entered.textOf("issued-count"));

        JsonObject listed = json(tenant.admin().json("GET", ballots(tenant, opinion.year(), first), null));
        assertEquals(2, listed.getInt("paperBallots"));
        assertEquals(2, listed.getInt("used"));
        assertEquals(List.of(true, true, false), listed.getJsonArray("codes").getValuesAs(JsonObject.class).stream()
                .map(code -> code.getBoolean("used")).toList());
        try (Connection app = AppSql.connect()) {
            AppSql.setTenant(app, AppSql.tenantId(app, tenant.code()));
            assertEquals("ballot:2 paper:2 points:" + List.of("9.00/4.50", "7.00/3.00", "6.00/2.00", "5.00/5.00"), publicSheets(app, first));
            assertEquals(0, AppSql.single(app, "select count(*) from audit_record where position('" + codes.get(0).replace("-", "")
                    + "' in coalesce(after_state, '') || coalesce(before_state, '')) > 0"), "the trail never keeps a code");
            assertEquals(2, AppSql.single(app, "select count(*) from audit_record where action = 'opinion.vote'"));
        }
    }

    @Test
    void aBurstOfWrongCodesLocksThatAddressOnly() {
        Opinion opinion = openEvaluation(1);
        TestTenant tenant = opinion.tenant();
        long project = opinion.projects().get(0);
        List<String> codes = issue(tenant, opinion.year(), project, 2);
        Browser guesser = new Browser(base).header("X-Forwarded-For", address());
        for (int guess = 0; guess < 10; guess++) {
            HttpResponse<String> wrong = vote(guesser, tenant, project, "ZZZZ-222" + "23456789AB".charAt(guess), "5", "5");
            assertEquals(400, wrong.statusCode(), "guess " + guess + ": " + wrong.body());
            assertTrue(wrong.body().contains(WRONG), wrong.body());
        }
        HttpResponse<String> locked = vote(guesser, tenant, project, "ZZZZ-3333", "5", "5");
        assertEquals(429, locked.statusCode(), locked.body());
        assertTrue(locked.body().contains("错误票码输入次数过多"), locked.body());
        assertEquals(429, vote(guesser, tenant, project, codes.get(0), "5", "5").statusCode(), "locked, even for a good code");

        Browser neighbour = new Browser(base).header("X-Forwarded-For", address());
        Page form = neighbour.get("opinion/" + tenant.code() + "/" + project);
        Page voted = neighbour.submit(form, "vote", "send", Map.of("code", codes.get(0), "points:0:score", "10", "points:1:score", "0"));
        assertTrue(voted.shows("投票成功"), voted.html());

        Page lockedPage = guesser.submit(guesser.get("opinion/" + tenant.code() + "/" + project), "vote", "send",
                Map.of("code", codes.get(1), "points:0:score", "1", "points:1:score", "1"));
        assertEquals(429, lockedPage.status());
        assertTrue(lockedPage.shows("错误票码输入次数过多"), lockedPage.html());
    }

    @Test
    void anotherTenantsCodesProjectsAndBallotsAreRefused() {
        Opinion mine = openEvaluation(1);
        Opinion theirs = openEvaluation(1);
        long myProject = mine.projects().get(0);
        long theirProject = theirs.projects().get(0);
        String theirCode = issue(theirs.tenant(), theirs.year(), theirProject, 1).get(0);
        Browser resident = new Browser(base);

        HttpResponse<String> foreignCode = vote(resident, mine.tenant(), myProject, theirCode, "5", "5");
        assertEquals(400, foreignCode.statusCode());
        assertTrue(foreignCode.body().contains(WRONG), "another tenant's code is simply wrong here: " + foreignCode.body());
        assertEquals(404, resident.get("opinion/" + mine.tenant().code() + "/" + theirProject).status());
        assertEquals(404, resident.json("GET", "api/v1/public/opinion/" + mine.tenant().code() + "/" + theirProject, null).statusCode());
        assertEquals(404, vote(resident, mine.tenant(), theirProject, theirCode, "5", "5").statusCode());
        assertFalse(resident.get("opinion/" + mine.tenant().code()).shows("社区难题" + theirProject));
        assertEquals(404, resident.get("opinion/nosuchtenant").status());

        Browser admin = mine.tenant().admin();
        assertEquals(404, admin.json("GET", ballots(mine.tenant(), theirs.year(), theirProject), null).statusCode());
        assertEquals(404, admin.json("POST", ballots(mine.tenant(), theirs.year(), theirProject), "{\"count\":5}").statusCode());
        assertEquals(404, admin.get("t/" + mine.tenant().code() + "/evaluation/ballots?year=" + theirs.year() + "&id=" + theirProject).status());
        assertEquals(404, admin.get("t/" + mine.tenant().code() + "/evaluation/ballot-sheet?year=" + theirs.year() + "&id=" + theirProject
                + "&batch=1").status());
        assertEquals(404, admin.json("GET", ballots(theirs.tenant(), theirs.year(), theirProject), null).statusCode(),
                "another tenant's address is no door either");
        Browser unit = visitors.unitMember(mine.tenant());
        assertEquals(403, unit.json("GET", ballots(mine.tenant(), mine.year(), myProject), null).statusCode());
        assertEquals(403, unit.json("POST", ballots(mine.tenant(), mine.year(), myProject), "{\"count\":5}").statusCode());

        HttpResponse<String> tooMany = admin.json("POST", ballots(mine.tenant(), mine.year(), myProject), "{\"count\":501}");
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body().contains("1 至 500"), tooMany.body());
        Page page = admin.get("t/" + mine.tenant().code() + "/evaluation/ballots?year=" + mine.year() + "&id=" + myProject);
        Page issued = admin.submit(page, "issue", "create", Map.of("count", "2"));
        assertTrue(issued.shows("已生成 2 个票码（第 1 批）"), issued.html());
        Page sheet = admin.get("t/" + mine.tenant().code() + "/evaluation/ballot-sheet?year=" + mine.year() + "&id=" + myProject + "&batch=1");
        assertEquals(200, sheet.status());
        assertEquals(2, sheet.html().split("<svg ", -1).length - 1, "a QR code for each code");
        assertTrue(sheet.shows("/opinion/" + mine.tenant().code() + "/" + myProject + "</p>"), "the address to type: " + sheet.html());
        assertTrue(sheet.shows("请用手机扫描二维码"));
    }

    /**
     * A new tenant with this many accepted projects of this year, and the year's evaluation open on
     * {@link #SCHEME}, written as the evaluation's opening writes it (its pages are another part's).
     */
    private Opinion openEvaluation(int projects) {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        int year = Visitors.today(tenant).getYear();
        Browser unit = visitors.unitMember(tenant);
        List<Long> accepted = new ArrayList<>();
        for (int i = 0; i < projects; i++) {
            accepted.add(acceptedProject(tenant, unit));
        }
        try (Connection app = AppSql.connect()) {
            long tenantId = AppSql.tenantId(app, tenant.code());
            AppSql.setTenant(app, tenantId);
            try (PreparedStatement open = app.prepareStatement("insert into evaluation (tenant_id, year, round_id, scheme, status, opened_by) "
                    + "select tenant_id, year, id, ?, 'OPEN', ? from round where tenant_id = ? and year = ?")) {
                open.setString(1, SCHEME);
                open.setString(2, tenant.adminLogin());
                open.setLong(3, tenantId);
                open.setInt(4, year);
                assertEquals(1, open.executeUpdate());
            }
            app.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new Opinion(tenant, year, accepted);
    }

    /** A unit's project declared, approved, carried out and accepted through the JSON API; titled 社区难题{id}. */
    private static long acceptedProject(TestTenant tenant, Browser unit) {
        long id = json(unit.json("POST", api(tenant, "projects"), "{\"title\":\"民意" + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"categoryKey\":\"innovation\"}")).getJsonNumber("id").longValue();
        String due = Visitors.today(tenant).withMonth(12).withDayOfMonth(31).toString();
        json(unit.json("PUT", api(tenant, "projects/" + id + "/declaration"), """
                {"title":"社区难题%d","categoryKey":"innovation","importance":"群众反映集中。","content":"逐项销号。","method":"走访。",
                 "steps":[{"description":"摸排","due":"%s"}],"budget":[{"item":"资料","amount":100.00}],"measures":"书记牵头。",
                 "goals":[{"description":"解决难题","target":5,"unit":"个"}]}""".formatted(id, due)));
        json(unit.json("POST", api(tenant, "projects/" + id + "/submit"), null));
        json(tenant.admin().json("POST", api(tenant, "projects/" + id + "/approve"), null));
        json(unit.json("PUT", api(tenant, "projects/" + id + "/responsibility"),
                "{\"leadLeader\":\"王书记\",\"responsiblePerson\":\"李主任\",\"team\":[{\"name\":\"张三\",\"role\":\"联络员\"}]}"));
        String goal = json(unit.json("GET", api(tenant, "projects/" + id), null)).getJsonObject("declaration").getJsonArray("goals")
                .getJsonObject(0).getString("key");
        json(unit.json("POST", api(tenant, "projects/" + id + "/closure"), "{\"summary\":\"小结\",\"figures\":{\"" + goal + "\":5}}"));
        json(tenant.admin().json("POST", api(tenant, "projects/" + id + "/accept"), null));
        return id;
    }

    private static List<String> issue(TestTenant tenant, int year, long project, int count) {
        HttpResponse<String> issued = tenant.admin().json("POST", ballots(tenant, year, project), "{\"count\":" + count + "}");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonArray codes = json(issued).getJsonArray("codes");
        assertEquals(count, codes.size());
        return codes.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .peek(code -> assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), code)).toList();
    }

    private static HttpResponse<String> vote(Browser browser, TestTenant tenant, long project, String code, String satisfaction,
                                             String benefit) {
        return browser.json("POST", "api/v1/public/opinion/" + tenant.code() + "/" + project + "/votes", "{\"code\":\"" + code
                + "\",\"points\":[{\"criterion\":\"satisfaction\",\"points\":" + satisfaction + "},{\"criterion\":\"benefit\",\"points\":"
                + benefit + "}]}");
    }

    /** The project's public sheets as the grading reads them: by code, on paper, and each one's points in the order cast. */
    private static String publicSheets(Connection app, long project) throws Exception {
        Map<String, Long> kinds = new HashMap<>();
        List<String> points = new ArrayList<>();
        try (PreparedStatement select = app.prepareStatement("select s.paper, string_agg(c.points::text, '/' order by c.criterion_key desc) "
                + "from score_sheet s join criterion_score c on c.sheet_id = s.id where s.project_id = ? and s.channel = 'PUBLIC' "
                + "group by s.id, s.paper order by s.id")) {
            select.setLong(1, project);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    kinds.merge(rows.getBoolean(1) ? "paper" : "ballot", 1L, Long::sum);
                    points.add(rows.getString(2));
                }
            }
        }
        return "ballot:" + kinds.get("ballot") + " paper:" + kinds.get("paper") + " points:" + points;
    }

    private static String ballots(TestTenant tenant, int year, long project) {
        return api(tenant, "evaluations/" + year + "/projects/" + project + "/ballots");
    }

    private static String api(TestTenant tenant, String path) {
        return "api/v1/t/" + tenant.code() + "/" + path;
    }

    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 300, response.statusCode() + " " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private record Opinion(TestTenant tenant, int year, List<Long> projects) {
    }
}
