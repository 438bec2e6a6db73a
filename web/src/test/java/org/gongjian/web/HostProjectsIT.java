package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.gongjian.web.journeys.Journey;
import org.gongjian.web.journeys.Journeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The host follows the projects won in its own competitions, in the winners' tenants, alongside
 * their committees: it lists them with their funds, reads their progress, records a supervision
 * visit the unit then sees and answers, and accepts the project once its closure report is in,
 * under the tenant's own rules. A tenant's ordinary project and the project of a tenant's own
 * competition stay out of its reach, and no tenant's account reaches the host's pages or API.
 * The announcement itself is stood in for by a competition row and {@link WonProjectDoor}.
 */
class HostProjectsIT extends DeployedPortal {

    private static final String PLAN = """
            {"title":"%s","categoryKey":"innovation","importance":"老旧小区加装电梯难，群众反映集中。",
             "content":"党组织牵头协调加装电梯。","method":"一楼一议，逐栋推进。",
             "steps":[{"description":"摸排需求","due":"%s"}],"budget":[{"item":"协调会","amount":2000.00}],
             "measures":"书记牵头，每月例会推进。",
             "goals":[{"description":"加装电梯","target":10,"unit":"部"}]}""";
    private static final String RESPONSIBILITY = """
            {"leadLeader":"王书记","responsiblePerson":"李主任","team":[{"name":"张三","role":"联络员"}]}""";

    @RegisterExtension
    final Journeys journeys = new Journeys(() -> base);

    HostProjectsIT() {
        super(PortalServer.WITH_DOORS);
    }

    @Test
    void theHostFollowsAProjectWonInItsCompetitionVisitsItAndAcceptsItAtClosure() throws Exception {
        TestTenant tenant = visitors.newTenant();
        String unitName = "支部" + tenant.code();
        Member unit = visitors.newMember(tenant, "UNIT_MEMBER", unitName);
        LocalDate today = Visitors.today(tenant);
        String topic = "加装电梯攻坚" + tenant.code();
        long id = won(tenant, unit, competition(null, today.getYear(), topic), "电梯加装项目");
        Browser host = visitors.host();

        JsonObject row = listed(host, id);
        assertEquals(tenant.code(), row.getString("tenantCode"));
        assertEquals(tenant.name(), row.getString("tenantNameZh"));
        assertEquals(unitName, row.getString("ownerName"));
        assertEquals(topic, row.getString("competitionTopic"));
        assertEquals("APPROVED", row.getString("status"));
        assertEquals("50000.00", row.getJsonNumber("granted").bigDecimalValue().toPlainString());
        assertEquals("0.00", row.getJsonNumber("spent").bigDecimalValue().toPlainString());
        Page list = host.get("host/projects/list.xhtml");
        assertTrue(list.shows("电梯加装项目") && list.shows(unitName) && list.shows("¥50,000.00"), list.html());
        assertTrue(host.get("host/nominations.xhtml").html().contains("/host/projects/list.xhtml"), "linked in the host's navigation");

        HttpResponse<String> early = host.json("POST", "api/v1/host/projects/" + id + "/visits", visit(today, "未开工。"));
        assertEquals(400, early.statusCode(), "no visit before the 五定: " + early.body());
        assertEquals(200, unit.browser().json("PUT", api(tenant, "projects/" + id + "/responsibility"), RESPONSIBILITY).statusCode());

        HttpResponse<String> future = host.json("POST", "api/v1/host/projects/" + id + "/visits", visit(today.plusDays(1), "明天"));
        assertEquals(400, future.statusCode());
        assertTrue(future.body().contains("走访日期不能晚于今天"), future.body());
        Page view = host.get("host/projects/view.xhtml?id=" + id);
        assertEquals(unitName, view.textOf("owner"));
        assertEquals("¥50,000.00", view.textOf("granted"));
        Page recorded = host.submit(view, "visit", "save", Map.of("kind_input", "SUPERVISION", "visitedOn_input", today.toString(),
                "findings", "电梯选型未公示。", "corrections", "一周内公示。", "feedback", "请按要求整改并书面答复。"));
        assertTrue(recorded.shows("已记录督查指导，书面反馈已送达项目单位。"), recorded.html());
        assertTrue(recorded.shows("电梯选型未公示。"), "the host sees its visit on the project");

        JsonArray seen = array(unit.browser().json("GET", api(tenant, "projects/" + id + "/visits"), null));
        assertEquals(1, seen.size(), "the unit sees the host's visit, and only the one recorded: " + seen);
        JsonObject visit = seen.getJsonObject(0);
        assertEquals(Visitors.HOST_LOGIN, visit.getString("recordedBy"));
        assertEquals("请按要求整改并书面答复。", visit.getString("feedback"));
        assertTrue(keys(unit.browser(), tenant).contains("project.visit"), "the unit is told");
        assertEquals(200, unit.browser().json("POST", api(tenant, "projects/" + id + "/visits/" + visit.getJsonNumber("id") + "/answer"),
                "{\"answer\":\"已公示。\"}").statusCode());
        assertEquals("已公示。", json(host.json("GET", "api/v1/host/projects/" + id, null)).getJsonArray("visits")
                .getJsonObject(0).getString("answer"), "the host reads the unit's answer");

        HttpResponse<String> tooSoon = host.json("POST", "api/v1/host/projects/" + id + "/accept", null);
        assertEquals(400, tooSoon.statusCode(), "no acceptance before the closure report: " + tooSoon.body());
        assertEquals("UNDERWAY", json(unit.browser().json("GET", api(tenant, "projects/" + id), null)).getString("status"));
        assertEquals(200, unit.browser().json("POST", api(tenant, "projects/" + id + "/closure"),
                "{\"summary\":\"加装电梯 11 部。\",\"figures\":{\"g1\":11}}").statusCode());
        Page closing = host.get("host/projects/view.xhtml?id=" + id);
        assertTrue(closing.textOf("closure").contains("加装电梯 11 部。"), closing.html());
        Page accepted = host.submit(closing, "decision", "accept", Map.of());
        assertTrue(accepted.shows("项目已验收通过。"), accepted.html());

        assertEquals("ACCEPTED", json(unit.browser().json("GET", api(tenant, "projects/" + id), null)).getString("status"));
        assertEquals("ACCEPTED", listed(host, id).getString("status"));
        assertTrue(keys(unit.browser(), tenant).contains("project.accept"), "the unit is told");
        List<String> byHost = array(tenant.admin().json("GET", api(tenant, "projects/" + id + "/timeline"), null))
                .getValuesAs(JsonObject.class).stream().filter(entry -> entry.getString("actor").equals(Visitors.HOST_LOGIN))
                .map(entry -> entry.getString("action")).toList();
        assertEquals(List.of("project.visit", "project.accept"), byHost, "the committee's trail names the host's steps");
        assertEquals(400, host.json("POST", "api/v1/host/projects/" + id + "/accept", null).statusCode(), "accepted once");
    }

    @Test
    void theHostReachesNoOtherProjectAndNoTenantReachesTheHostsProjects() throws Exception {
        TestTenant tenant = visitors.newTenant();
        Member unit = visitors.newMember(tenant, "UNIT_MEMBER", "支部" + tenant.code());
        LocalDate today = Visitors.today(tenant);
        long tenantId;
        try (Connection app = AppSql.connect()) {
            tenantId = AppSql.tenantId(app, tenant.code());
        }
        long hosts = won(tenant, unit, competition(null, today.getYear(), "市级竞标" + tenant.code()), "市级中标项目");
        long own = won(tenant, unit, competition(tenantId, today.getYear(), "本级竞标" + tenant.code()), "本级中标项目");
        HttpResponse<String> opened = tenant.admin().json("POST", api(tenant, "test-only/claimed-projects?year=" + today.getYear()
                + "&unitOf=" + URLEncoder.encode(unit.login(), StandardCharsets.UTF_8)), PLAN.formatted("普通项目", due(today)));
        long ordinary = json(opened).getJsonNumber("id").longValue();
        for (long project : List.of(hosts, own, ordinary)) {
            assertEquals(200, unit.browser().json("PUT", api(tenant, "projects/" + project + "/responsibility"), RESPONSIBILITY)
                    .statusCode());
        }
        Browser host = visitors.host();

        List<Long> followed = array(host.json("GET", "api/v1/host/projects", null)).getValuesAs(JsonObject.class).stream()
                .map(row -> row.getJsonNumber("projectId").longValue()).toList();
        assertTrue(followed.contains(hosts), followed.toString());
        assertFalse(followed.contains(own), "a tenant's own competition is its own to follow");
        assertFalse(followed.contains(ordinary), "an ordinary project is the tenant's alone");
        for (long project : List.of(own, ordinary, Long.MAX_VALUE)) {
            assertEquals(404, host.json("GET", "api/v1/host/projects/" + project, null).statusCode());
            assertEquals(404, host.json("POST", "api/v1/host/projects/" + project + "/visits", visit(today, "越权")).statusCode());
            assertEquals(404, host.json("POST", "api/v1/host/projects/" + project + "/accept", null).statusCode());
            assertEquals(404, host.get("host/projects/view.xhtml?id=" + project).status());
        }
        assertEquals(404, host.get("host/projects/view.xhtml?id=abc").status());
        assertFalse(host.get("host/projects/list.xhtml").shows("本级中标项目"));

        for (Browser member : List.of(tenant.admin(), unit.browser())) {
            assertEquals(403, member.json("GET", "api/v1/host/projects", null).statusCode());
            assertEquals(403, member.json("GET", "api/v1/host/projects/" + hosts, null).statusCode());
            assertEquals(403, member.json("POST", "api/v1/host/projects/" + hosts + "/visits", visit(today, "冒充")).statusCode());
            assertEquals(403, member.json("POST", "api/v1/host/projects/" + hosts + "/accept", null).statusCode());
            assertEquals(403, member.get("host/projects/list.xhtml").status());
            assertEquals(403, member.get("host/projects/view.xhtml?id=" + hosts).status());
        }
        for (long project : List.of(hosts, own, ordinary)) {
            assertEquals(0, array(tenant.admin().json("GET", api(tenant, "projects/" + project + "/visits"), null)).size(),
                    "nothing was recorded on " + project);
        }
    }

    @Test
    void theHostsProjectPagesReadWellOnADesktopAndAPhone() throws Exception {
        TestTenant tenant = visitors.newTenant();
        Member unit = visitors.newMember(tenant, "UNIT_MEMBER", "支部" + tenant.code());
        LocalDate today = Visitors.today(tenant);
        String title = "楼道微更新" + tenant.code();
        long id = won(tenant, unit, competition(null, today.getYear(), "一居一品" + tenant.code()), title);
        String project = "projects/" + id;
        assertEquals(200, unit.browser().json("PUT", api(tenant, project + "/responsibility"), RESPONSIBILITY).statusCode());
        assertEquals(201, unit.browser().json("POST", api(tenant, project + "/ledger"), "{\"kind\":\"TASK\",\"stage\":\"第1阶段\","
                + "\"title\":\"摸排楼道\",\"owner\":\"李主任\",\"deadline\":\"" + today.minusDays(1) + "\"}").statusCode());
        assertEquals(201, unit.browser().json("POST", api(tenant, project + "/progress"),
                "{\"body\":\"已摸排 12 个楼道。\",\"figures\":{\"g1\":3}}").statusCode());

        Journey host = journeys.start("host").signIn(Visitors.HOST_LOGIN, Visitors.HOST_PASSWORD);
        host.open("host/projects/list.xhtml").waitForText(title).check("projects won across tenants")
                .follow(title).waitForText("记录督查指导").check("progress with the visit form")
                .choose("visit:kind", "督查").pickDate("visit:visitedOn_input", today)
                .type("visit:findings", "楼道杂物未清理。").type("visit:feedback", "请一周内清理并答复。")
                .click("visit:save").waitForText("已记录督查指导，书面反馈已送达项目单位。").check("visit recorded");
        assertTrue(host.textOf("ledger").contains("逾期"), "the ledger's traffic lights as of the tenant's today");
        assertTrue(host.textOf("report-1").contains("3 / 10 部"), host.textOf("report-1"));
        assertEquals(200, unit.browser().json("POST", api(tenant, project + "/closure"),
                "{\"summary\":\"清理楼道 12 个。\",\"figures\":{\"g1\":12}}").statusCode());
        host.onPhone().open("host/projects/view.xhtml?id=" + id).waitForText("清理楼道 12 个。").check("closure to accept on a phone")
                .click("decision:accept").waitForText("项目已验收通过。").check("accepted");
        assertEquals("ACCEPTED", json(unit.browser().json("GET", api(tenant, project), null)).getString("status"));
    }

    /** A competition announced yesterday, organised by the host (null) or by this tenant, as its organiser's transaction writes it. */
    private static long competition(Long organiser, int year, String topic) throws Exception {
        try (Connection app = AppSql.connect()) {
            if (organiser == null) {
                AppSql.execute(app, "select set_config('app.host', 'on', true)");
            } else {
                AppSql.setTenant(app, organiser);
            }
            long id;
            try (PreparedStatement insert = app.prepareStatement("""
                    insert into competition (organiser_tenant_id, year, topic, rules, eligibility, criteria, deadline, time_zone,
                                             winners, funds_per_winner, status, data_key, created_by, published_at,
                                             opened_by, opened_at, announced_by, announced_at)
                    values (?, ?, ?, '择优支持', ?, '[]', now() - interval '2 days', 'Asia/Shanghai', 3, 50000.00, 'ANNOUNCED',
                            decode('00', 'hex'), 'it', now() - interval '3 days', 'it', now() - interval '1 day', 'it', now())
                    returning id""")) {
                insert.setObject(1, organiser, Types.BIGINT);
                insert.setInt(2, year);
                insert.setString(3, topic);
                insert.setString(4, organiser == null ? "ALL_TENANTS" : "OWN_UNITS");
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            app.commit();
            return id;
        }
    }

    /** The winning unit's project, opened in its tenant with 50,000 yuan granted. */
    private static long won(TestTenant tenant, Member unit, long competition, String title) {
        LocalDate today = Visitors.today(tenant);
        HttpResponse<String> opened = tenant.admin().json("POST", api(tenant, "test-only/won-projects?year=" + today.getYear()
                        + "&competition=" + competition + "&grant=50000.00&unitOf=" + URLEncoder.encode(unit.login(), StandardCharsets.UTF_8)),
                PLAN.formatted(title, due(today)));
        return json(opened).getJsonNumber("id").longValue();
    }

    private static JsonObject listed(Browser host, long id) {
        return array(host.json("GET", "api/v1/host/projects", null)).getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getJsonNumber("projectId").longValue() == id).findFirst().orElseThrow();
    }

    private static List<String> keys(Browser who, TestTenant tenant) {
        return json(who.json("GET", api(tenant, "inbox"), null)).getJsonArray("notifications").getValuesAs(JsonObject.class)
                .stream().map(item -> item.getString("key")).toList();
    }

    private static String visit(LocalDate on, String findings) {
        return "{\"kind\":\"SUPERVISION\",\"visitedOn\":\"" + on + "\",\"findings\":\"" + findings
                + "\",\"feedback\":\"请整改。\",\"corrections\":\"" + UUID.randomUUID() + "\"}";
    }

    private static String due(LocalDate today) {
        return today.withMonth(12).withDayOfMonth(31).toString();
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
