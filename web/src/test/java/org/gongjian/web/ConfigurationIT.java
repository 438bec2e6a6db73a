package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * Tenant configuration as its admins and members use it: templates, the edit pages with their
 * checks, versions, rounds that freeze their version, the calendar on the database clock, and the
 * JSON API, each tenant seeing only its own.
 */
class ConfigurationIT extends DeployedPortal {

    @Test
    void twoTenantsRunDifferentSchemesSideBySideAndEachSeesOnlyItsOwn() {
        TestTenant street = visitors.newTenant(Visitors.THREE_TYPES);
        TestTenant enterprise = visitors.newTenant(Visitors.PARTY_BUILDING_PLUS);

        JsonObject streetConfig = current(street);
        assertEquals(List.of("创新探索型", "典型示范型", "制度推广型"), categoryNames(streetConfig));
        assertEquals(Map.of("ORGANISATIONAL", 50, "PUBLIC", 30, "SELF", 20), channelWeights(streetConfig));
        JsonObject enterpriseConfig = current(enterprise);
        assertEquals(List.of("重大专项", "改革创新", "安全质量", "管理效能"), categoryNames(enterpriseConfig));
        assertEquals(Map.of("ORGANISATIONAL", 50, "PUBLIC", 20, "SELF", 30), channelWeights(enterpriseConfig));

        Page mine = street.admin().get(page(street, "config/index"));
        assertEquals(200, mine.status());
        assertTrue(mine.shows("创新探索型"));
        assertFalse(mine.shows("重大专项"));
        assertEquals(404, street.admin().get(page(enterprise, "config/index")).status());
        assertEquals(404, street.admin().get(page(enterprise, "settings/scheme")).status());
        assertEquals(404, street.admin().json("GET", api(enterprise, "configuration"), null).statusCode());
        assertEquals(404, street.admin().json("GET", api(enterprise, "rounds"), null).statusCode());

        Browser member = visitors.unitMember(street);
        Page readOnly = member.get(page(street, "config/index"));
        assertEquals(200, readOnly.status());
        assertTrue(readOnly.shows("创新探索型"));
        assertEquals(403, member.get(page(street, "settings/scheme")).status());
        assertEquals(403, member.get(page(street, "settings/versions")).status());
        assertEquals(200, member.json("GET", api(street, "configuration"), null).statusCode());
        assertEquals(404, member.json("GET", api(enterprise, "configuration"), null).statusCode());
    }

    @Test
    void aFrozenRoundKeepsItsWeightsWhenTheTenantEditsThem() {
        TestTenant tenant = visitors.newTenant(Visitors.THREE_TYPES);
        int year = today(tenant).getYear();
        Page versions = tenant.admin().get(page(tenant, "settings/versions"));
        Page opened = tenant.admin().submit(versions, "round", "open", Map.of("year", Integer.toString(year)));
        assertTrue(opened.shows("已开启 " + year + " 年度轮次，冻结第 1 版配置"), opened.html());

        Page scheme = tenant.admin().get(page(tenant, "settings/scheme"));
        Page saved = tenant.admin().submitAsShown(scheme, "scheme", "save", Map.of("scheme:channels:0:weight", "40",
                "scheme:channels:1:weight", "30", "scheme:channels:2:weight", "30"));
        assertTrue(saved.shows("已保存为第 2 版"), saved.html());

        JsonObject frozen = json(tenant.admin().json("GET", api(tenant, "rounds/" + year), null));
        assertEquals(1, frozen.getJsonObject("configuration").getInt("number"));
        assertEquals(Map.of("ORGANISATIONAL", 50, "PUBLIC", 30, "SELF", 20), channelWeights(frozen.getJsonObject("configuration")));
        assertEquals(Map.of("ORGANISATIONAL", 30, "PUBLIC", 30, "SELF", 40), channelWeights(current(tenant)));
        Page roundView = tenant.admin().get(page(tenant, "config/index?round=" + year));
        assertTrue(roundView.shows("第 1 版"), roundView.html());

        Page finished = tenant.admin().submit(tenant.admin().get(page(tenant, "settings/versions")), "rounds", "list:0:finish", Map.of());
        assertTrue(finished.shows("已结束 " + year + " 年度轮次"), finished.html());
        Page again = tenant.admin().submit(tenant.admin().get(page(tenant, "settings/versions")), "round", "open",
                Map.of("year", Integer.toString(year)));
        assertTrue(again.shows(year + " 年度轮次已经开启过"), again.html());
        JsonObject stillFrozen = json(tenant.admin().json("GET", api(tenant, "rounds/" + year), null));
        assertEquals("FINISHED", stillFrozen.getJsonObject("round").getString("status"));
        assertEquals(1, stillFrozen.getJsonObject("configuration").getInt("number"));
    }

    @Test
    void badSchemeInputIsRefusedWithEveryReasonAndNothingIsSaved() {
        TestTenant tenant = visitors.newTenant(Visitors.THREE_TYPES);
        Page scheme = tenant.admin().get(page(tenant, "settings/scheme"));

        Page notHundred = tenant.admin().submitAsShown(scheme, "scheme", "save", Map.of("scheme:channels:2:weight", "45",
                "scheme:common:0:weight", "-5"));
        assertTrue(notHundred.shows("评价渠道的权重合计为 95%，须为 100%"), notHundred.html());
        assertTrue(notHundred.shows("须为 0 到 100 之间的百分数"), notHundred.html());
        assertTrue(notHundred.shows("value=\"45\""), "what the admin typed stays in the form");

        Page notNumber = tenant.admin().submitAsShown(scheme, "scheme", "save", Map.of("scheme:channels:0:weight", "二十"));
        assertTrue(notNumber.shows("请输入数字"), notNumber.html());

        Page gap = tenant.admin().submitAsShown(scheme, "scheme", "save", Map.of("scheme:grades:1:to", "85"));
        assertTrue(gap.shows("总分 85 至 90 之间没有对应的等次"), gap.html());

        tenant.admin().get("lang?to=en&back=/");
        Page english = tenant.admin().submitAsShown(tenant.admin().get(page(tenant, "settings/scheme")), "scheme", "save",
                Map.of("scheme:channels:2:weight", "45"));
        assertTrue(english.shows("the weights add up to 95%, not 100%"), english.html());

        assertEquals(1, versionCount(tenant), "nothing saved");
        assertEquals(Map.of("ORGANISATIONAL", 50, "PUBLIC", 30, "SELF", 20), channelWeights(current(tenant)));
    }

    @Test
    void calendarRefusesReversedAndOverlappingWindows() {
        TestTenant tenant = visitors.newTenant(Visitors.THREE_TYPES);
        int year = today(tenant).getYear();
        Page calendar = tenant.admin().get(page(tenant, "settings/calendar"));

        Page reversed = tenant.admin().submitAsShown(calendar, "calendar", "save", Map.of(
                "calendar:windows:0:opens_input", year + "-02-20", "calendar:windows:0:closes_input", year + "-02-10"));
        assertTrue(reversed.shows("“申报”的结束日期 " + year + "年2月10日 早于开始日期 " + year + "年2月20日"), reversed.html());

        Page overlapping = tenant.admin().submitAsShown(calendar, "calendar", "save", Map.of(
                "calendar:windows:1:opens_input", year + "-02-15"));
        assertTrue(overlapping.shows("“论证立项”须在“申报”结束（" + year + "年2月28日）之后开始"), overlapping.html());

        assertEquals(1, versionCount(tenant), "nothing saved");
    }

    @Test
    void windowsOpenByTheDatabaseClockInTheTenantsTimeZone() {
        TestTenant tenant = visitors.newTenant(Visitors.THREE_TYPES);
        LocalDate today = today(tenant);
        Map<String, String> windows = new HashMap<>();
        for (int phase = 0; phase < 9; phase++) {
            windows.put("calendar:windows:" + phase + ":opens_input", "");
            windows.put("calendar:windows:" + phase + ":closes_input", "");
        }
        windows.put("calendar:windows:0:opens_input", today.minusDays(1).toString());
        windows.put("calendar:windows:0:closes_input", today.plusDays(1).toString());
        windows.put("calendar:windows:3:opens_input", today.minusDays(20).toString());
        windows.put("calendar:windows:3:closes_input", today.minusDays(2).toString());
        Page saved = tenant.admin().submitAsShown(tenant.admin().get(page(tenant, "settings/calendar")), "calendar", "save", windows);
        assertTrue(saved.shows("已保存为第 2 版"), saved.html());

        JsonObject open = json(tenant.admin().json("GET", api(tenant, "configuration/open-windows"), null));
        List<String> phases = open.getJsonArray("windows").stream().map(w -> w.asJsonObject().getString("phase")).toList();
        assertEquals(List.of("DECLARATION"), phases);
        Page home = tenant.admin().get(page(tenant, ""));
        assertTrue(home.textOf("open-now").contains("申报"), home.html());
        assertFalse(home.textOf("open-now").contains("公开认领"));
    }

    @Test
    void aSaveOnTopOfAnOlderVersionIsRefused() {
        TestTenant tenant = visitors.newTenant(Visitors.THREE_TYPES);
        Page first = tenant.admin().get(page(tenant, "settings/rules"));
        Page second = tenant.admin().get(page(tenant, "settings/rules"));
        Page saved = tenant.admin().submitAsShown(first, "rules", "save", Map.of("rules:declarations", "3"));
        assertTrue(saved.shows("已保存为第 2 版"), saved.html());
        Page stale = tenant.admin().submitAsShown(second, "rules", "save", Map.of("rules:declarations", "4"));
        assertTrue(stale.shows("配置已被 " + tenant.adminLogin() + " 保存为第 2 版"), stale.html());
        assertEquals(3, current(tenant).getJsonObject("configuration").getJsonObject("rules").getInt("declarationsPerUnit"));

        Page trail = tenant.admin().get(page(tenant, "audit/list"));
        assertTrue(trail.shows("config.save.rules"), trail.html());
    }

    @Test
    void categoriesAreEditedAsANewVersionAndOldVersionsStayReadable() {
        TestTenant tenant = visitors.newTenant(Visitors.PARTY_BUILDING_PLUS);
        Page categories = tenant.admin().get(page(tenant, "settings/categories"));
        Page saved = tenant.admin().submitAsShown(categories, "categories", "save", Map.of("categories:rows:0:nameZh", "重大专项攻坚"));
        assertTrue(saved.shows("已保存为第 2 版"), saved.html());
        assertEquals(List.of("重大专项攻坚", "改革创新", "安全质量", "管理效能"), categoryNames(current(tenant)));
        Page old = tenant.admin().get(page(tenant, "config/index?version=1"));
        assertTrue(old.shows("重大专项"));
        assertFalse(old.shows("重大专项攻坚"));
        Page blank = tenant.admin().submitAsShown(tenant.admin().get(page(tenant, "settings/categories")), "categories", "save",
                Map.of("categories:rows:1:nameZh", ""));
        assertTrue(blank.shows("第 2 行"), blank.html());
        assertEquals(2, versionCount(tenant), "nothing saved");
    }

    @Test
    void savedVersionsCannotBeChangedNorReadAcrossTenants() throws SQLException, IOException {
        TestTenant mine = visitors.newTenant();
        TestTenant theirs = visitors.newTenant(Visitors.PARTY_BUILDING_PLUS);
        try (Connection app = AppSql.connect()) {
            long mineId = AppSql.tenantId(app, mine.code());
            long theirsId = AppSql.tenantId(app, theirs.code());
            assertEquals(0, AppSql.single(app, "select count(*) from config_version"), "no tenant set: no versions");
            AppSql.setTenant(app, mineId);
            assertEquals(1, AppSql.single(app, "select count(*) from config_version"));
            assertEquals(0, AppSql.single(app, "select count(*) from config_version where tenant_id = " + theirsId));
            assertThrows(SQLException.class, () -> AppSql.execute(app, "update config_version set document = '{}'"));
            app.rollback();
            AppSql.setTenant(app, mineId);
            assertThrows(SQLException.class, () -> AppSql.execute(app, "delete from config_version"));
            app.rollback();
            AppSql.setTenant(app, mineId);
            assertThrows(SQLException.class, () -> AppSql.execute(app, "insert into config_version "
                    + "(tenant_id, number, part, document, saved_by) values (" + theirsId + ", 9, 'RULES', '{}', 'x')"));
            app.rollback();
        }
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        HttpResponse<String> openApi = new Browser(base).json("GET", "/openapi", null);
        assertEquals(200, openApi.statusCode());
        assertTrue(openApi.body().contains("/t/{code}/configuration/versions/{number}"), openApi.body());
        assertTrue(openApi.body().contains("/t/{code}/rounds/{year}"));
    }

    @Test
    void templatesArePublicProductData() {
        HttpResponse<String> templates = new Browser(base).json("GET", "api/v1/public/config-templates", null);
        assertEquals(200, templates.statusCode());
        List<String> codes = Json.createReader(new StringReader(templates.body())).readArray().stream()
                .map(t -> t.asJsonObject().getString("code")).toList();
        assertEquals(List.of(Visitors.THREE_TYPES, Visitors.PARTY_BUILDING_PLUS), codes);
    }

    private static String page(TestTenant tenant, String path) {
        return "t/" + tenant.code() + "/" + path;
    }

    private static String api(TestTenant tenant, String path) {
        return "api/v1/t/" + tenant.code() + "/" + path;
    }

    private static JsonObject current(TestTenant tenant) {
        return json(tenant.admin().json("GET", api(tenant, "configuration"), null));
    }

    private static LocalDate today(TestTenant tenant) {
        return LocalDate.parse(json(tenant.admin().json("GET", api(tenant, "configuration/open-windows"), null)).getString("today"));
    }

    private static int versionCount(TestTenant tenant) {
        HttpResponse<String> response = tenant.admin().json("GET", api(tenant, "configuration/versions"), null);
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().size();
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<String> categoryNames(JsonObject saved) {
        return saved.getJsonObject("configuration").getJsonArray("categories").stream()
                .map(c -> c.asJsonObject().getJsonObject("name").getString("zh")).toList();
    }

    private static Map<String, Integer> channelWeights(JsonObject saved) {
        Map<String, Integer> weights = new TreeMap<>();
        for (JsonValue channel : saved.getJsonObject("configuration").getJsonObject("scheme").getJsonArray("channels")) {
            weights.put(channel.asJsonObject().getString("kind"), channel.asJsonObject().getJsonNumber("weight").intValueExact());
        }
        return weights;
    }
}
