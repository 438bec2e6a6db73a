package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant configuration as its admins and members use it: templates, the edit pages with their
 * checks, versions, rounds that freeze their version, the calendar on the database clock, and the
 * JSON API, each tenant seeing only its own.
 */
@ExtendWith(ArquillianExtension.class)
class ConfigurationIT {

    @ArquillianResource
    URL base;

    Visitors visitors;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("gongjian.war")));
    }

    @BeforeEach
    void visitors() {
        visitors = new Visitors(base);
    }

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
        HttpResponse<String> response = tenant.admin().json("GET", api(tenant, "configuration"), null);
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
