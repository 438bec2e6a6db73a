package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.gongjian.web.journeys.Journey;
import org.gongjian.web.journeys.Journeys;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A project from approval to acceptance as its unit and its tenant carry it out through the pages:
 * the 五定, the ledger by stage with its traffic lights and the tenant's overdue list, progress
 * reports with figures, a supervision visit answered by the unit, special funds granted and spent
 * to the fen, closure returned and accepted; and the same through the JSON API, with another
 * tenant, other units, the tenant's claimant organisations, the wrong role and the wrong state
 * refused at each step, changing nothing.
 */
class ProjectImplementationIT extends DeployedPortal {

    private static final String DECLARATION = """
            {"title":"%s","categoryKey":"innovation","importance":"老旧小区难题多、群众反映集中。",
             "content":"建立社区难题清单，党员认领、逐项销号。","method":"一听、二看、三查、四问。",
             "steps":[{"description":"摸排问题","due":"%s"}],"budget":[{"item":"宣传资料","amount":3000.00}],
             "measures":"书记牵头，每月例会推进。",
             "goals":[{"description":"解决社区难题","target":20,"unit":"个"},{"description":"开展志愿服务","target":12,"unit":"场"}]}""";
    private static final String RESPONSIBILITY = """
            {"leadLeader":"王书记","responsiblePerson":"李主任","team":[{"name":"张三","role":"联络员"}]}""";

    @RegisterExtension
    final Journeys journeys = new Journeys(() -> base);

    @Test
    void aUnitCarriesOutItsProjectAndTheTenantAcceptsIt() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        LocalDate today = Visitors.today(tenant);
        Browser unit = visitors.unitMember(tenant);
        Browser evaluator = evaluator(tenant);
        Browser admin = tenant.admin();
        long id = approvedProject(tenant, unit, "社区难题攻坚");

        Page early = unit.get(page(tenant, "progress", id));
        assertTrue(early.shows("项目落实“五定”后进入实施阶段"), early.html());
        assertFalse(early.shows("id=\"report\""), "no report form before the 五定");

        Page responsibility = unit.get(page(tenant, "responsibility", id));
        assertTrue(responsibility.shows("建立社区难题清单，党员认领、逐项销号。"), "the approved plan is shown");
        assertEquals("¥3,000.00", responsibility.textOf("budget-total"));
        Page twoRows = unit.submit(responsibility, "responsibility", "add", Map.of("leadLeader", "王书记"));
        Page fixed = unit.submit(twoRows, "responsibility", "save", Map.of("leadLeader", "王书记", "responsiblePerson", "李主任",
                "team:0:name", "张三", "team:0:role", "联络员", "team:1:name", "赵四", "team:1:role", "宣传"));
        assertTrue(fixed.shows("已落实“五定”，项目进入实施阶段。"), fixed.html());
        assertTrue(fixed.shows("实施中"));
        JsonObject view = json(admin.json("GET", api(tenant, "projects/" + id), null));
        assertEquals("UNDERWAY", view.getString("status"));
        assertEquals(2, view.getJsonObject("responsibility").getJsonArray("team").size());
        Page evaluatorView = evaluator.get(page(tenant, "responsibility", id));
        assertEquals("李主任", evaluatorView.textOf("responsible-person"));
        assertFalse(evaluatorView.shows("id=\"responsibility\""), "evaluators only read the 五定");

        Page ledger = unit.get(page(tenant, "ledger", id));
        ledger = addEntry(unit, ledger, "TASK", "第2阶段 攻坚", "建立问题清单", today.plusDays(30));
        ledger = addEntry(unit, ledger, "TASK", "第1阶段 摸排", "走访摸排社区难题", today.minusDays(3));
        ledger = addEntry(unit, ledger, "MILESTONE", "第1阶段 摸排", "召开启动会", today.plusDays(2));
        assertTrue(ledger.shows("已添加台账事项“召开启动会”。"), ledger.html());
        assertEquals("逾期 · 进行中", statusOf(ledger, "走访摸排社区难题"));
        assertEquals("临期 · 进行中", statusOf(ledger, "召开启动会"));
        assertEquals("正常 · 进行中", statusOf(ledger, "建立问题清单"));
        assertTrue(ledger.html().indexOf("第1阶段 摸排") < ledger.html().indexOf("第2阶段 攻坚"), "grouped by stage in order");
        Page done = unit.submit(ledger, "ledger", button(ledger, "召开启动会", "done"), Map.of());
        assertTrue(done.shows("台账事项“召开启动会”已标为完成。"), done.html());
        assertTrue(statusOf(done, "召开启动会").startsWith("正常 · 已完成"), statusOf(done, "召开启动会"));
        Page editing = unit.submit(done, "ledger", button(done, "建立问题清单", "edit"), Map.of());
        Page edited = unit.submitAsShown(editing, "entry", "save", Map.of("entry:owner", "王书记"));
        assertTrue(edited.shows("已修改台账事项“建立问题清单”。"), edited.html());
        JsonArray entries = array(unit.json("GET", api(tenant, "projects/" + id + "/ledger"), null));
        assertEquals(3, entries.size());
        long kickOff = entries.getValuesAs(JsonObject.class).stream().filter(entry -> entry.getString("title").equals("召开启动会"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject reopened = json(unit.json("POST", api(tenant, "projects/" + id + "/ledger/" + kickOff + "/reopen"), null));
        assertEquals("OPEN", reopened.getString("status"));
        assertEquals("AMBER", reopened.getString("signal"));
        assertEquals("DONE", json(unit.json("POST", api(tenant, "projects/" + id + "/ledger/" + kickOff + "/done"), null))
                .getString("status"));
        assertEquals(400, unit.json("POST", api(tenant, "projects/" + id + "/ledger/" + kickOff + "/done"), null).statusCode(),
                "done once");

        Page overdue = admin.get("t/" + tenant.code() + "/projects/overdue");
        assertEquals(200, overdue.status());
        Element row = rowWith(overdue, "走访摸排社区难题");
        assertTrue(row.text().contains("逾期") && row.text().contains("社区难题攻坚"), row.text());
        assertTrue(row.select("a").attr("href").endsWith("/t/" + tenant.code() + "/projects/ledger?id=" + id), row.html());
        assertFalse(overdue.shows("召开启动会"), "done entries are not overdue");
        assertFalse(overdue.shows("建立问题清单"), "entries due later are not listed");
        assertTrue(evaluator.get("t/" + tenant.code() + "/projects/overdue").shows("走访摸排社区难题"));
        JsonArray overdueApi = array(evaluator.json("GET", api(tenant, "ledger/overdue"), null));
        assertEquals(1, overdueApi.size());
        assertEquals("RED", overdueApi.getJsonObject(0).getString("signal"));

        Page progress = unit.get(page(tenant, "progress", id));
        Page first = unit.submit(progress, "report", "submit", Map.of("body", "完成入户走访 300 户。",
                "goals:0:figure", "5", "goals:1:figure", "3"));
        assertTrue(first.shows("已提交第 1 次进展报告。"), first.html());
        Page negative = unit.submit(first, "report", "submit", Map.of("body", "有误", "goals:0:figure", "-1", "goals:1:figure", ""));
        assertTrue(negative.shows("目标“解决社区难题”的完成数不能为负数（收到 -1）。"), negative.html());
        Page second = unit.submit(unit.get(page(tenant, "progress", id)), "report", "submit",
                Map.of("body", "已解决 12 个难题。", "goals:0:figure", "12", "goals:1:figure", ""));
        assertTrue(second.shows("已提交第 2 次进展报告。"), second.html());
        Page reports = admin.get(page(tenant, "progress", id));
        assertTrue(reports.textOf("report-1").contains("5 / 20 个"), reports.textOf("report-1"));
        assertTrue(reports.textOf("report-1").contains("3 / 12 场"), reports.textOf("report-1"));
        assertTrue(reports.textOf("report-2").contains("12 / 20 个"), reports.textOf("report-2"));
        assertTrue(reports.textOf("report-2").contains("未填报 / 12 场"), reports.textOf("report-2"));
        assertEquals(2, array(admin.json("GET", api(tenant, "projects/" + id + "/progress"), null)).size());

        Page visits = evaluator.get(page(tenant, "visits", id));
        Page recorded = evaluator.submit(visits, "visit", "save", Map.of("kind_input", "SUPERVISION",
                "visitedOn_input", today.toString(), "findings", "问题清单未公示。", "corrections", "一周内在公示栏公示。",
                "feedback", "请按要求整改并书面答复。"));
        assertTrue(recorded.shows("已记录督查指导，书面反馈已送达项目单位。"), recorded.html());
        Page toAnswer = unit.get(page(tenant, "visits", id));
        assertTrue(toAnswer.shows("请按要求整改并书面答复。") && toAnswer.shows("待答复"), toAnswer.html());
        assertFalse(toAnswer.shows("id=\"visit\""), "units do not record visits");
        Page answered = unit.submit(toAnswer, "answers", "visits:0:send", Map.of("visits:0:answer", "已在公示栏公示，附照片。"));
        assertTrue(answered.shows("已提交答复。") && answered.shows("已在公示栏公示，附照片。"), answered.html());
        assertFalse(answered.shows("待答复"));
        long visitId = array(unit.json("GET", api(tenant, "projects/" + id + "/visits"), null))
                .getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> again = unit.json("POST", api(tenant, "projects/" + id + "/visits/" + visitId + "/answer"),
                "{\"answer\":\"再答一次\"}");
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("该反馈已答复，不能再次答复。"), again.body());

        Page funds = admin.get(page(tenant, "funds", id));
        Page granted = admin.submit(funds, "fund", "grant", Map.of("amount", "12345.60", "date_input", today.toString(),
                "purpose", "专项经费第一批"));
        assertTrue(granted.shows("已下拨专项经费 ¥12,345.60。"), granted.html());
        assertEquals("¥12,345.60", granted.textOf("granted"));
        Page spending = unit.get(page(tenant, "funds", id));
        Page fen = unit.submit(spending, "fund", "spend", Map.of("amount", "0.001", "date_input", today.toString(), "purpose", "打印"));
        assertTrue(fen.shows("金额最多精确到分（两位小数），收到 0.001。"), fen.html());
        Page over = unit.submit(spending, "fund", "spend", Map.of("amount", "20000", "date_input", today.toString(), "purpose", "打印"));
        assertTrue(over.shows("支出 ¥20000.00 超过专项经费结余 ¥12345.60，未予记录。"), over.html());
        assertEquals(1, fundEntries(unit, tenant, id).size(), "nothing saved on refusal");
        Page spent = unit.submit(spending, "fund", "spend", Map.of("amount", "2345.10", "date_input", today.toString(),
                "purpose", "宣传资料印制"));
        assertTrue(spent.shows("已记录经费支出 ¥2,345.10。"), spent.html());
        assertEquals("¥2,345.10", spent.textOf("spent"));
        assertEquals("¥10,000.50", spent.textOf("balance"));
        JsonObject statement = json(admin.json("GET", api(tenant, "projects/" + id + "/funds"), null));
        assertEquals(0, new BigDecimal("10000.50").compareTo(statement.getJsonNumber("balance").bigDecimalValue()));

        Page closure = unit.get(page(tenant, "closure", id));
        Page submitted = unit.submit(closure, "closure", "submit", Map.of("summary", "解决难题 18 个。",
                "goals:0:figure", "18", "goals:1:figure", "12"));
        assertTrue(submitted.shows("已提交第 1 版结题报告，等待验收。") && submitted.shows("结题待验收"), submitted.html());
        assertFalse(evaluator.get(page(tenant, "closure", id)).shows("id=\"decision\""), "evaluators do not accept");
        Page returned = admin.submit(admin.get(page(tenant, "closure", id)), "decision", "returnClosure",
                Map.of("reason", "请补充群众满意度调查材料。"));
        assertTrue(returned.shows("已退回结题报告。"), returned.html());
        Page revising = unit.get(page(tenant, "closure", id));
        assertTrue(revising.textOf("return-reason").contains("请补充群众满意度调查材料。"), revising.html());
        assertEquals("解决难题 18 个。", revising.textOf("closure:summary"), "the returned report comes back into the form");
        Page resubmitted = unit.submitAsShown(revising, "closure", "submit", Map.of("closure:summary", "解决难题 20 个，满意度 96%。",
                "closure:goals:0:figure", "20"));
        assertTrue(resubmitted.shows("已提交第 2 版结题报告，等待验收。"), resubmitted.html());
        Page accepted = admin.submit(admin.get(page(tenant, "closure", id)), "decision", "accept", Map.of());
        assertTrue(accepted.shows("项目已验收通过。") && accepted.shows("已验收"), accepted.html());
        assertTrue(accepted.textOf("closure-1").contains("18 / 20 个"), accepted.textOf("closure-1"));
        assertTrue(accepted.textOf("closure-2").contains("20 / 20 个") && accepted.textOf("closure-2").contains("12 / 12 场"),
                accepted.textOf("closure-2"));

        HttpResponse<String> late = unit.json("POST", api(tenant, "projects/" + id + "/ledger"),
                ledgerJson("TASK", null, "补录", today));
        assertEquals(400, late.statusCode());
        assertTrue(late.body().contains("项目当前状态为“已验收”，不能记录实施情况。"), late.body());
        List<String> actions = array(admin.json("GET", api(tenant, "projects/" + id + "/timeline"), null))
                .getValuesAs(JsonObject.class).stream().map(entry -> entry.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("project.responsibility", "project.ledger.add", "project.ledger.done",
                "project.ledger.edit", "project.progress", "project.visit", "project.visit.answer", "project.fund.grant",
                "project.fund.spend", "project.closure.submit", "project.closure.return", "project.accept")), actions.toString());
    }

    @Test
    void anotherTenantAnotherUnitAndAClaimantFindNothing() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser unit = visitors.unitMember(tenant);
        long id = underwayProject(tenant, unit, "邻里互助");
        LocalDate today = Visitors.today(tenant);
        assertEquals(201, unit.json("POST", api(tenant, "projects/" + id + "/ledger"),
                ledgerJson("TASK", null, "逾期事项", today.minusDays(1))).statusCode());
        TestTenant other = visitors.newTenant(Visitors.THREE_TYPES);
        Browser otherUnit = visitors.unitMember(tenant);
        Browser claimant = visitors.newClaimant(tenant, "共建单位" + tenant.code()).browser();

        for (String name : List.of("responsibility", "ledger", "progress", "visits", "funds", "closure")) {
            assertEquals(404, other.admin().get(page(tenant, name, id)).status(), name + " of another tenant");
            assertEquals(404, other.admin().get(page(other, name, id)).status(), name + " by id in one's own tenant");
            assertEquals(404, otherUnit.get(page(tenant, name, id)).status(), name + " of another unit");
            assertEquals(404, claimant.get(page(tenant, name, id)).status(), name + " of a unit, to a claimant");
            assertEquals(404, unit.get("t/" + tenant.code() + "/projects/" + name + "?id=abc").status(), name + " without a number");
            assertEquals(404, unit.get("t/" + tenant.code() + "/projects/" + name).status(), name + " without an id");
        }
        assertEquals(404, other.admin().get("t/" + tenant.code() + "/projects/overdue").status());
        assertFalse(other.admin().get("t/" + other.code() + "/projects/overdue").shows("逾期事项"));
        assertEquals(0, array(other.admin().json("GET", api(other, "ledger/overdue"), null)).size());

        for (String part : List.of("ledger", "progress", "visits", "funds")) {
            assertEquals(404, other.admin().json("GET", api(tenant, "projects/" + id + "/" + part), null).statusCode(), part);
            assertEquals(404, other.admin().json("GET", api(other, "projects/" + id + "/" + part), null).statusCode(), part);
            assertEquals(404, otherUnit.json("GET", api(tenant, "projects/" + id + "/" + part), null).statusCode(), part);
            assertEquals(404, claimant.json("GET", api(tenant, "projects/" + id + "/" + part), null).statusCode(), part);
        }
        assertEquals(404, other.admin().json("POST", api(other, "projects/" + id + "/funds/grants"),
                fundJson("100.00", today)).statusCode());
        assertEquals(404, other.admin().json("POST", api(other, "projects/" + id + "/visits"), visitJson(today)).statusCode());
        assertEquals(404, otherUnit.json("POST", api(tenant, "projects/" + id + "/ledger"),
                ledgerJson("TASK", null, "越权", today)).statusCode());
        assertEquals(404, otherUnit.json("POST", api(tenant, "projects/" + id + "/progress"),
                "{\"body\":\"越权\",\"figures\":{}}").statusCode());
        assertEquals(404, otherUnit.json("POST", api(tenant, "projects/" + id + "/funds/spendings"),
                fundJson("1.00", today)).statusCode());
        assertEquals(404, claimant.json("POST", api(tenant, "projects/" + id + "/progress"),
                "{\"body\":\"越权\",\"figures\":{}}").statusCode());
        assertEquals(404, claimant.json("POST", api(tenant, "projects/" + id + "/funds/spendings"),
                fundJson("1.00", today)).statusCode());
        assertEquals(0, json(claimant.json("GET", api(tenant, "projects"), null)).getInt("total"), "a claimant lists only its own");
        long entry = array(tenant.admin().json("GET", api(tenant, "projects/" + id + "/ledger"), null)).getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(404, other.admin().json("POST", api(other, "projects/" + id + "/ledger/" + entry + "/done"), null).statusCode());
        assertEquals(404, otherUnit.json("POST", api(tenant, "projects/" + id + "/ledger/" + entry + "/done"), null).statusCode());
        assertEquals(404, claimant.json("POST", api(tenant, "projects/" + id + "/ledger/" + entry + "/done"), null).statusCode());
        assertEquals(404, otherUnit.json("PUT", api(tenant, "projects/" + id + "/ledger/" + entry),
                ledgerJson("TASK", null, "改写", today)).statusCode());
        JsonArray ledger = array(tenant.admin().json("GET", api(tenant, "projects/" + id + "/ledger"), null));
        assertEquals(1, ledger.size());
        assertEquals("OPEN", ledger.getJsonObject(0).getString("status"));
        assertEquals("逾期事项", ledger.getJsonObject(0).getString("title"));
        assertEquals(0, array(tenant.admin().json("GET", api(tenant, "projects/" + id + "/progress"), null)).size());
        assertEquals(0, array(tenant.admin().json("GET", api(tenant, "projects/" + id + "/visits"), null)).size());
        assertEquals(0, fundEntries(tenant.admin(), tenant, id).size());
    }

    @Test
    void theWrongRoleAndTheWrongStateAreRefusedAndChangeNothing() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        LocalDate today = Visitors.today(tenant);
        Browser unit = visitors.unitMember(tenant);
        Browser evaluator = evaluator(tenant);
        Browser admin = tenant.admin();
        long id = approvedProject(tenant, unit, "党员先锋岗");
        String project = "projects/" + id;

        for (HttpResponse<String> early : List.of(
                unit.json("POST", api(tenant, project + "/progress"), "{\"body\":\"太早\",\"figures\":{}}"),
                unit.json("POST", api(tenant, project + "/ledger"), ledgerJson("TASK", null, "太早", today)),
                admin.json("POST", api(tenant, project + "/visits"), visitJson(today)),
                admin.json("POST", api(tenant, project + "/funds/grants"), fundJson("100.00", today)))) {
            assertEquals(400, early.statusCode(), early.body());
            assertTrue(early.body().contains("项目当前状态为“已立项”，不能记录实施情况。"), early.body());
        }
        HttpResponse<String> earlyClosure = unit.json("POST", api(tenant, project + "/closure"), closureJson(admin, tenant, id));
        assertEquals(400, earlyClosure.statusCode());
        assertTrue(earlyClosure.body().contains("不能提交结题报告"), earlyClosure.body());
        assertEquals(403, evaluator.json("PUT", api(tenant, project + "/responsibility"), RESPONSIBILITY).statusCode());
        assertFalse(evaluator.get(page(tenant, "responsibility", id)).shows("id=\"responsibility\""));
        assertEquals("APPROVED", status(admin, tenant, id));

        assertEquals(200, admin.json("PUT", api(tenant, project + "/responsibility"), RESPONSIBILITY).statusCode());
        assertEquals("UNDERWAY", status(admin, tenant, id), "an admin may fix the 五定 too");
        assertEquals(403, unit.json("POST", api(tenant, project + "/visits"), visitJson(today)).statusCode());
        assertEquals(403, unit.json("POST", api(tenant, project + "/funds/grants"), fundJson("100.00", today)).statusCode());
        assertEquals(403, admin.json("POST", api(tenant, project + "/funds/spendings"), fundJson("1.00", today)).statusCode());
        assertEquals(403, evaluator.json("POST", api(tenant, project + "/funds/spendings"), fundJson("1.00", today)).statusCode());
        assertEquals(403, evaluator.json("POST", api(tenant, project + "/ledger"), ledgerJson("TASK", null, "越权", today)).statusCode());
        assertEquals(403, admin.json("POST", api(tenant, project + "/progress"), "{\"body\":\"越权\",\"figures\":{}}").statusCode());
        assertEquals(403, unit.json("GET", api(tenant, "ledger/overdue"), null).statusCode());
        assertEquals(403, unit.get("t/" + tenant.code() + "/projects/overdue").status());

        Page unitVisits = unit.get(page(tenant, "visits", id));
        assertFalse(unitVisits.shows("id=\"visit\""));
        Page forged = unit.post("t/" + tenant.code() + "/projects/visits", Map.of("visit", "visit", "visit:kind_input", "GUIDANCE",
                "visit:visitedOn_input", today.toString(), "visit:findings", "伪造", "visit:feedback", "伪造", "visit:save", "",
                "jakarta.faces.ViewState", unitVisits.viewState()));
        assertEquals(200, forged.status());
        assertEquals(0, array(admin.json("GET", api(tenant, project + "/visits"), null)).size(), "a form not offered does nothing");
        assertFalse(unit.get(page(tenant, "funds", id)).shows("id=\"fund:grant\""), "units do not grant");

        HttpResponse<String> future = admin.json("POST", api(tenant, project + "/visits"), visitJson(today.plusDays(1)));
        assertEquals(400, future.statusCode());
        assertTrue(future.body().contains("走访日期不能晚于今天"), future.body());
        HttpResponse<String> unknownGoal = unit.json("POST", api(tenant, project + "/progress"),
                "{\"body\":\"进展\",\"figures\":{\"g99\":3}}");
        assertEquals(400, unknownGoal.statusCode());
        assertTrue(unknownGoal.body().contains("申报书中没有目标“g99”"), unknownGoal.body());
        HttpResponse<String> fen = admin.json("POST", api(tenant, project + "/funds/grants"), fundJson("0.001", today));
        assertEquals(400, fen.statusCode());
        assertTrue(fen.body().contains("金额最多精确到分"), fen.body());
        assertEquals(201, admin.json("POST", api(tenant, project + "/funds/grants"), fundJson("500.00", today)).statusCode());
        HttpResponse<String> overspend = unit.json("POST", api(tenant, project + "/funds/spendings"), fundJson("500.01", today));
        assertEquals(400, overspend.statusCode());
        assertTrue(overspend.body().contains("超过专项经费结余 ¥500.00"), overspend.body());
        assertEquals(201, unit.json("POST", api(tenant, project + "/funds/spendings"), fundJson("500.00", today)).statusCode());
        unit.get("lang?to=en&back=/");
        HttpResponse<String> english = unit.json("POST", api(tenant, project + "/funds/spendings"), fundJson("1.00", today));
        assertEquals(400, english.statusCode());
        assertTrue(english.body().contains("Spending of ¥1.00 is more than the balance of ¥0.00; nothing was recorded."),
                english.body());
        unit.get("lang?to=zh&back=/");
        assertEquals(2, fundEntries(admin, tenant, id).size());

        assertEquals(200, unit.json("POST", api(tenant, project + "/closure"), closureJson(admin, tenant, id)).statusCode());
        assertEquals(403, evaluator.json("POST", api(tenant, project + "/accept"), null).statusCode());
        assertEquals(403, unit.json("POST", api(tenant, project + "/accept"), null).statusCode());
        assertFalse(evaluator.get(page(tenant, "closure", id)).shows("id=\"decision\""), "no acceptance offered to evaluators");
        assertEquals("CLOSURE_SUBMITTED", status(admin, tenant, id));
        HttpResponse<String> whileClosing = unit.json("POST", api(tenant, project + "/ledger"), ledgerJson("TASK", null, "补录", today));
        assertEquals(400, whileClosing.statusCode());
        assertTrue(whileClosing.body().contains("项目当前状态为“结题待验收”"), whileClosing.body());
        assertEquals(0, array(admin.json("GET", api(tenant, project + "/ledger"), null)).size());
    }

    @Test
    void theImplementationPagesReadWellOnADesktopAndAPhone() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        LocalDate today = Visitors.today(tenant);
        Member member = member(tenant, "UNIT_MEMBER");
        Browser unit = member.browser();
        long id = approvedProject(tenant, unit, "一居一品");
        String project = "projects/" + id;
        Journey unitJourney = journeys.start("unit").signIn(member.login(), Visitors.CHOSEN_PASSWORD);
        unitJourney.open(page(tenant, "responsibility", id)).waitForText("落实“五定”并开始实施").check("responsibility to fix");

        assertEquals(200, unit.json("PUT", api(tenant, project + "/responsibility"), RESPONSIBILITY).statusCode());
        assertEquals(201, unit.json("POST", api(tenant, project + "/ledger"), ledgerJson("TASK", "第1阶段", "走访", today.minusDays(1)))
                .statusCode());
        assertEquals(201, unit.json("POST", api(tenant, project + "/ledger"), ledgerJson("MILESTONE", null, "启动会", today.plusDays(3)))
                .statusCode());
        assertEquals(201, unit.json("POST", api(tenant, project + "/progress"), "{\"body\":\"进展顺利\",\"figures\":{}}").statusCode());
        assertEquals(201, tenant.admin().json("POST", api(tenant, project + "/visits"), visitJson(today)).statusCode());
        assertEquals(201, tenant.admin().json("POST", api(tenant, project + "/funds/grants"), fundJson("8000.00", today))
                .statusCode());
        assertEquals(201, unit.json("POST", api(tenant, project + "/funds/spendings"), fundJson("1234.56", today)).statusCode());

        unitJourney.open(page(tenant, "responsibility", id)).waitForText("人员变动时可随时更新").check("responsibility fixed")
                .open(page(tenant, "ledger", id)).waitForText("逾期").check("ledger by stage")
                .open(page(tenant, "progress", id)).waitForText("第 1 次进展报告").check("progress reports")
                .open(page(tenant, "visits", id)).waitForText("待答复").check("visit to answer")
                .open(page(tenant, "funds", id)).waitForText("¥6,765.44").check("funds with the spending form")
                .open(page(tenant, "closure", id)).waitForText("提交结题报告").check("closure form");
        Journey admin = journeys.start("admin").signIn(tenant.adminLogin(), Visitors.CHOSEN_PASSWORD);
        admin.open("t/" + tenant.code() + "/projects/overdue").waitForText("走访").check("overdue and due soon")
                .open(page(tenant, "visits", id)).waitForText("记录督查指导").check("visits with the record form")
                .open(page(tenant, "funds", id)).waitForText("下拨专项经费").check("funds with the grant form");
        assertEquals(200, unit.json("POST", api(tenant, project + "/closure"), closureJson(tenant.admin(), tenant, id)).statusCode());
        admin.open(page(tenant, "closure", id)).waitForText("验收通过").check("closure to accept");
    }

    private Page addEntry(Browser unit, Page ledger, String kind, String stage, String title, LocalDate deadline) {
        Page added = unit.submit(ledger, "entry", "save", Map.of("kind_input", kind, "stage", stage, "title", title,
                "owner", "李主任", "deadline_input", deadline.toString(), "measures", "党员包片"));
        assertTrue(added.shows("已添加台账事项“" + title + "”。"), added.html());
        return added;
    }

    /** A project of the unit declared, submitted and approved through the JSON API. */
    private long approvedProject(TestTenant tenant, Browser unit, String title) {
        String unique = title + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> draft = unit.json("POST", api(tenant, "projects"),
                "{\"title\":\"" + unique + "\",\"categoryKey\":\"innovation\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long id = json(draft).getJsonNumber("id").longValue();
        String due = Visitors.today(tenant).withMonth(12).withDayOfMonth(31).toString();
        HttpResponse<String> saved = unit.json("PUT", api(tenant, "projects/" + id + "/declaration"),
                DECLARATION.formatted(unique, due));
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> submitted = unit.json("POST", api(tenant, "projects/" + id + "/submit"), null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        HttpResponse<String> approved = tenant.admin().json("POST", api(tenant, "projects/" + id + "/approve"), null);
        assertEquals(200, approved.statusCode(), approved.body());
        return id;
    }

    private long underwayProject(TestTenant tenant, Browser unit, String title) {
        long id = approvedProject(tenant, unit, title);
        assertEquals(200, unit.json("PUT", api(tenant, "projects/" + id + "/responsibility"), RESPONSIBILITY).statusCode());
        return id;
    }

    private Browser evaluator(TestTenant tenant) {
        return member(tenant, "EVALUATOR").browser();
    }

    /**
     * A member of the tenant in this role, made by its admin through the account page, signed in on
     * the chosen password. A unit member gets a new unit of their own.
     */
    private Member member(TestTenant tenant, String role) {
        HttpResponse<String> unit = tenant.admin().json("POST", api(tenant, "units"),
                "{\"name\":\"支部" + UUID.randomUUID().toString().substring(0, 8) + "\",\"kind\":\"BRANCH\"}");
        long unitId = json(unit).getJsonNumber("id").longValue();
        String login = "m-" + UUID.randomUUID().toString().substring(0, 10);
        // without JavaScript the form keeps asking for the unit of the role it showed first; other roles keep no unit
        Page created = tenant.admin().submit(tenant.admin().get("t/" + tenant.code() + "/accounts/list"), "account", "create",
                Map.of("login", login, "displayName", "成员", "email", "", "role_input", role, "unit_input", Long.toString(unitId)));
        assertTrue(created.shows("已创建账号 " + login), created.html());
        return new Member(login, visitors.firstSignIn(login, created.textOf("issued-password")));
    }

    private static String closureJson(Browser admin, TestTenant tenant, long id) {
        Map<String, String> figures = new HashMap<>();
        json(admin.json("GET", api(tenant, "projects/" + id), null)).getJsonObject("declaration").getJsonArray("goals")
                .getValuesAs(JsonObject.class).forEach(goal -> figures.put(goal.getString("key"), "1"));
        StringBuilder json = new StringBuilder("{\"summary\":\"小结\",\"figures\":{");
        figures.forEach((key, value) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",")
                .append('"').append(key).append("\":").append(value));
        return json.append("}}").toString();
    }

    private static String ledgerJson(String kind, String stage, String title, LocalDate deadline) {
        return "{\"kind\":\"" + kind + "\",\"stage\":" + (stage == null ? "null" : "\"" + stage + "\"") + ",\"title\":\"" + title
                + "\",\"owner\":\"李主任\",\"deadline\":\"" + deadline + "\"}";
    }

    private static String visitJson(LocalDate on) {
        return "{\"kind\":\"SUPERVISION\",\"visitedOn\":\"" + on + "\",\"findings\":\"发现\",\"feedback\":\"反馈\"}";
    }

    private static String fundJson(String amount, LocalDate on) {
        return "{\"amount\":" + amount + ",\"date\":\"" + on + "\",\"purpose\":\"用途\"}";
    }

    private static List<JsonValue> fundEntries(Browser browser, TestTenant tenant, long id) {
        return json(browser.json("GET", api(tenant, "projects/" + id + "/funds"), null)).getJsonArray("entries");
    }

    private static String status(Browser browser, TestTenant tenant, long id) {
        return json(browser.json("GET", api(tenant, "projects/" + id), null)).getString("status");
    }

    /** The id, relative to its form, of the button in the ledger row of this entry. */
    private static String button(Page page, String entry, String name) {
        String id = rowWith(page, entry).select("button[id$=':" + name + "']").attr("id");
        assertTrue(id.startsWith("ledger:"), "no " + name + " button for " + entry);
        return id.substring("ledger:".length());
    }

    private static String statusOf(Page page, String entry) {
        Element cell = rowWith(page, entry).select("td").get(5);
        cell.select(".ui-column-title").remove();
        return cell.text();
    }

    private static Element rowWith(Page page, String text) {
        return Jsoup.parse(page.html()).select("tbody tr").stream().filter(tr -> tr.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " on " + page.uri()));
    }

    private record Member(String login, Browser browser) {
    }

    private static String page(TestTenant tenant, String name, long id) {
        return "t/" + tenant.code() + "/projects/" + name + "?id=" + id;
    }

    private static String api(TestTenant tenant, String path) {
        return "api/v1/t/" + tenant.code() + "/" + path;
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 300, response.statusCode() + " " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
