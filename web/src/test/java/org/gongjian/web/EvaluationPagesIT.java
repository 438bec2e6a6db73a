package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * The evaluation (考评) pages and API for each role: the admin opens the year, assigns evaluators,
 * settles a conflict of interest, follows the live total, closes the year and corrects a sheet; the
 * unit scores itself; the evaluator scores with the four notes; the result page shows the
 * arithmetic, to the cent as computed here by hand. Every page and endpoint refuses another
 * tenant's people and the wrong role, and bad points change nothing.
 */
class EvaluationPagesIT extends DeployedPortal {

    /** The common criteria of the templates, in order: weights 30, 20, 20, 15, 15, each scored out of 100. */
    private static final int[] WEIGHTS = {30, 20, 20, 15, 15};
    private static final int[] SELF = {80, 70, 90, 60, 100};
    private static final int[] ORGANISATIONAL = {90, 85, 95, 70, 88};
    /** The three-types template's channel weights. */
    private static final int SELF_WEIGHT = 20;
    private static final int ORGANISATIONAL_WEIGHT = 50;

    @Test
    void aYearIsEvaluatedThroughThePagesAndItsResultShowsTheArithmeticToTheCent() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES, EvaluationPagesIT::reweightMissingChannels);
        Page config = tenant.admin().get(page(tenant, "config/index"));
        assertTrue(config.textOf("missing-channel").contains("按在评渠道折算"), config.html());
        String unitName = "支部" + UUID.randomUUID().toString().substring(0, 8);
        Member unit = visitors.newMember(tenant, "UNIT_MEMBER", unitName);
        Member evaluator = visitors.newMember(tenant, "EVALUATOR", "考评组");
        Member related = visitors.newMember(tenant, "EVALUATOR", "考评二组");
        long id = AcceptedProjects.accepted(tenant, unit.browser(), "邻里守望");
        int year = Visitors.today(tenant).getYear();
        Browser admin = tenant.admin();

        Page home = admin.get("t/" + tenant.code() + "/");
        assertTrue(home.shows("id=\"home-evaluation\""), home.html());
        Page years = admin.get(page(tenant, "evaluation/"));
        assertEquals(200, years.status(), years.html());
        Page opened = admin.submit(years, "open", "submit", Map.of("year", Integer.toString(year)));
        assertTrue(opened.shows(year + " 年度考评已开启。"), opened.html());
        assertTrue(opened.shows("邻里守望") && opened.shows("未自评"), opened.html());
        assertEquals("考评进行中", opened.textOf("evaluation-status"));

        String project = page(tenant, "evaluation/project?year=" + year + "&id=" + id);
        Page assigned = admin.submit(admin.get(project), "assign", "add", Map.of("login_input", evaluator.login()));
        assertTrue(assigned.shows("已指派“" + evaluator.login() + "”考评本项目。"), assigned.html());
        admin.submit(admin.get(project), "assign", "add", Map.of("login_input", related.login()));
        Page relations = admin.get(page(tenant, "evaluation/relations"));
        Matcher owner = Pattern.compile("<option value=\"(u\\d+)\"[^>]*>基层单位 · " + unitName + "<").matcher(relations.html());
        assertTrue(owner.find(), relations.html());
        Page marked = admin.submit(relations, "mark", "save", Map.of("login_input", related.login(), "owner_input", owner.group(1),
                "reason", "曾在该支部任职。"));
        assertTrue(marked.shows("已标记“" + related.login() + "”的关联关系。") && marked.shows("曾在该支部任职。"), marked.html());

        Page keptOut = related.browser().get(page(tenant, "assessments/"));
        assertTrue(keptOut.shows("需回避，不能评分"), keptOut.html());
        Page keptOutSheet = related.browser().get(page(tenant, "assessments/sheet?id=" + id));
        assertTrue(keptOutSheet.shows("id=\"conflicted\"") && !keptOutSheet.shows("id=\"sheet:save\""), keptOutSheet.html());
        HttpResponse<String> refused = related.browser().json("PUT", api(tenant, "assessments/" + id), sheetJson(ORGANISATIONAL, true));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("须经管理员特许并记录理由后方可打分"), refused.body());
        Page conflicts = admin.get(project);
        assertTrue(conflicts.textOf("assignments:list").contains("需回避"), conflicts.html());
        Page blank = admin.submit(conflicts, "override", "save", Map.of("who_input", related.login(), "reason", " "));
        assertTrue(blank.shows("请填写“理由”。"), blank.html());
        Page overridden = admin.submit(admin.get(project), "override", "save", Map.of("who_input", related.login(),
                "reason", "本委唯一熟悉该领域的考评人员。"));
        assertTrue(overridden.shows("已准许“" + related.login() + "”为本项目评分，理由已记录。"), overridden.html());
        assertTrue(overridden.textOf("assignments:list").contains("已准许评分"), overridden.html());

        Page selfPage = unit.browser().get(page(tenant, "projects/self-evaluation?id=" + id));
        assertEquals(200, selfPage.status(), selfPage.html());
        assertTrue(selfPage.shows("id=\"nav-self-evaluation\""), "the project's menu leads to its self-evaluation");
        Map<String, String> selfPoints = points("self", SELF);
        selfPoints.put("self:note", "按计划完成全部任务。");
        Page selfSaved = unit.browser().submitAsShown(selfPage, "self", "save", selfPoints);
        assertTrue(selfSaved.shows("自评已保存。"), selfSaved.html());
        assertTrue(selfSaved.shows("value=\"100.00\"") || selfSaved.shows("value=\"100\""), "the points saved are shown: " + selfSaved.html());

        Page mine = evaluator.browser().get(page(tenant, "assessments/"));
        assertTrue(mine.shows("邻里守望") && mine.shows("未评分"), mine.html());
        Page sheet = evaluator.browser().get(page(tenant, "assessments/sheet?id=" + id));
        Map<String, String> given = points("sheet", ORGANISATIONAL);
        given.put("sheet:listened", "听取支部书记汇报。");
        given.put("sheet:looked", "实地查看活动阵地。");
        given.put("sheet:checked", "查阅台账和经费凭证。");
        given.put("sheet:asked", "走访五户居民。");
        Page scored = evaluator.browser().submitAsShown(sheet, "sheet", "save", given);
        assertTrue(scored.shows("已保存对“"), scored.html());
        assertTrue(evaluator.browser().get(page(tenant, "assessments/")).shows("已评分"));

        BigDecimal live = total(SELF, ORGANISATIONAL);
        assertEquals(new BigDecimal("84.79"), live, "(80 × 20 + 86.7 × 50) ÷ 70");
        Page liveResult = admin.get(page(tenant, "evaluation/result?year=" + year + "&id=" + id));
        assertEquals(live.toPlainString(), liveResult.textOf("total"), liveResult.html());
        assertEquals("良好", liveResult.textOf("grade"));
        assertTrue(liveResult.textOf("missing-PUBLIC").contains("不按零分计算"), liveResult.html());
        assertTrue(liveResult.textOf("score-SELF").contains("渠道得分 80（满分 100），计入总分 22.8571"), liveResult.textOf("score-SELF"));
        assertTrue(liveResult.textOf("score-ORGANISATIONAL").contains("渠道得分 86.7（满分 100）"), liveResult.textOf("score-ORGANISATIONAL"));
        assertTrue(liveResult.textOf("present-weight").contains("在评渠道权重合计 70"), liveResult.html());
        assertTrue(liveResult.shows("id=\"live\""), "an open evaluation's result is live");
        Page notes = admin.get(project);
        for (String note : List.of("听取支部书记汇报。", "实地查看活动阵地。", "查阅台账和经费凭证。", "走访五户居民。", "按计划完成全部任务。")) {
            assertTrue(notes.shows(note), note + ": " + notes.html());
        }
        Page yearPage = admin.get(page(tenant, "evaluation/year?year=" + year));
        assertTrue(yearPage.textOf("projects").contains(live.toPlainString()) && yearPage.textOf("projects").contains("已自评"), yearPage.html());

        Page closed = admin.submit(yearPage, "closing", "close", Map.of());
        assertTrue(closed.shows(year + " 年度考评已结束，结果已冻结。"), closed.html());
        assertEquals("考评已结束", closed.textOf("evaluation-status"));
        assertTrue(closed.textOf("projects").contains("第 1 版"), closed.html());
        HttpResponse<String> late = evaluator.browser().json("PUT", api(tenant, "assessments/" + id), sheetJson(ORGANISATIONAL, true));
        assertEquals(409, late.statusCode(), late.body());

        Page correcting = admin.submitAsShown(admin.get(project), "sheets", "channels:1:list:0:correct", Map.of());
        assertTrue(correcting.shows("id=\"correction\""), correcting.html());
        int[] corrected = ORGANISATIONAL.clone();
        corrected[0] = 60;
        Map<String, String> correction = points("correction", corrected);
        Page noReason = admin.submitAsShown(correcting, "correction", "save", correction);
        assertTrue(noReason.shows("请填写“理由”。"), noReason.html());
        correction.put("correction:reason", "复核台账后下调经济社会效益得分。");
        Page saved = admin.submitAsShown(noReason, "correction", "save", correction);
        assertTrue(saved.shows("已更正，生成第 2 版结果。"), saved.html());

        BigDecimal after = total(SELF, corrected);
        assertEquals(new BigDecimal("78.36"), after, "(80 × 20 + 77.7 × 50) ÷ 70");
        Page result = admin.get(page(tenant, "evaluation/result?year=" + year + "&id=" + id));
        assertEquals(after.toPlainString(), result.textOf("total"), result.html());
        assertEquals("合格", result.textOf("grade"));
        String versions = result.textOf("versions");
        assertTrue(versions.contains("复核台账后下调经济社会效益得分。") && versions.contains(live.toPlainString())
                && versions.contains("考评结束时冻结"), versions);
        assertEquals(live.toPlainString(), result.textOf("v1-total"), "the earlier version stays readable with its own arithmetic");

        Page ownResult = unit.browser().get(page(tenant, "projects/self-evaluation?id=" + id));
        assertEquals(after.toPlainString(), ownResult.textOf("total"), ownResult.html());
        assertTrue(ownResult.shows("考评已结束，自评不再修改。") && !ownResult.shows("id=\"self:save\""), ownResult.html());
        JsonObject api = object(unit.browser().json("GET", api(tenant, "self-evaluations/" + id + "/result"), null));
        assertEquals(0, after.compareTo(api.getJsonObject("current").getJsonNumber("total").bigDecimalValue()), api.toString());
        assertEquals(2, api.getJsonArray("versions").size());
    }

    @Test
    void everyEvaluationPageAndEndpointRefusesAnotherTenantAndTheWrongRoleAndBadPointsChangeNothing() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Member unit = visitors.newUnitMember(tenant);
        Member evaluator = visitors.newMember(tenant, "EVALUATOR", "考评组");
        long id = AcceptedProjects.accepted(tenant, unit.browser(), "红色物业");
        int year = Visitors.today(tenant).getYear();
        Browser admin = tenant.admin();
        assertEquals(201, admin.json("POST", api(tenant, "evaluations/" + year), null).statusCode());
        assertEquals(200, admin.json("PUT", api(tenant, "evaluations/" + year + "/projects/" + id + "/evaluators/" + evaluator.login()), null)
                .statusCode());
        assertEquals(200, unit.browser().json("PUT", api(tenant, "self-evaluations/" + id), sheetJson(SELF, false)).statusCode());

        TestTenant other = visitors.newTenant();
        Member otherUnit = visitors.newUnitMember(tenant);
        Member otherEvaluator = visitors.newMember(tenant, "EVALUATOR", "另一考评组");
        Member stranger = visitors.newMember(other, "EVALUATOR", "外委考评组");
        String query = "?year=" + year + "&id=" + id;
        for (String admins : List.of("evaluation/", "evaluation/year?year=" + year, "evaluation/project" + query, "evaluation/result" + query,
                "evaluation/relations")) {
            assertEquals(404, other.admin().get(page(tenant, admins)).status(), admins + " of another tenant");
            assertEquals(403, unit.browser().get(page(tenant, admins)).status(), admins + " to a unit");
            assertEquals(403, evaluator.browser().get(page(tenant, admins)).status(), admins + " to an evaluator");
            assertEquals(200, admin.get(page(tenant, admins)).status(), admins);
        }
        assertEquals(404, other.admin().get(page(other, "evaluation/project" + query)).status(), "by id in one's own tenant");
        assertEquals(404, other.admin().get(page(other, "evaluation/result" + query)).status());
        assertEquals(404, admin.get(page(tenant, "evaluation/project?year=abc&id=" + id)).status());
        assertEquals(404, admin.get(page(tenant, "evaluation/result?year=" + year + "&id=x")).status());
        assertEquals(404, other.admin().get(page(tenant, "assessments/")).status());
        assertEquals(404, stranger.browser().get(page(tenant, "assessments/sheet?id=" + id)).status());
        assertEquals(404, otherEvaluator.browser().get(page(tenant, "assessments/sheet?id=" + id)).status(), "not assigned");
        assertEquals(404, evaluator.browser().get(page(tenant, "assessments/sheet?id=abc")).status());
        assertEquals(403, unit.browser().get(page(tenant, "assessments/")).status());
        assertEquals(404, otherUnit.browser().get(page(tenant, "projects/self-evaluation?id=" + id)).status(), "another unit's project");
        assertEquals(404, other.admin().get(page(tenant, "projects/self-evaluation?id=" + id)).status());
        assertEquals(404, other.admin().get(page(other, "projects/self-evaluation?id=" + id)).status());
        Page adminView = admin.get(page(tenant, "projects/self-evaluation?id=" + id));
        assertTrue(adminView.shows("id=\"admin-link\"") && !adminView.shows("id=\"self:save\""), adminView.html());

        String evaluations = "evaluations/" + year;
        String projectApi = evaluations + "/projects/" + id;
        for (String get : List.of("evaluations", evaluations, projectApi, projectApi + "/evaluators", "evaluations/evaluators",
                "evaluations/relations")) {
            assertEquals(404, other.admin().json("GET", api(tenant, get), null).statusCode(), get);
            assertEquals(403, unit.browser().json("GET", api(tenant, get), null).statusCode(), get);
            assertEquals(403, evaluator.browser().json("GET", api(tenant, get), null).statusCode(), get);
            assertEquals(200, admin.json("GET", api(tenant, get), null).statusCode(), get);
        }
        assertEquals(404, other.admin().json("GET", api(other, projectApi), null).statusCode());
        assertEquals(404, other.admin().json("POST", api(tenant, evaluations + "/close"), null).statusCode());
        assertEquals(403, unit.browser().json("POST", api(tenant, evaluations + "/close"), null).statusCode());
        assertEquals(403, evaluator.browser().json("PUT", api(tenant, projectApi + "/evaluators/" + otherEvaluator.login()), null).statusCode());
        assertEquals(404, other.admin().json("PUT", api(other, projectApi + "/evaluators/" + stranger.login()), null).statusCode());
        assertEquals(403, unit.browser().json("POST", api(tenant, "evaluations/relations"),
                "{\"login\":\"" + evaluator.login() + "\",\"unitId\":1,\"reason\":\"越权\"}").statusCode());
        assertEquals(404, other.admin().json("GET", api(tenant, "self-evaluations/" + id), null).statusCode());
        assertEquals(404, otherUnit.browser().json("PUT", api(tenant, "self-evaluations/" + id), sheetJson(SELF, false)).statusCode());
        assertEquals(403, evaluator.browser().json("PUT", api(tenant, "self-evaluations/" + id), sheetJson(SELF, false)).statusCode());
        assertEquals(403, admin.json("PUT", api(tenant, "self-evaluations/" + id), sheetJson(SELF, false)).statusCode());
        assertEquals(403, admin.json("PUT", api(tenant, "assessments/" + id), sheetJson(ORGANISATIONAL, true)).statusCode());
        assertEquals(403, unit.browser().json("GET", api(tenant, "assessments"), null).statusCode());
        assertEquals(404, otherEvaluator.browser().json("PUT", api(tenant, "assessments/" + id), sheetJson(ORGANISATIONAL, true)).statusCode());
        assertEquals(404, stranger.browser().json("GET", api(tenant, "assessments/" + id), null).statusCode());
        assertEquals(0, array(otherEvaluator.browser().json("GET", api(tenant, "assessments"), null)).size());
        String assignment = api(tenant, projectApi + "/evaluators/" + otherEvaluator.login());
        assertEquals(2, array(admin.json("PUT", assignment, null)).size());
        assertEquals(1, array(otherEvaluator.browser().json("GET", api(tenant, "assessments"), null)).size());
        JsonArray left = array(admin.json("DELETE", assignment, null));
        assertEquals(List.of(evaluator.login()), left.getValuesAs(JsonObject.class).stream().map(a -> a.getString("login")).toList());

        String self = api(tenant, "self-evaluations/" + id);
        for (String bad : List.of("\"abc\"", "100.01", "-1", "1.234", "1e999999999")) {
            HttpResponse<String> refused = unit.browser().json("PUT", self, sheetJson(SELF, false).replaceFirst(":80", ":" + bad));
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
            assertTrue(refused.body().matches("(?s).*\\p{IsHan}.*"), "a Chinese message: " + refused.body());
        }
        HttpResponse<String> missing = unit.browser().json("PUT", self, "{\"points\":[{\"criterion\":\"social-benefit\",\"points\":80}]}");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("请为“示范带动效应”打分。"), missing.body());
        assertEquals(400, unit.browser().json("PUT", self, "{\"points\":[null]}").statusCode());
        assertEquals(400, unit.browser().json("PUT", self, "null").statusCode());
        JsonObject kept = object(unit.browser().json("GET", self, null));
        assertEquals(0, new BigDecimal("80").compareTo(kept.getJsonObject("sheet").getJsonObject("points").getJsonNumber("social-benefit")
                .bigDecimalValue()), "nothing changed: " + kept);
        Page form = unit.browser().get(page(tenant, "projects/self-evaluation?id=" + id));
        Page badPage = unit.browser().submitAsShown(form, "self", "save", Map.of("self:criteria:0:points", "120"));
        assertTrue(badPage.shows("“经济社会效益”的得分须在 0 至 100 之间，最多两位小数。"), badPage.html());
        Page notNumber = unit.browser().submitAsShown(form, "self", "save", Map.of("self:criteria:0:points", "八十"));
        assertTrue(notNumber.shows("经济社会效益"), notNumber.html());
        assertEquals(0, new BigDecimal("80").compareTo(object(unit.browser().json("GET", self, null)).getJsonObject("sheet")
                .getJsonObject("points").getJsonNumber("social-benefit").bigDecimalValue()));
        HttpResponse<String> badYear = admin.json("POST", api(tenant, "evaluations/" + (year + 1)), null);
        assertEquals(400, badYear.statusCode(), badYear.body());

        Page noGrade = admin.get(page(tenant, "evaluation/result" + query));
        assertEquals("暂无总分", noGrade.textOf("total"), "NO_GRADE: no total until every channel is scored: " + noGrade.html());
        assertTrue(noGrade.textOf("rule").contains("暂不评定"), noGrade.html());
    }

    private static void reweightMissingChannels(TestTenant tenant) {
        Page scheme = tenant.admin().get(page(tenant, "settings/scheme"));
        Page saved = tenant.admin().submitAsShown(scheme, "scheme", "save", Map.of("scheme:missingChannel", "REWEIGHT"));
        assertTrue(saved.shows("已保存为第 2 版"), saved.html());
    }

    /** The hand-computed total: each channel Σ points ÷ 100 × weight, then the present channels re-weighted, rounded once. */
    private static BigDecimal total(int[] self, int[] organisational) {
        BigDecimal selfScore = channelScore(self);
        BigDecimal organisationalScore = channelScore(organisational);
        return selfScore.multiply(BigDecimal.valueOf(SELF_WEIGHT)).add(organisationalScore.multiply(BigDecimal.valueOf(ORGANISATIONAL_WEIGHT)))
                .divide(BigDecimal.valueOf(SELF_WEIGHT + ORGANISATIONAL_WEIGHT), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal channelScore(int[] points) {
        BigDecimal score = BigDecimal.ZERO;
        for (int i = 0; i < points.length; i++) {
            score = score.add(BigDecimal.valueOf(points[i]).multiply(BigDecimal.valueOf(WEIGHTS[i])).divide(BigDecimal.valueOf(100)));
        }
        return score;
    }

    private static Map<String, String> points(String form, int[] points) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < points.length; i++) {
            fields.put(form + ":criteria:" + i + ":points", Integer.toString(points[i]));
        }
        return fields;
    }

    private static final String[] KEYS = {"social-benefit", "demonstration-effect", "mechanism-innovation", "member-participation",
            "public-satisfaction"};

    private static String sheetJson(int[] points, boolean evaluator) {
        StringBuilder json = new StringBuilder("{\"points\":[");
        for (int i = 0; i < points.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"criterion\":\"").append(KEYS[i]).append("\",\"points\":").append(points[i]).append('}');
        }
        json.append("],\"note\":\"说明\"");
        if (evaluator) {
            json.append(",\"listened\":\"听\",\"looked\":\"看\",\"checked\":\"查\",\"asked\":\"问\"");
        }
        return json.append('}').toString();
    }

    private static String page(TestTenant tenant, String path) {
        return "t/" + tenant.code() + "/" + path;
    }

    private static String api(TestTenant tenant, String path) {
        return "api/v1/t/" + tenant.code() + "/" + path;
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
