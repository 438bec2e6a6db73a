package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * The year at a glance: the figures on the tenant's dashboard, in its charts' tables, its JSON and
 * its workbook equal what the test recorded; the host sees every tenant side by side; nobody else
 * gets in.
 */
class DashboardIT extends DeployedPortal {

    @Test
    void theTenantsFiguresEqualWhatWasRecordedAndTheHostSeesBothTenantsSideBySide() throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant other = visitors.openForDeclarations(Visitors.THREE_TYPES);
        int year = Visitors.today(tenant).getYear();
        String unitName = "东湖支部" + UUID.randomUUID().toString().substring(0, 6);
        visitors.newMember(tenant, "UNIT_MEMBER", unitName);
        String otherUnit = "西湖支部" + UUID.randomUUID().toString().substring(0, 6);
        visitors.newMember(other, "UNIT_MEMBER", otherUnit);
        long a = tenantId(tenant);
        long b = tenantId(other);
        long unit = single(a, "select id from unit where name = ?", unitName);
        long underway = project(a, unit, year, "innovation", "UNDERWAY");
        project(a, unit, year, "innovation", "ACCEPTED");
        project(a, unit, year, "demonstration", "SUBMITTED");
        project(a, unit, year, "institution", "DRAFT");
        project(a, unit, year - 1, "innovation", "UNDERWAY");
        single(a, "insert into fund_entry (tenant_id, project_id, kind, amount, entry_date, purpose, recorded_by) values ("
                + a + ", " + underway + ", 'GRANT', 12000.50, current_date, '专项经费', 'it') returning id");
        single(a, "insert into ledger_entry (tenant_id, project_id, kind, title, owner, deadline, status, created_by) values ("
                + a + ", " + underway + ", 'TASK', '走访居民', '张三', current_date - 10, 'OPEN', 'it') returning id");
        long otherUnitId = single(b, "select id from unit where name = ?", otherUnit);
        project(b, otherUnitId, year, "demonstration", "APPROVED");

        // by hand: three declared (the draft and last year's aside), two approved, one under way, one entry overdue
        String api = "api/v1/t/" + tenant.code() + "/dashboard?year=" + year;
        HttpResponse<String> answer = tenant.admin().json("GET", api, null);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject figures = Json.createReader(new StringReader(answer.body())).readObject();
        assertEquals(3, figures.getInt("declarations"), answer.body());
        assertEquals(2, figures.getInt("approvals"));
        assertEquals(1, figures.getInt("live"));
        assertEquals(1, figures.getInt("overdue"));
        assertEquals(0, figures.getJsonNumber("granted").bigDecimalValue().compareTo(new java.math.BigDecimal("12000.50")));
        assertEquals("innovation:2", figures.getJsonArray("byCategory").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("key").equals("innovation")).map(c -> c.getString("key") + ":" + c.getInt("count")).findFirst().orElse(""));

        Page page = tenant.admin().get("t/" + tenant.code() + "/dashboard/?year=" + year);
        assertEquals(200, page.status(), page.html());
        assertTrue(page.textOf("figure-declarations").contains("3"), page.textOf("figure-declarations"));
        assertTrue(page.textOf("figure-granted").contains("¥12,000.50"), page.textOf("figure-granted"));
        assertTrue(page.html().contains("projects/index?year=" + year + "&amp;status=UNDERWAY"), "the figure links to its list");
        String chart = page.textOf("chart-category");
        assertTrue(chart.contains("创新探索型") && chart.contains("2"), chart);
        assertTrue(page.html().contains("role=\"img\""), "the chart's drawing is named for screen readers");
        assertTrue(tenant.admin().get("t/" + tenant.code() + "/").html().contains("dashboard/"), "the home page links the dashboard");

        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/t/" + tenant.code() + "/dashboard.xlsx?year=" + year))
                .header("Cookie", "JSESSIONID=" + tenant.admin().sessionId()).GET().build();
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("申报项目", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType(), "numbers stay numbers");
            assertEquals(3, sheet.getRow(1).getCell(1).getNumericCellValue(), 0);
        }

        Browser host = visitors.host();
        HttpResponse<String> all = host.json("GET", "api/v1/host/dashboard?year=" + year, null);
        assertEquals(200, all.statusCode(), all.body());
        JsonObject side = Json.createReader(new StringReader(all.body())).readObject();
        assertEquals(3, side.getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("tenantCode").equals(tenant.code())).findFirst().orElseThrow().getInt("declarations"));
        assertEquals(1, side.getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("tenantCode").equals(other.code())).findFirst().orElseThrow().getInt("approvals"));
        Page hostPage = host.get("host/dashboard/?year=" + year);
        assertEquals(200, hostPage.status(), hostPage.html());
        assertTrue(hostPage.textOf("sentence-" + tenant.code()).contains("3 个项目"), hostPage.textOf("sentence-" + tenant.code()));
        Page drill = host.get("host/dashboard/tenant.xhtml?code=" + other.code() + "&year=" + year);
        assertTrue(drill.textOf("figure-approvals").contains("1"), drill.textOf("figure-approvals"));
        assertEquals(200, host.get("host/dashboard/screen.xhtml?year=" + year).status());
    }

    @Test
    void anotherTenantsAdminAUnitMemberAndABadYearAreRefused() throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant other = visitors.newTenant();
        String api = "api/v1/t/" + tenant.code() + "/dashboard";
        assertFalse(other.admin().json("GET", api, null).statusCode() == 200, "another tenant's admin does not get in");
        Browser member = visitors.newUnitMember(tenant).browser();
        assertEquals(403, member.json("GET", api, null).statusCode());
        assertEquals(403, tenant.admin().json("GET", "api/v1/host/dashboard", null).statusCode());
        HttpResponse<String> badYear = tenant.admin().json("GET", api + "?year=1999", null);
        assertEquals(400, badYear.statusCode(), badYear.body());
        assertTrue(badYear.body().contains("年度 1999 不在 2000 至 2100 之间。"), badYear.body());
        assertEquals(400, tenant.admin().json("GET", api + "?year=abc", null).statusCode());
    }

    private static long tenantId(TestTenant tenant) throws Exception {
        try (Connection sql = AppSql.connect()) {
            return AppSql.tenantId(sql, tenant.code());
        }
    }

    private static long project(long tenantId, long unit, int year, String category, String status) throws Exception {
        return single(tenantId, "insert into project (tenant_id, unit_id, year, category_key, title, status, draft, created_by) values ("
                + tenantId + ", " + unit + ", " + year + ", ?, '项目', ?, '{}', 'it') returning id", category, status);
    }

    private static long single(long tenantId, String statement, Object... parameters) throws Exception {
        try (Connection sql = AppSql.connect()) {
            AppSql.setTenant(sql, tenantId);
            long id;
            try (PreparedStatement prepared = sql.prepareStatement(statement)) {
                for (int i = 0; i < parameters.length; i++) {
                    prepared.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = prepared.executeQuery()) {
                    assertTrue(rows.next(), statement);
                    id = rows.getLong(1);
                }
            }
            sql.commit();
            return id;
        }
    }
}
