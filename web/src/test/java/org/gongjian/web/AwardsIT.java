package org.gongjian.web;

import static org.gongjian.web.Bidding.array;
import static org.gongjian.web.Bidding.id;
import static org.gongjian.web.Bidding.object;
import static org.gongjian.web.Bidding.objects;
import static org.gongjian.web.Bidding.superuser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * Awards (表彰) as their people use them, through the JSON API and the pages: the application
 * window kept by the database's clock in the tenant's own time zone to the second, prizes within the
 * counts of the year's frozen rules, applications only with one's own evaluated project, the public
 * list showing exactly what was published, and the host's city batch over several tenants'
 * nominations without one tenant reading another's. Projects with a frozen evaluation result come
 * from {@link EvaluatedProjectDoor}, which closes a real evaluation through its own boundary.
 */
class AwardsIT extends DeployedPortal {

    /** Thirteen hours ahead of UTC in December, five ahead of the host's zone: a day ends at another instant there. */
    private static final String ZONE = "Pacific/Auckland";
    private static final String PLAN = """
            {"title":"%s","categoryKey":"innovation","importance":"小区停车难，群众反映集中。",
             "content":"企业开放停车场错时共享。","method":"党组织牵头，物业协同。",
             "steps":[{"description":"开放车位","due":"%s"}],"budget":[{"item":"标识牌","amount":800.00}],
             "measures":"党支部书记负责。","goals":[{"description":"共享车位","target":50,"unit":"个"}]}""";

    AwardsIT() {
        super(PortalServer.WITH_DOORS);
    }

    @Test
    void theWindowTakesTheLastSecondOfItsLastDayInTheTenantsZoneAndRefusesTheNext() throws Exception {
        Awarding a = awarding();
        long batch = a.openBatch();
        JsonObject opened = object(a.admin().json("GET", a.api("awards/batches/" + batch), null));
        assertEquals(ZONE, opened.getString("timeZone"));
        assertEquals(a.today().minusDays(3).toString(), opened.getString("opensOn"));
        assertEquals(a.today().plusDays(3).toString(), opened.getString("closesOn"), "the frozen calendar's window");
        LocalDate last = a.today().plusDays(3);
        try (Connection db = superuser()) {
            assertTrue(windowOpen(db, batch, last + " 23:59:59", ZONE), "the last second of the last day, in the tenant's zone");
            assertFalse(windowOpen(db, batch, last.plusDays(1) + " 00:00:00", ZONE), "the next second");
            assertFalse(windowOpen(db, batch, last + " 23:59:59", "Asia/Shanghai"),
                    "the last second of that day in the host's zone is already the next day in the tenant's");
            assertTrue(windowOpen(db, batch, a.today().minusDays(3) + " 00:00:00", ZONE), "the first second");
            assertFalse(windowOpen(db, batch, a.today().minusDays(4) + " 23:59:59", ZONE), "the second before");
        }

        // the boundary and the database's own trigger read the same clock: closed since yesterday, refused
        long project = a.evaluated(a.unit(), "邻里守望" + tag());
        closeOn(batch, a.today().minusDays(1));
        HttpResponse<String> late = a.apply(a.unit(), batch, project, "案例");
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(late.body().contains("不再受理"), late.body());
        try (Connection app = AppSql.connect()) {
            AppSql.setTenant(app, AppSql.tenantId(app, a.tenant().code()));
            SQLException refused = assertThrows(SQLException.class, () -> AppSql.execute(app, "insert into award_application"
                    + " (batch_id, tenant_id, project_id, unit_id, project_title, owner_name, tenant_name, result_number, case_text, applied_by)"
                    + " select " + batch + ", tenant_id, id, unit_id, title, 'x', 'x', 1, '案例', 'sql' from project where id = " + project));
            assertTrue(refused.getMessage().contains("takes no applications"), refused.getMessage());
            app.rollback();
        }
        // closing today: taken
        closeOn(batch, a.today());
        HttpResponse<String> inTime = a.apply(a.unit(), batch, project, "案例：错时共享停车位五十个。");
        assertEquals(201, inTime.statusCode(), inTime.body());
        assertEquals(1, objects(a.unit().browser().json("GET", a.api("awards/applications"), null)).size());
    }

    @Test
    void onlyOnesOwnProjectWithAFrozenEvaluationResultApplies() throws Exception {
        Awarding a = awarding();
        Member other = visitors.newUnitMember(a.tenant());
        long batch = a.openBatch();
        String title = "红色物业" + tag();
        List<Long> made = a.make(List.of(wanted(a.unit(), title, true), wanted(a.unit(), "未考评" + tag(), false),
                wanted(other, "他人项目" + tag(), true)));
        long own = made.get(0);
        long unevaluated = made.get(1);
        long others = made.get(2);

        List<JsonObject> candidates = objects(a.unit().browser().json("GET", a.api("awards/candidates"), null));
        assertEquals(List.of(own), candidates.stream().map(c -> c.getJsonNumber("projectId").longValue()).toList());
        assertEquals(List.of(batch), objects(a.unit().browser().json("GET", a.api("awards/open"), null)).stream()
                .map(b -> b.getJsonNumber("id").longValue()).toList());

        HttpResponse<String> notEvaluated = a.apply(a.unit(), batch, unevaluated, "案例");
        assertEquals(400, notEvaluated.statusCode(), notEvaluated.body());
        assertTrue(notEvaluated.body().contains("没有冻结的考评结果"), notEvaluated.body());
        assertEquals(404, a.apply(a.unit(), batch, others, "案例").statusCode(), "another unit's project");
        HttpResponse<String> blank = a.apply(a.unit(), batch, own, "   ");
        assertEquals(400, blank.statusCode(), blank.body());
        assertEquals(400, a.apply(a.unit(), batch, own, "案".repeat(2001)).statusCode());
        assertEquals(0, objects(a.unit().browser().json("GET", a.api("awards/applications"), null)).size(), "nothing kept");

        HttpResponse<String> applied = a.apply(a.unit(), batch, own, "案例：服务群众三百人次。");
        assertEquals(201, applied.statusCode(), applied.body());
        assertEquals(1, object(applied).getInt("resultNumber"));
        assertEquals(409, a.apply(a.unit(), batch, own, "再次申报").statusCode());

        // wrong roles: the admin does not apply for a unit; an evaluator neither; a unit does not organise
        assertEquals(403, a.admin().json("POST", a.api("awards/applications"), form(batch, own, "案例")).statusCode());
        Member evaluator = visitors.newMember(a.tenant(), "EVALUATOR", "考评组" + tag());
        assertEquals(403, evaluator.browser().json("POST", a.api("awards/applications"), form(batch, own, "案例")).statusCode());
        assertEquals(403, a.unit().browser().json("GET", a.api("awards/batches"), null).statusCode());
        assertEquals(403, a.unit().browser().json("PUT", a.api("awards/batches/" + batch + "/applications/" + id(applied) + "/prize"),
                "{\"tier\":\"FIRST\"}").statusCode());
        assertEquals(403, a.unit().browser().json("POST", a.api("awards/batches/" + batch + "/publish"), null).statusCode());
        assertEquals(403, a.admin().json("GET", "api/v1/host/awards/batches", null).statusCode(), "a tenant's admin is not the host");
    }

    @Test
    void prizesStayWithinTheCountsOfTheYearsFrozenRulesAndPublishingShowsExactlyTheList() throws Exception {
        Awarding a = awarding();
        long batch = a.openBatch();
        JsonObject counts = object(a.admin().json("GET", a.api("awards/batches/" + batch), null));
        assertEquals(List.of(1, 2, 3), List.of(counts.getInt("first"), counts.getInt("second"), counts.getInt("third")));
        String first = "一居一品" + tag();
        String second = "楼道议事" + tag();
        String none = "未获奖" + tag();
        List<Long> projects = a.make(List.of(wanted(a.unit(), first, true), wanted(a.unit(), second, true), wanted(a.unit(), none, true)));
        List<Long> applications = new ArrayList<>();
        for (long project : projects) {
            HttpResponse<String> applied = a.apply(a.unit(), batch, project, "案例" + project);
            assertEquals(201, applied.statusCode(), applied.body());
            applications.add(id(applied));
        }
        HttpResponse<String> visit = a.admin().json("POST", a.api("awards/batches/" + batch + "/applications/" + applications.get(0)
                + "/inspections"), "{\"visitedOn\":\"" + a.today() + "\",\"note\":\"实地查看停车场，听取居民意见。\"}");
        assertEquals(201, visit.statusCode(), visit.body());
        assertEquals("VISIT", object(visit).getString("kind"));
        assertEquals(400, a.admin().json("POST", a.api("awards/batches/" + batch + "/applications/" + applications.get(0) + "/inspections"),
                "{\"visitedOn\":\"" + a.today().plusDays(1) + "\",\"note\":\"明天\"}").statusCode(), "a visit not yet made");

        assertEquals(200, a.prize(batch, applications.get(0), "FIRST", "10000.00").statusCode());
        HttpResponse<String> secondFirst = a.prize(batch, applications.get(1), "FIRST", null);
        assertEquals(400, secondFirst.statusCode(), secondFirst.body());
        assertTrue(secondFirst.body().contains("一等奖最多 1 个"), secondFirst.body());
        assertEquals(400, a.prize(batch, applications.get(1), null, "500.00").statusCode(), "funds without a prize");
        assertEquals(200, a.prize(batch, applications.get(1), "THIRD", "3000.00").statusCode());

        // nothing public before publishing, neither in the list nor on the page, and the unit sees no decision yet
        Browser anonymous = new Browser(base);
        String publicPath = "api/v1/public/awards/" + a.tenant().code() + "/" + a.year();
        assertEquals(404, anonymous.json("GET", publicPath, null).statusCode());
        assertEquals(404, anonymous.get("awards/" + a.tenant().code() + "/" + a.year()).status());
        assertTrue(objects(a.unit().browser().json("GET", a.api("awards/applications"), null)).stream()
                .noneMatch(o -> o.containsKey("tier") && !o.isNull("tier")), "a decision still open to change is not shown");

        assertEquals(200, a.admin().json("POST", a.api("awards/batches/" + batch + "/publish"), null).statusCode());
        JsonObject list = object(anonymous.json("GET", publicPath, null));
        List<String> winners = list.getJsonArray("winners").getValuesAs(JsonObject.class).stream()
                .map(w -> w.getString("projectTitle") + ":" + w.getString("tier")).toList();
        assertEquals(List.of(first + ":FIRST", second + ":THIRD"), winners);
        assertFalse(list.toString().contains("案例"), "no case is public");
        Page page = anonymous.get("awards/" + a.tenant().code() + "/" + a.year());
        assertEquals(200, page.status());
        assertTrue(page.shows(first) && page.shows(second) && page.shows("一等奖") && page.shows("三等奖"), page.html());
        assertFalse(page.shows(none), "an application without a prize is not on the list");
        assertNull(page.header("Set-Cookie"), "no session for a visitor");
        Page index = anonymous.get("awards");
        assertTrue(index.shows(a.tenant().name()), index.html());
        assertTrue(new Browser(base).get("").html().contains("/awards"), "linked from the front page");

        // final once published; the unit reads its prize, on its applications and its project's page
        assertEquals(409, a.prize(batch, applications.get(2), "SECOND", null).statusCode());
        assertEquals(409, a.admin().json("POST", a.api("awards/batches/" + batch + "/publish"), null).statusCode());
        assertEquals("FIRST", objects(a.unit().browser().json("GET", a.api("awards/prizes/" + projects.get(0)), null)).get(0).getString("tier"));
        assertEquals(0, array(a.unit().browser().json("GET", a.api("awards/prizes/" + projects.get(2)), null)).size());
        Page projectPage = a.unit().browser().get("t/" + a.tenant().code() + "/projects/view?id=" + projects.get(0));
        assertTrue(projectPage.shows("一等奖"), projectPage.html());
        HttpResponse<String> inbox = a.unit().browser().json("GET", a.api("inbox"), null);
        assertTrue(inbox.body().contains(first), inbox.body());
        // every change in the audit trail, with who and before/after
        try (Connection db = superuser(); PreparedStatement query = db.prepareStatement("select action, actor, before_state, after_state from audit_record"
                + " where tenant_id = (select id from tenant where code = ?) and action like 'award.%' order by id")) {
            query.setString(1, a.tenant().code());
            List<String> actions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1) + "/" + rows.getString(2));
                    if (rows.getString(1).equals("award.decided") && rows.getString(4).contains("\"FIRST\"")) {
                        actions.add("first prize: before " + rows.getString(3));
                    }
                }
            }
            assertTrue(actions.contains("award.batch.opened/" + a.tenant().adminLogin()), actions.toString());
            assertTrue(actions.contains("award.decided/" + a.tenant().adminLogin()), actions.toString());
            assertTrue(actions.stream().anyMatch(x -> x.startsWith("first prize: before {") && !x.contains("FIRST")), actions.toString());
            assertTrue(actions.contains("award.published/" + a.tenant().adminLogin()), actions.toString());
            assertTrue(actions.contains("award.inspected/" + a.tenant().adminLogin()), actions.toString());
            assertTrue(actions.contains("award.applied/" + a.unit().login()), actions.toString());
        }
    }

    @Test
    void theHostsBatchTakesEachTenantsNominationsWithoutOneTenantReadingAnothers() throws Exception {
        Awarding a = awarding();
        Awarding b = awarding();
        Browser host = visitors.host();
        int year = a.year();
        String hostTitle = "全市党建项目成果表彰" + tag();
        HttpResponse<String> created = host.json("POST", "api/v1/host/awards/batches", "{\"year\":" + year + ",\"title\":\"" + hostTitle
                + "\",\"opensOn\":\"" + a.today().minusDays(5) + "\",\"closesOn\":\"" + a.today().plusDays(5)
                + "\",\"first\":1,\"second\":0,\"third\":2}");
        assertEquals(201, created.statusCode(), created.body());
        long city = id(created);
        assertEquals("Asia/Shanghai", object(created).getString("timeZone"));
        String aTitle = "甲方项目" + tag();
        String bTitle = "乙方项目" + tag();
        long aProject = a.evaluated(a.unit(), aTitle);
        long bProject = b.evaluated(b.unit(), bTitle);

        // the units do not nominate; the admins nominate their own tenant's projects only
        assertEquals(403, a.apply(a.unit(), city, aProject, "推荐").statusCode());
        assertEquals(404, a.admin().json("POST", a.api("awards/applications"), form(city, bProject, "推荐")).statusCode());
        HttpResponse<String> aNominated = a.admin().json("POST", a.api("awards/applications"), form(city, aProject, "甲方推荐理由"));
        assertEquals(201, aNominated.statusCode(), aNominated.body());
        HttpResponse<String> bNominated = b.admin().json("POST", b.api("awards/applications"), form(city, bProject, "乙方推荐理由"));
        assertEquals(201, bNominated.statusCode(), bNominated.body());

        // each tenant sees its own nomination only; neither organises the host's batch
        String aOwn = a.admin().json("GET", a.api("awards/applications"), null).body();
        assertTrue(aOwn.contains(aTitle) && !aOwn.contains(bTitle), aOwn);
        for (String path : List.of("awards/batches/" + city, "awards/batches/" + city + "/applications",
                "awards/batches/" + city + "/applications/" + id(bNominated) + "/inspections")) {
            HttpResponse<String> response = a.admin().json("GET", a.api(path), null);
            assertEquals(404, response.statusCode(), path + " " + response.body());
        }
        assertEquals(404, a.admin().json("PUT", a.api("awards/batches/" + city + "/applications/" + id(aNominated) + "/prize"),
                "{\"tier\":\"FIRST\"}").statusCode());
        assertEquals(404, a.admin().json("GET", a.api("awards/prizes/" + bProject), null).statusCode());

        // the host reads both nominations, inspects and decides
        String hostList = host.json("GET", "api/v1/host/awards/batches/" + city + "/applications", null).body();
        assertTrue(hostList.contains(aTitle) && hostList.contains(bTitle), hostList);
        Page hostBatch = host.get("host/awards/batch.xhtml?id=" + city);
        assertTrue(hostBatch.shows(aTitle) && hostBatch.shows(bTitle) && hostBatch.shows(b.tenant().name()), hostBatch.html());
        assertEquals(200, host.get("host/awards/application.xhtml?batch=" + city + "&id=" + id(aNominated)).status());
        assertTrue(host.get("host/awards/index.xhtml").shows(hostTitle));
        Page notTheirs = a.admin().get("t/" + a.tenant().code() + "/awards/batch?id=" + city);
        assertEquals(404, notTheirs.status());
        assertFalse(notTheirs.shows(bTitle));
        assertEquals(201, host.json("POST", "api/v1/host/awards/batches/" + city + "/applications/" + id(bNominated) + "/inspections",
                "{\"note\":\"市委组织部考察意见" + tag() + "\"}").statusCode());
        assertEquals(400, host.json("PUT", "api/v1/host/awards/batches/" + city + "/applications/" + id(aNominated) + "/prize",
                "{\"tier\":\"SECOND\"}").statusCode(), "the host's counts give no second prize");
        assertEquals(200, host.json("PUT", "api/v1/host/awards/batches/" + city + "/applications/" + id(aNominated) + "/prize",
                "{\"tier\":\"FIRST\",\"funds\":20000.00}").statusCode());
        assertEquals(200, host.json("PUT", "api/v1/host/awards/batches/" + city + "/applications/" + id(bNominated) + "/prize",
                "{\"tier\":\"THIRD\"}").statusCode());
        // a tenant's batch is not the host's
        long aBatch = a.openBatch();
        assertEquals(404, host.json("GET", "api/v1/host/awards/batches/" + aBatch, null).statusCode());

        // the database itself: a tenant reads only its own nomination and none of the host's notes, and cannot decide
        try (Connection app = AppSql.connect()) {
            AppSql.setTenant(app, AppSql.tenantId(app, a.tenant().code()));
            assertEquals(1, AppSql.single(app, "select count(*) from award_application where batch_id = " + city));
            assertEquals(0, AppSql.single(app, "select count(*) from award_inspection where batch_id = " + city));
            SQLException refused = assertThrows(SQLException.class, () -> AppSql.execute(app,
                    "update award_application set tier = 'FIRST' where batch_id = " + city));
            assertTrue(refused.getMessage().contains("organiser"), refused.getMessage());
            app.rollback();
            AppSql.execute(app, "select set_config('app.tenant_id', '', true), set_config('app.host', 'on', true)");
            assertEquals(0, AppSql.single(app, "select count(*) from award_application"), "the host reads nominations only through one batch");
            app.rollback();
        }

        Browser anonymous = new Browser(base);
        assertEquals(404, anonymous.json("GET", "api/v1/public/awards/city/" + year, null).statusCode());
        assertEquals(200, host.json("POST", "api/v1/host/awards/batches/" + city + "/publish", null).statusCode());
        String cityList = anonymous.json("GET", "api/v1/public/awards/city/" + year, null).body();
        assertTrue(cityList.contains(aTitle) && cityList.contains(bTitle) && cityList.contains(a.tenant().name()), cityList);
        Page cityPage = anonymous.get("awards/city/" + year);
        assertTrue(cityPage.shows(aTitle) && cityPage.shows(b.tenant().name()), cityPage.html());
        assertNull(cityPage.header("Set-Cookie"));
        List<JsonObject> aPrizes = objects(a.admin().json("GET", a.api("awards/prizes/" + aProject), null));
        assertEquals(1, aPrizes.size());
        assertTrue(aPrizes.get(0).getBoolean("host"));
        assertEquals("20000.00", aPrizes.get(0).getJsonNumber("funds").bigDecimalValue().setScale(2).toPlainString());
    }

    @Test
    void everyAwardPageAndEndpointKeepsToItsTenant() throws Exception {
        Awarding a = awarding();
        Awarding b = awarding();
        long batch = a.openBatch();
        long project = a.evaluated(a.unit(), "本租户项目" + tag());
        long application = id(a.apply(a.unit(), batch, project, "案例"));
        String[] aPaths = {"awards/batches/" + batch, "awards/batches/" + batch + "/applications",
                "awards/batches/" + batch + "/applications/" + application + "/inspections"};
        for (String path : aPaths) {
            assertEquals(200, a.admin().json("GET", a.api(path), null).statusCode(), path);
            assertEquals(404, b.admin().json("GET", b.api(path), null).statusCode(), "through B: " + path);
            assertEquals(404, b.admin().json("GET", a.api(path), null).statusCode(), "B's admin under A's code: " + path);
        }
        assertEquals(404, b.admin().json("PUT", b.api("awards/batches/" + batch + "/applications/" + application + "/prize"),
                "{\"tier\":\"FIRST\"}").statusCode());
        assertEquals(404, b.admin().json("POST", b.api("awards/batches/" + batch + "/publish"), null).statusCode());
        assertEquals(404, b.admin().json("POST", b.api("awards/batches/" + batch + "/applications/" + application + "/inspections"),
                "{\"note\":\"越权\"}").statusCode());
        assertEquals(404, b.unit().browser().json("POST", b.api("awards/applications"), form(batch, project, "越权")).statusCode());
        assertEquals(404, b.unit().browser().json("GET", b.api("awards/prizes/" + project), null).statusCode());
        assertEquals(0, objects(b.admin().json("GET", b.api("awards/batches"), null)).stream()
                .filter(o -> o.getJsonNumber("id").longValue() == batch).count());
        assertFalse(b.admin().json("GET", b.api("awards/applications"), null).body().contains("本租户项目"));
        // pages
        for (String page : List.of("awards/index", "awards/batch?id=" + batch, "awards/application?batch=" + batch + "&id=" + application)) {
            Page own = a.admin().get("t/" + a.tenant().code() + "/" + page);
            assertEquals(200, own.status(), page + "\n" + own.html());
        }
        assertTrue(a.admin().get("t/" + a.tenant().code() + "/awards/batch?id=" + batch).shows("本租户项目"));
        for (String page : List.of("awards/batch?id=" + batch, "awards/application?batch=" + batch + "&id=" + application)) {
            Page other = b.admin().get("t/" + b.tenant().code() + "/" + page);
            assertEquals(404, other.status(), page + "\n" + other.html());
            assertFalse(other.shows("本租户项目"));
        }
        Page apply = a.unit().browser().get("t/" + a.tenant().code() + "/awards/apply");
        assertEquals(200, apply.status());
        assertTrue(apply.shows("本租户项目"), apply.html());
        assertFalse(b.unit().browser().get("t/" + b.tenant().code() + "/awards/apply").shows("本租户项目"));
        assertEquals(403, a.unit().browser().get("t/" + a.tenant().code() + "/awards/batch?id=" + batch).status());
        assertEquals(403, a.admin().get("host/awards/").status(), "the host's pages");
    }

    @Test
    void theOrganiserAndTheUnitWorkThroughThePages() throws Exception {
        Awarding a = awarding();
        String code = a.tenant().code();
        String title = "四点半课堂" + tag();
        long project = a.evaluated(a.unit(), title);

        Page index = a.admin().get("t/" + code + "/awards/index");
        Page refused = a.admin().submit(index, "open", "create", Map.of("year", Integer.toString(a.year() - 3), "title", "往年表彰"));
        assertTrue(refused.shows((a.year() - 3) + " 年度轮次尚未开启"), refused.html());
        Page opened = a.admin().submit(a.admin().get("t/" + code + "/awards/index"), "open", "create",
                Map.of("year", Integer.toString(a.year()), "title", a.year() + " 年度党建项目成果表彰"));
        assertTrue(opened.shows("已开启 " + a.year() + " 年度表彰"), opened.html());
        assertTrue(opened.shows("一等奖 1 个，二等奖 2 个，三等奖 3 个"), opened.html());
        long batch = Long.parseLong(opened.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));

        Page apply = a.unit().browser().get("t/" + code + "/awards/apply");
        assertTrue(apply.shows(title), apply.html());
        Page tooLong = a.unit().browser().submit(apply, "apply", "send", Map.of("batch_input", Long.toString(batch),
                "project_input", Long.toString(project), "case", "案".repeat(2001)));
        assertTrue(tooLong.shows("不能超过 2,000 个字"), tooLong.html());
        Page applied = a.unit().browser().submit(a.unit().browser().get("t/" + code + "/awards/apply"), "apply", "send",
                Map.of("batch_input", Long.toString(batch), "project_input", Long.toString(project), "case", "案例：课后托管服务二百名学生。"));
        assertTrue(applied.shows("已申报：" + title), applied.html());
        assertTrue(applied.shows("评选中"), "the unit sees its application being decided");

        long application = objects(a.admin().json("GET", a.api("awards/batches/" + batch + "/applications"), null)).get(0)
                .getJsonNumber("id").longValue();
        String at = "t/" + code + "/awards/application?batch=" + batch + "&id=" + application;
        Page visited = a.admin().submit(a.admin().get(at), "inspect", "save-inspection",
                Map.of("visitedOn_input", a.today().toString(), "note", "走访学生家长十户。"));
        assertTrue(visited.shows("已记录考察") && visited.shows("走访学生家长十户。") && visited.shows("实地考察"), visited.html());
        Page decided = a.admin().submit(a.admin().get(at), "prize", "save-prize", Map.of("tier_input", "SECOND", "amount", "8000.00"));
        assertTrue(decided.shows("已保存评定结果") && decided.shows("二等奖") && decided.shows("8,000.00"), decided.html());
        Page published = a.admin().submit(a.admin().get("t/" + code + "/awards/batch?id=" + batch), "publish", "publish-list", Map.of());
        assertTrue(published.shows("表彰名单已公布"), published.html());

        Page list = new Browser(base).get("awards/" + code + "/" + a.year());
        assertTrue(list.shows(title) && list.shows("二等奖"), list.html());
        assertTrue(a.unit().browser().get("t/" + code + "/awards/apply").shows("二等奖"));
    }

    // --- the people and their data ---------------------------------------------------------------

    /** A tenant in the zone above whose calendar has only an award window of seven days around today, with its round opened, and a unit member. */
    private Awarding awarding() throws Exception {
        TestTenant tenant = visitors.newTenant();
        try (Connection db = superuser(); PreparedStatement zone = db.prepareStatement("update tenant set time_zone = ? where code = ?")) {
            zone.setString(1, ZONE);
            zone.setString(2, tenant.code());
            assertEquals(1, zone.executeUpdate());
        }
        LocalDate today = Visitors.today(tenant);
        Map<String, String> windows = new HashMap<>();
        for (int phase = 0; phase < 9; phase++) {
            windows.put("calendar:windows:" + phase + ":opens_input", "");
            windows.put("calendar:windows:" + phase + ":closes_input", "");
        }
        windows.put("calendar:windows:7:opens_input", today.minusDays(3).toString());
        windows.put("calendar:windows:7:closes_input", today.plusDays(3).toString());
        Page saved = tenant.admin().submitAsShown(tenant.admin().get("t/" + tenant.code() + "/settings/calendar"), "calendar", "save", windows);
        assertTrue(saved.shows("已保存为第 2 版"), saved.html());
        Page opened = tenant.admin().submit(tenant.admin().get("t/" + tenant.code() + "/settings/versions"), "round", "open",
                Map.of("year", Integer.toString(today.getYear())));
        assertTrue(opened.shows("已开启 " + today.getYear() + " 年度轮次"), opened.html());
        return new Awarding(tenant, visitors.newUnitMember(tenant), today);
    }

    private record Awarding(TestTenant tenant, Member unit, LocalDate today) {

        Browser admin() {
            return tenant.admin();
        }

        int year() {
            return today.getYear();
        }

        String api(String rest) {
            return "api/v1/t/" + tenant.code() + "/" + rest;
        }

        long openBatch() {
            HttpResponse<String> opened = admin().json("POST", api("awards/batches"), "{\"year\":" + year() + ",\"title\":\"" + year()
                    + " 年度党建项目成果表彰\"}");
            assertEquals(201, opened.statusCode(), opened.body());
            return id(opened);
        }

        List<Long> make(List<String> wanted) {
            HttpResponse<String> made = admin().json("POST", api("test-only/evaluated-projects?year=" + year()), "[" + String.join(",", wanted) + "]");
            assertEquals(200, made.statusCode(), made.body());
            return array(made).getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList();
        }

        long evaluated(Member owner, String title) {
            return make(List.of(wanted(owner, title, true))).get(0);
        }

        HttpResponse<String> apply(Member who, long batch, long project, String caseText) {
            return who.browser().json("POST", api("awards/applications"), form(batch, project, caseText));
        }

        HttpResponse<String> prize(long batch, long application, String tier, String funds) {
            return admin().json("PUT", api("awards/batches/" + batch + "/applications/" + application + "/prize"),
                    "{\"tier\":" + (tier == null ? "null" : "\"" + tier + "\"") + (funds == null ? "" : ",\"funds\":" + funds) + "}");
        }
    }

    private static String wanted(Member owner, String title, boolean evaluated) {
        return "{\"unitOf\":\"" + owner.login() + "\",\"evaluated\":" + evaluated + ",\"plan\":"
                + PLAN.formatted(title, LocalDate.now().withMonth(12).withDayOfMonth(31)) + "}";
    }

    private static String form(long batch, long project, String caseText) {
        return "{\"batchId\":" + batch + ",\"projectId\":" + project + ",\"caseText\":\"" + caseText + "\"}";
    }

    private static boolean windowOpen(Connection db, long batch, String localTime, String zone) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select gj_award_window_open(?, (?::timestamp) at time zone ?)")) {
            query.setLong(1, batch);
            query.setString(2, localTime);
            query.setString(3, zone);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static void closeOn(long batch, LocalDate day) throws SQLException, IOException {
        try (Connection db = superuser(); PreparedStatement close = db.prepareStatement("update award_batch set closes_on = ? where id = ?")) {
            close.setObject(1, day);
            close.setLong(2, batch);
            assertEquals(1, close.executeUpdate());
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
