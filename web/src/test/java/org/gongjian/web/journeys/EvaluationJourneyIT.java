package org.gongjian.web.journeys;

import static org.gongjian.web.journeys.Portal.CHOSEN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.gongjian.web.AcceptedProjects;
import org.gongjian.web.Visitors;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.gongjian.web.DeployedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A year's evaluation and award in a real Chromium: the admin opens the evaluation over an accepted
 * project, assigns an evaluator and issues ballot codes; the unit evaluates itself, the evaluator
 * scores with "listen, look, check, ask", two residents vote on a phone with their codes; the admin
 * closes the round and reads the result's arithmetic, figures worked out here by hand; the unit
 * applies for the year's award, the admin gives it a first prize and publishes the list, which the
 * public page and the unit's yearly record then show.
 */
class EvaluationJourneyIT extends DeployedPortal {

    @RegisterExtension
    final Journeys journeys = new Journeys(() -> base);

    @Test
    void aProjectIsEvaluatedOnThreeChannelsGradedWithItsArithmeticAndAwarded() {
        TestTenant tenant = visitors.openForDeclarationsAndAwards(Visitors.THREE_TYPES);
        String code = tenant.code();
        int year = Visitors.today(tenant).getYear();
        String unitName = "滨江支部" + UUID.randomUUID().toString().substring(0, 6);
        Member unit = visitors.newMember(tenant, "UNIT_MEMBER", unitName);
        Member evaluator = visitors.newMember(tenant, "EVALUATOR", "考评组" + UUID.randomUUID().toString().substring(0, 6));
        long project = AcceptedProjects.accepted(tenant, unit.browser(), "邻里守望");
        String title = object(tenant.admin().json("GET", "api/v1/t/" + code + "/projects/" + project, null)).getString("title");

        Journey admin = journeys.start("admin").signIn(tenant.adminLogin(), CHOSEN_PASSWORD).waitForPath("t/" + code + "/")
                .open("t/" + code + "/evaluation/").check("evaluation years")
                .type("open:year", Integer.toString(year)).click("open:submit").waitForText(year + " 年度考评已开启。")
                .waitForText(title).check("evaluation opened over the accepted project")
                .follow(title).waitForText("owner", unitName)
                .choose("assign:login", "党员（" + evaluator.login() + "）").click("assign:add")
                .waitForText("考评本项目。").check("evaluator assigned");
        admin.open("t/" + code + "/evaluation/ballots?year=" + year + "&id=" + project).waitForText("project-title", title)
                .type("issue:count", "2").click("issue:create").waitForText("已生成 2 个票码（第 1 批）").check("ballot codes issued");
        List<String> codes = ballotCodes(tenant, year, project);
        assertEquals(2, codes.size(), codes.toString());

        // self: every criterion 90; organisational: every criterion 80 (both on the common criteria, all out of 100)
        Journey member = journeys.start("unit").signIn(unit.login(), CHOSEN_PASSWORD).waitForPath("t/" + code + "/")
                .open("t/" + code + "/projects/self-evaluation?id=" + project).waitForText("self-hint", "").check("self-evaluation form");
        int selfCriteria = member.count("[id^='self:criteria:'][id$=':points']");
        for (int i = 0; i < selfCriteria; i++) {
            member.type("self:criteria:" + i + ":points", "90");
        }
        member.type("self:note", "按计划完成，台账和照片见附件。").click("self:save").waitForText("自评已保存。").check("self-evaluation saved");

        Journey scorer = journeys.start("evaluator").signIn(evaluator.login(), CHOSEN_PASSWORD)
                .open("t/" + code + "/assessments/").waitForText(title).check("assigned projects")
                .follow(title).waitForText("owner", unitName).check("score sheet");
        int orgCriteria = scorer.count("[id^='sheet:criteria:'][id$=':points']");
        for (int i = 0; i < orgCriteria; i++) {
            scorer.type("sheet:criteria:" + i + ":points", "80");
        }
        scorer.type("sheet:listened", "听取支部书记汇报。").type("sheet:looked", "现场查看议事点。")
                .type("sheet:checked", "查阅项目台账。").type("sheet:asked", "走访居民五户。")
                .click("sheet:save").waitForText("的评分。").check("evaluator's scores saved");

        // public: satisfaction 100 and 90, awareness 80 and 70: means 95 and 75
        String[][] votes = {{"100", "80"}, {"90", "70"}};
        for (int v = 0; v < votes.length; v++) {
            Journey resident = journeys.start("resident-" + (v + 1)).onPhone().open("opinion/" + code + "/" + project)
                    .waitForText("project-title", title).check("vote page on a phone")
                    .type("vote:code", codes.get(v))
                    .type("vote:points:0:score", votes[v][0]).type("vote:points:1:score", votes[v][1])
                    .click("vote:send").waitForText("voted", "投票成功");
            resident.check("vote recorded");
        }

        // by hand: self 90, public 95 × 60% + 75 × 40% = 87, organisational 80;
        // total 90 × 20% + 87 × 30% + 80 × 50% = 18 + 26.1 + 40 = 84.10, 良好 (80 to 90)
        admin.open("t/" + code + "/evaluation/year?year=" + year).waitForText(title).check("year before closing")
                .click("closing:close").confirm().waitForText(year + " 年度考评已结束，结果已冻结。")
                .waitForText("evaluation-status", "考评已结束").check("round closed")
                .open("t/" + code + "/evaluation/result?year=" + year + "&id=" + project)
                .waitForText("total", "84.10").waitForText("grade", "良好")
                .waitForText("score-SELF", "90").waitForText("score-PUBLIC", "87").waitForText("score-ORGANISATIONAL", "80")
                .check("result with its arithmetic");

        admin.open("t/" + code + "/awards/").type("open:year", Integer.toString(year)).type("open:title", year + " 年度党建项目成果表彰")
                .click("open:create").waitForText("batch-status", "评选中").check("award batch opened");
        member.open("t/" + code + "/awards/apply").choose("apply:project", title + " · " + unitName + " · " + year + " 良好")
                .type("apply:case", "建立楼道议事会，解决居民急难愁盼问题二十件。")
                .click("apply:send").waitForText("已申报：").check("award application sent");
        admin.open("t/" + code + "/awards/").follow(year + " 年度党建项目成果表彰").waitForText(title).check("applications")
                .follow(title).waitForText("case", "楼道议事会")
                .choose("prize:tier", "一等奖").type("prize:amount", "10000").click("prize:save-prize")
                .waitForText("已保存评定结果。").waitForText("tier", "一等奖").check("first prize given")
                .follow(year + " 年度党建项目成果表彰").click("publish:publish-list").waitForText("表彰名单已公布。")
                .waitForText("batch-status", "已公布").check("prizes published");

        Journey visitor = journeys.start("visitor").onPhone().open("awards/" + code + "/" + year)
                .waitForText("winners", title).waitForText("winners", "一等奖").check("published prizes on a phone");
        assertTrue(visitor.textOf("winners").contains(unitName), visitor.textOf("winners"));

        member.open("t/" + code + "/record/?year=" + year).waitForText("project-" + project, "84.10")
                .waitForText("project-" + project, "良好").waitForText("project-" + project, "一等奖").check("the unit's yearly record");
    }

    /** The codes the admin just issued, as the ballot sheet prints them. */
    private static List<String> ballotCodes(TestTenant tenant, int year, long project) {
        HttpResponse<String> ballots = tenant.admin().json("GET",
                "api/v1/t/" + tenant.code() + "/evaluations/" + year + "/projects/" + project + "/ballots", null);
        assertEquals(200, ballots.statusCode(), ballots.body());
        return object(ballots).getJsonArray("codes").getValuesAs(JsonObject.class).stream().map(c -> c.getString("code")).toList();
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
