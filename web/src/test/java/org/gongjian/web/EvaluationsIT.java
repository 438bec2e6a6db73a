package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * An evaluation keeps the scheme of its year's frozen round, whatever the admin edits in the
 * configuration before or after it opens; closing freezes the result, and a correction is a new
 * version with its reason beside the earlier one, which stays readable.
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
}
