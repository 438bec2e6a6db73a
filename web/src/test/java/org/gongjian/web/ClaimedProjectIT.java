package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongjian.notification.boundary.RemindersTrigger;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A project opened for an accepted claim, owned by a co-building organisation: its account carries
 * it out through the same pages and API as a unit (五定, ledger, progress, a visit answered, funds
 * spent, closure), the tenant accepts it, and everyone sees the organisation's name as its owner;
 * another organisation of the same tenant, a unit member and another tenant find nothing of it.
 * The claim itself is stood in for by {@link ClaimedProjectDoor}, deployed with the portal for
 * these tests only, which opens the project exactly as accepting a claim does.
 */
class ClaimedProjectIT extends DeployedPortal {

    private static final String PLAN = """
            {"title":"%s","categoryKey":"innovation","importance":"小区停车难，群众反映集中。",
             "content":"企业开放停车场错时共享。","method":"党组织牵头，物业协同。",
             "steps":[{"description":"开放车位","due":"%s"}],"budget":[{"item":"标识牌","amount":800.00}],
             "measures":"企业党支部书记负责。",
             "goals":[{"description":"共享车位","target":50,"unit":"个"}]}""";
    private static final String RESPONSIBILITY = """
            {"leadLeader":"刘总","responsiblePerson":"周经理","team":[{"name":"孙工","role":"联络员"}]}""";

    ClaimedProjectIT() {
        super(PortalServer.WITH_DOORS);
    }

    @Test
    void aClaimantCarriesOutItsClaimedProjectThroughTheLifeCycleAndTheTenantAcceptsIt() throws IOException {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        LocalDate today = Visitors.today(tenant);
        String organisation = "共建物业" + tenant.code();
        Browser claimant = visitors.newClaimant(tenant, organisation).browser();
        Browser admin = tenant.admin();
        long id = claimed(tenant, organisation, "错时共享停车");

        JsonObject opened = json(claimant.json("GET", api(tenant, "projects/" + id), null));
        assertEquals("APPROVED", opened.getString("status"));
        assertEquals(organisation, opened.getString("ownerName"));
        assertEquals(JsonValue.NULL, opened.getOrDefault("unitId", JsonValue.NULL), "no unit owns it");
        assertTrue(opened.getJsonNumber("claimantId").longValue() > 0, opened.toString());
        assertEquals(1, opened.getInt("declarationVersions"), "the claim's plan is declaration version 1");
        assertEquals("g1", opened.getJsonObject("declaration").getJsonArray("goals").getJsonObject(0).getString("key"));
        assertEquals(1, array(claimant.json("GET", api(tenant, "projects/" + id + "/declarations"), null)).size());
        JsonObject listed = json(claimant.json("GET", api(tenant, "projects"), null));
        assertEquals(1, listed.getInt("total"));
        assertEquals(organisation, listed.getJsonArray("projects").getJsonObject(0).getString("ownerName"));

        Page list = claimant.get("t/" + tenant.code() + "/projects/index");
        assertEquals(200, list.status());
        assertTrue(list.shows("错时共享停车") && list.shows(organisation), list.html());
        Page view = claimant.get(page(tenant, "view", id));
        assertEquals(organisation, view.textOf("owner-name"));
        assertEquals(organisation, admin.get(page(tenant, "view", id)).textOf("owner-name"));

        Page responsibility = claimant.get(page(tenant, "responsibility", id));
        assertTrue(responsibility.shows("企业开放停车场错时共享。"), "the claimed plan is shown");
        Page fixed = claimant.submit(responsibility, "responsibility", "save", Map.of("leadLeader", "刘总",
                "responsiblePerson", "周经理", "team:0:name", "孙工", "team:0:role", "联络员"));
        assertTrue(fixed.shows("已落实“五定”，项目进入实施阶段。"), fixed.html());
        assertEquals("UNDERWAY", status(admin, tenant, id));

        Page ledger = claimant.submit(claimant.get(page(tenant, "ledger", id)), "entry", "save", Map.of("kind_input", "TASK",
                "stage", "第1阶段", "title", "协调车位", "owner", "周经理", "deadline_input", today.minusDays(2).toString(), "measures", ""));
        assertTrue(ledger.shows("已添加台账事项“协调车位”。"), ledger.html());
        Element row = rowWith(admin.get("t/" + tenant.code() + "/projects/overdue"), "协调车位");
        assertTrue(row.text().contains(organisation) && row.text().contains("错时共享停车"), row.text());
        assertEquals(organisation, array(admin.json("GET", api(tenant, "ledger/overdue"), null)).getJsonObject(0)
                .getString("projectOwner"));

        assertEquals(List.of("错时共享停车", organisation), firstCells(admin, api(tenant, "projects/export/list.xlsx"), "错时共享停车"));
        assertEquals(List.of("错时共享停车", organisation), firstCells(claimant, api(tenant, "projects/export/ledger.xlsx"), "错时共享停车"));

        Page reported = claimant.submit(claimant.get(page(tenant, "progress", id)), "report", "submit",
                Map.of("body", "已开放车位 30 个。", "goals:0:figure", "30"));
        assertTrue(reported.shows("已提交第 1 次进展报告。"), reported.html());
        assertTrue(admin.get(page(tenant, "progress", id)).textOf("report-1").contains("30 / 50 个"));

        assertEquals(201, admin.json("POST", api(tenant, "projects/" + id + "/visits"), visitJson(today)).statusCode());
        Page toAnswer = claimant.get(page(tenant, "visits", id));
        Page answered = claimant.submit(toAnswer, "answers", "visits:0:send", Map.of("visits:0:answer", "已整改。"));
        assertTrue(answered.shows("已提交答复。"), answered.html());

        assertEquals(201, admin.json("POST", api(tenant, "projects/" + id + "/funds/grants"), fundJson("1000.00", today)).statusCode());
        Page spent = claimant.submit(claimant.get(page(tenant, "funds", id)), "fund", "spend",
                Map.of("amount", "800.00", "date_input", today.toString(), "purpose", "标识牌"));
        assertTrue(spent.shows("已记录经费支出 ¥800.00。"), spent.html());
        assertEquals("¥200.00", spent.textOf("balance"));

        assertEquals(200, admin.json("POST", api(tenant, "projects/" + id + "/nomination"), "{\"nominated\":true}").statusCode());
        Page nominations = visitors.host().get("host/nominations.xhtml");
        assertTrue(rowWith(nominations, "错时共享停车").text().contains(organisation), nominations.html());

        Page closure = claimant.submit(claimant.get(page(tenant, "closure", id)), "closure", "submit",
                Map.of("summary", "共享车位 52 个。", "goals:0:figure", "52"));
        assertTrue(closure.shows("已提交第 1 版结题报告，等待验收。"), closure.html());
        Page accepted = admin.submit(admin.get(page(tenant, "closure", id)), "decision", "accept", Map.of());
        assertTrue(accepted.shows("项目已验收通过。"), accepted.html());

        List<String> told = json(claimant.json("GET", api(tenant, "inbox"), null)).getJsonArray("notifications")
                .getValuesAs(JsonObject.class).stream().map(item -> item.getString("key")).toList();
        assertTrue(told.containsAll(List.of("project.visit", "project.fund.grant", "project.accept")), told.toString());
        List<String> admins = json(admin.json("GET", api(tenant, "inbox"), null)).getJsonArray("notifications")
                .getValuesAs(JsonObject.class).stream().map(item -> item.getString("key")).toList();
        assertTrue(admins.containsAll(List.of("project.progress", "project.visit.answer", "project.closure.submit")), admins.toString());
        List<String> actions = array(admin.json("GET", api(tenant, "projects/" + id + "/timeline"), null))
                .getValuesAs(JsonObject.class).stream().map(entry -> entry.getString("action")).toList();
        assertEquals("project.claimed", actions.get(0), actions.toString());
        assertTrue(actions.containsAll(List.of("project.responsibility", "project.ledger.add", "project.progress",
                "project.visit.answer", "project.fund.spend", "project.closure.submit", "project.accept")), actions.toString());
    }

    @Test
    void anotherOrganisationAUnitAndAnotherTenantNeitherSeeNorChangeAClaimantsProject() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        LocalDate today = Visitors.today(tenant);
        String first = "共建甲" + tenant.code();
        String second = "共建乙" + tenant.code();
        Member owner = visitors.newClaimant(tenant, first);
        Member neighbour = visitors.newClaimant(tenant, second);
        Browser unit = visitors.unitMember(tenant);
        long id = claimed(tenant, first, "甲的项目");
        long theirs = claimed(tenant, second, "乙的项目");
        assertEquals(200, owner.browser().json("PUT", api(tenant, "projects/" + id + "/responsibility"), RESPONSIBILITY).statusCode());
        TestTenant other = visitors.newTenant(Visitors.THREE_TYPES);

        JsonObject seen = json(neighbour.browser().json("GET", api(tenant, "projects"), null));
        assertEquals(1, seen.getInt("total"));
        assertEquals(theirs, seen.getJsonArray("projects").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, json(unit.json("GET", api(tenant, "projects"), null)).getInt("total"));
        assertFalse(neighbour.browser().get("t/" + tenant.code() + "/projects/index").shows("甲的项目"));

        for (Browser outsider : List.of(neighbour.browser(), unit)) {
            for (String name : List.of("view", "responsibility", "ledger", "progress", "visits", "funds", "closure", "attachments")) {
                assertEquals(404, outsider.get(page(tenant, name, id)).status(), name);
            }
            assertEquals(404, outsider.json("GET", api(tenant, "projects/" + id), null).statusCode());
            assertEquals(404, outsider.json("PUT", api(tenant, "projects/" + id + "/responsibility"), RESPONSIBILITY).statusCode());
            assertEquals(404, outsider.json("POST", api(tenant, "projects/" + id + "/ledger"), ledgerJson("越权", today)).statusCode());
            assertEquals(404, outsider.json("POST", api(tenant, "projects/" + id + "/progress"),
                    "{\"body\":\"越权\",\"figures\":{}}").statusCode());
            assertEquals(404, outsider.json("POST", api(tenant, "projects/" + id + "/funds/spendings"),
                    fundJson("1.00", today)).statusCode());
            assertEquals(404, outsider.json("POST", api(tenant, "projects/" + id + "/closure"),
                    "{\"summary\":\"越权\",\"figures\":{\"g1\":1}}").statusCode());
        }
        assertEquals(404, owner.browser().get(page(tenant, "view", theirs)).status(), "nor the other way round");
        assertEquals(404, other.admin().json("GET", api(tenant, "projects/" + id), null).statusCode());
        assertEquals(404, other.admin().json("GET", api(other, "projects/" + id), null).statusCode());

        Browser mine = owner.browser();
        assertEquals(403, mine.json("POST", api(tenant, "projects/" + id + "/funds/grants"), fundJson("100.00", today)).statusCode());
        assertEquals(403, mine.json("POST", api(tenant, "projects/" + id + "/visits"), visitJson(today)).statusCode());
        assertEquals(403, mine.json("POST", api(tenant, "projects/" + id + "/accept"), null).statusCode());
        assertEquals(403, mine.json("POST", api(tenant, "projects/" + id + "/nomination"), "{\"nominated\":true}").statusCode());
        assertEquals(403, mine.json("GET", api(tenant, "ledger/overdue"), null).statusCode());
        assertEquals(403, mine.json("POST", api(tenant, "projects"), "{\"title\":\"自行申报\",\"categoryKey\":\"innovation\"}")
                .statusCode(), "organisations claim items; they do not declare");

        JsonObject untouched = json(tenant.admin().json("GET", api(tenant, "projects/" + id), null));
        assertEquals("UNDERWAY", untouched.getString("status"));
        assertEquals("周经理", untouched.getJsonObject("responsibility").getString("responsiblePerson"));
        assertEquals(0, array(tenant.admin().json("GET", api(tenant, "projects/" + id + "/ledger"), null)).size());
        assertEquals(0, array(tenant.admin().json("GET", api(tenant, "projects/" + id + "/progress"), null)).size());
        assertEquals(0, json(tenant.admin().json("GET", api(tenant, "projects/" + id + "/funds"), null)).getJsonArray("entries").size());
        assertEquals("APPROVED", status(tenant.admin(), tenant, theirs), "the neighbour's own project is untouched too");
    }

    @Test
    void aUnitsClaimedProjectIsItsOwnButDoesNotCountAgainstItsDeclarationQuota() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Member member = visitors.newUnitMember(tenant);
        Browser unit = member.browser();
        long id = opened(tenant, "unitOf=" + member.login(), "居民区认领项目");
        JsonObject claimedByUnit = json(unit.json("GET", api(tenant, "projects/" + id), null));
        assertEquals("APPROVED", claimedByUnit.getString("status"));
        assertTrue(claimedByUnit.getJsonNumber("unitId").longValue() > 0);
        assertEquals(200, unit.json("PUT", api(tenant, "projects/" + id + "/responsibility"), RESPONSIBILITY).statusCode());

        for (int declared = 1; declared <= 2; declared++) {
            assertEquals(200, declare(tenant, unit, "自主申报" + declared).statusCode(), "within the yearly quota of 2");
        }
        HttpResponse<String> third = declare(tenant, unit, "自主申报3");
        assertEquals(400, third.statusCode(), third.body());
        assertTrue(third.body().contains("年度本单位最多申报 2 个项目，已达上限。"), third.body());
        assertEquals(2, json(unit.json("GET", api(tenant, "projects?status=SUBMITTED"), null)).getInt("total"));
    }

    @Test
    void aClaimantIsRemindedOfTheMidTermDeadlineOfItsProjectUnderway() {
        TestTenant tenant = visitors.newTenant(Visitors.THREE_TYPES);
        LocalDate today = Visitors.today(tenant);
        LocalDate closes = today.plusDays(2);
        Map<String, String> windows = new HashMap<>();
        for (int phase = 0; phase < 9; phase++) {
            windows.put("calendar:windows:" + phase + ":opens_input", phase == 4 ? today.minusDays(5).toString() : "");
            windows.put("calendar:windows:" + phase + ":closes_input", phase == 4 ? closes.toString() : "");
        }
        Page saved = tenant.admin().submitAsShown(tenant.admin().get("t/" + tenant.code() + "/settings/calendar"), "calendar", "save",
                windows);
        assertTrue(saved.shows("已保存为第 2 版"), saved.html());
        String organisation = "共建提醒" + tenant.code();
        Browser claimant = visitors.newClaimant(tenant, organisation).browser();
        Browser idle = visitors.newClaimant(tenant, "无项目" + tenant.code()).browser();
        long id = claimed(tenant, organisation, "提醒项目");
        assertEquals(200, claimant.json("PUT", api(tenant, "projects/" + id + "/responsibility"), RESPONSIBILITY).statusCode());

        assertEquals(200, new Browser(base).post("it/reminders", Map.of()).status());
        JsonArray told = json(claimant.json("GET", api(tenant, "inbox"), null)).getJsonArray("notifications");
        assertEquals(1, told.size(), told.toString());
        assertEquals("reminder", told.getJsonObject(0).getString("key"));
        assertEquals(List.of("MID_TERM", closes.toString(), "2"), told.getJsonObject(0).getJsonArray("arguments")
                .getValuesAs(JsonString::getString));
        assertEquals(0, json(idle.json("GET", api(tenant, "inbox"), null)).getInt("total"), "an organisation without a project underway");
    }

    private static HttpResponse<String> declare(TestTenant tenant, Browser unit, String title) {
        String due = Visitors.today(tenant).withMonth(12).withDayOfMonth(31).toString();
        long id = json(unit.json("POST", api(tenant, "projects"), "{\"title\":\"" + title + "\",\"categoryKey\":\"innovation\"}"))
                .getJsonNumber("id").longValue();
        assertEquals(200, unit.json("PUT", api(tenant, "projects/" + id + "/declaration"), PLAN.formatted(title, due)).statusCode());
        return unit.json("POST", api(tenant, "projects/" + id + "/submit"), null);
    }

    /** Opens a project for a claim of this organisation, as the tenant's admin accepting it does. */
    private static long claimed(TestTenant tenant, String organisation, String title) {
        return opened(tenant, "claimant=" + URLEncoder.encode(organisation, StandardCharsets.UTF_8), title);
    }

    private static long opened(TestTenant tenant, String owner, String title) {
        String due = Visitors.today(tenant).withMonth(12).withDayOfMonth(31).toString();
        HttpResponse<String> opened = tenant.admin().json("POST", api(tenant, "test-only/claimed-projects?year="
                + Visitors.today(tenant).getYear() + "&" + owner), PLAN.formatted(title, due));
        return json(opened).getJsonNumber("id").longValue();
    }

    /** The first two cells of the row of the exported workbook's first sheet that starts with this text. */
    private List<String> firstCells(Browser who, String path, String first) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Cookie", who.cookieHeader()).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertEquals(200, response.statusCode());
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (text.formatCellValue(row.getCell(0)).equals(first)) {
                    return List.of(text.formatCellValue(row.getCell(0)), text.formatCellValue(row.getCell(1)));
                }
            }
        }
        throw new AssertionError("no row " + first + " in " + path);
    }

    private static String ledgerJson(String title, LocalDate deadline) {
        return "{\"kind\":\"TASK\",\"stage\":null,\"title\":\"" + title + "\",\"owner\":\"周经理\",\"deadline\":\"" + deadline + "\"}";
    }

    private static String visitJson(LocalDate on) {
        return "{\"kind\":\"SUPERVISION\",\"visitedOn\":\"" + on + "\",\"findings\":\"发现\",\"feedback\":\"反馈\"}";
    }

    private static String fundJson(String amount, LocalDate on) {
        return "{\"amount\":" + amount + ",\"date\":\"" + on + "\",\"purpose\":\"用途\"}";
    }

    private static String status(Browser browser, TestTenant tenant, long id) {
        return json(browser.json("GET", api(tenant, "projects/" + id), null)).getString("status");
    }

    private static Element rowWith(Page page, String text) {
        return Jsoup.parse(page.html()).select("tbody tr").stream().filter(tr -> tr.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " on " + page.uri()));
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
