package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * The portal as its users meet it: the real WAR on Payara Micro with a real PostgreSQL, driven
 * over HTTP. Every test makes its own tenants, so none depends on another.
 */
class PortalIT extends DeployedPortal {

    @Test
    void hostCreatesTenantWhoseAdminAddsUnitAndMemberWhoSeesOnlyThatTenant() {
        TestTenant tenant = visitors.newTenant();
        TestTenant other = visitors.newTenant();
        String unitName = "第一党支部" + tenant.code();
        Page units = tenant.admin().get("t/" + tenant.code() + "/units/list");
        Page added = tenant.admin().submit(units, "unit", "create",
                Map.of("name", unitName, "kind_input", "BRANCH", "secretary", "王书记"));
        assertTrue(added.shows("已新增“" + unitName + "”"), added.html());
        assertTrue(added.shows(unitName));
        long unitId = unitIdOf(tenant, unitName);

        Page accounts = tenant.admin().get("t/" + tenant.code() + "/accounts/list");
        String memberLogin = "member-" + tenant.code();
        Page created = tenant.admin().submit(accounts, "account", "create", Map.of("login", memberLogin,
                "displayName", "李党员", "email", "", "role_input", "UNIT_MEMBER", "unit_input", Long.toString(unitId)));
        assertTrue(created.shows("已创建账号 " + memberLogin), created.html());

        Browser member = visitors.firstSignIn(memberLogin, created.textOf("issued-password"));
        Page home = member.get("home.xhtml");
        assertEquals("/" + contextRoot() + "/t/" + tenant.code() + "/", home.uri().getPath());
        assertTrue(home.shows(unitName));
        assertTrue(home.shows(tenant.name()));
        assertFalse(home.shows(other.name()));
        assertEquals(404, member.get("t/" + other.code() + "/").status());
        assertEquals(403, member.get("t/" + tenant.code() + "/units/list").status());
        assertEquals(403, member.json("POST", "api/v1/t/" + tenant.code() + "/units", "{\"name\":\"越权\",\"kind\":\"BRANCH\"}").statusCode());
    }

    @Test
    void tenantAdminCannotReadOrChangeAnotherTenant() {
        TestTenant mine = visitors.newTenant();
        TestTenant theirs = visitors.newTenant();
        createUnitByApi(theirs, "他人的支部");

        assertEquals(404, mine.admin().get("t/" + theirs.code() + "/").status());
        assertEquals(404, mine.admin().get("t/" + theirs.code() + "/units/list").status());
        assertEquals(404, mine.admin().get("t/" + theirs.code() + "/audit/list").status());
        assertEquals(404, mine.admin().json("GET", "api/v1/t/" + theirs.code() + "/units", null).statusCode());
        assertEquals(404, mine.admin().json("POST", "api/v1/t/" + theirs.code() + "/units",
                "{\"name\":\"伪造\",\"kind\":\"BRANCH\"}").statusCode());
        assertEquals(404, mine.admin().get("t/no-such-tenant/").status());

        Page myUnits = mine.admin().get("t/" + mine.code() + "/units/list");
        Page forged = mine.admin().post("t/" + theirs.code() + "/units/list", Map.of("unit", "unit", "unit:name", "伪造支部",
                "unit:kind_input", "BRANCH", "unit:create", "", "jakarta.faces.ViewState", myUnits.viewState()));
        assertEquals(404, forged.status());

        String theirUnits = theirs.admin().json("GET", "api/v1/t/" + theirs.code() + "/units", null).body();
        assertTrue(theirUnits.contains("他人的支部"));
        assertFalse(theirUnits.contains("伪造"));
        assertFalse(mine.admin().json("GET", "api/v1/t/" + mine.code() + "/units", null).body().contains("他人的支部"));
    }

    @Test
    void signInRenewsSessionAndRepeatedFailuresLockTheAccount() {
        TestTenant tenant = visitors.newTenant();
        Browser visitor = new Browser(base);
        visitor.get("t/" + tenant.code() + "/");
        String before = visitor.sessionId();
        assertNotNull(before);
        visitor.signIn(tenant.adminLogin(), Visitors.CHOSEN_PASSWORD);
        assertNotEquals(before, visitor.sessionId());
        assertEquals(200, visitor.get("t/" + tenant.code() + "/").status());

        Browser guesser = new Browser(base);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertTrue(guesser.signIn(tenant.adminLogin(), "wrong-" + attempt).shows("登录名或密码不正确"));
        }
        Page locked = guesser.signIn(tenant.adminLogin(), Visitors.CHOSEN_PASSWORD);
        assertTrue(locked.shows("登录失败次数过多"), locked.html());
        assertEquals(401, guesser.json("GET", "api/v1/t/" + tenant.code() + "/units", null).statusCode(), "still signed out");
    }

    @Test
    void signOutNeedsThePortalsOwnLinkAndEndsTheSession() {
        TestTenant tenant = visitors.newTenant();
        assertEquals(403, tenant.admin().get("logout.xhtml").status(), "a protected view opened without its token");
        Page stillIn = tenant.admin().get("t/" + tenant.code() + "/");
        assertEquals(200, stillIn.status());
        assertTrue(stillIn.shows(tenant.name()));

        Matcher link = Pattern.compile("href=\"([^\"]*logout\\.xhtml\\?jakarta\\.faces\\.Token=[^\"]*)\"").matcher(stillIn.html());
        assertTrue(link.find());
        tenant.admin().get(link.group(1).replace("&amp;", "&"));
        Page after = tenant.admin().get("t/" + tenant.code() + "/");
        assertTrue(after.uri().getPath().endsWith("/login.xhtml"), after.uri().toString());
    }

    @Test
    void formPostsWithoutTheirPagesViewStateChangeNothing() {
        TestTenant tenant = visitors.newTenant();
        Page forged = tenant.admin().post("t/" + tenant.code() + "/units/list", Map.of("unit", "unit", "unit:name", "跨站伪造支部",
                "unit:kind_input", "BRANCH", "unit:create", "", "jakarta.faces.ViewState", "1234567890:987654321"));
        assertTrue(forged.shows("页面已过期"), forged.uri() + "\n" + forged.html());
        assertFalse(tenant.admin().json("GET", "api/v1/t/" + tenant.code() + "/units", null).body().contains("跨站伪造支部"));
    }

    @Test
    void pagesCarrySecurityHeadersAndEscapeWhatUsersWrote() {
        Page front = new Browser(base).get("");
        assertEquals(200, front.status());
        assertEquals("nosniff", front.header("X-Content-Type-Options"));
        assertTrue(front.header("Content-Security-Policy").contains("frame-ancestors 'self'"));
        assertTrue(front.header("Content-Security-Policy").contains("script-src 'self' 'nonce-"), front.header("Content-Security-Policy"));
        assertNull(front.header("Content-Security-Policy-Report-Only"), "the script policy is enforced, not only reported");
        assertEquals("strict-origin-when-cross-origin", front.header("Referrer-Policy"));
        assertEquals(null, new Browser(base).get("").header("Set-Cookie"), "anonymous visitors get no session");

        TestTenant tenant = visitors.newTenant();
        createUnitByApi(tenant, "<script>alert('x')</script>");
        Page units = tenant.admin().get("t/" + tenant.code() + "/units/list");
        assertTrue(units.shows("&lt;script&gt;alert("));
        assertFalse(units.shows("<script>alert("));
    }

    @Test
    void badInputIsRefusedInTheUsersLanguageAndChangesNothing() {
        TestTenant tenant = visitors.newTenant();
        HttpResponse<String> blank = tenant.admin().json("POST", "api/v1/t/" + tenant.code() + "/units", "{\"name\":\" \",\"kind\":\"BRANCH\"}");
        assertEquals(400, blank.statusCode());
        assertTrue(blank.body().contains("请填写基层组织名称"), blank.body());

        createUnitByApi(tenant, "重名支部");
        Page units = tenant.admin().get("t/" + tenant.code() + "/units/list");
        Page twice = tenant.admin().submit(units, "unit", "create", Map.of("name", "重名支部", "kind_input", "BRANCH", "secretary", ""));
        assertTrue(twice.shows("已有名为“重名支部”的基层组织"), twice.html());
        assertEquals(1, count(tenant.admin().json("GET", "api/v1/t/" + tenant.code() + "/units", null).body(), "重名支部"));

        tenant.admin().get("lang?to=en&back=/");
        HttpResponse<String> english = tenant.admin().json("POST", "api/v1/t/" + tenant.code() + "/units", "{\"name\":\"\",\"kind\":\"BRANCH\"}");
        assertTrue(english.body().contains("Please give the unit's name"), english.body());
    }

    @Test
    void hostSeesEveryTenantInFiguresAndNobodyElseDoes() {
        TestTenant tenant = visitors.newTenant();
        createUnitByApi(tenant, "支部甲");
        createUnitByApi(tenant, "支部乙");
        Browser host = new Browser(base);
        host.signIn(Visitors.HOST_LOGIN, Visitors.HOST_PASSWORD);
        String rollup = host.json("GET", "api/v1/host/tenants", null).body();
        assertTrue(rollup.matches("(?s).*\"code\":\"" + tenant.code() + "\"[^}]*\"units\":2.*")
                || rollup.matches("(?s).*\"units\":2[^}]*\"code\":\"" + tenant.code() + "\".*"), rollup);
        Page list = host.get("host/tenants/list.xhtml");
        assertTrue(list.shows(tenant.name()));

        assertEquals(403, tenant.admin().json("GET", "api/v1/host/tenants", null).statusCode());
        assertEquals(403, tenant.admin().get("host/tenants/list.xhtml").status());
        assertEquals(403, new Browser(base).json("GET", "api/v1/host/tenants", null).statusCode());
    }

    @Test
    void accountSheetCreatesGoodRowsAndReportsEachRefusedRow() throws IOException {
        TestTenant tenant = visitors.newTenant();
        createUnitByApi(tenant, "导入支部");
        byte[] sheet = sheet(new String[][] {
                {"登录名", "姓名", "角色", "所属单位或组织", "电子邮箱"},
                {"imp-ok-" + tenant.code(), "张三", "单位成员", "导入支部", "zhang@example.org"},
                {"imp-ok-" + tenant.code(), "张三", "单位成员", "导入支部", ""},
                {"imp-bad-" + tenant.code(), "李四", "单位成员", "不存在的支部", ""},
                {"imp-role-" + tenant.code(), "王五", "局长", "", ""},
                {"x", "赵六", "考评人员", "", ""}});
        Page form = tenant.admin().get("t/" + tenant.code() + "/accounts/import");
        Page report = tenant.admin().upload(form, "upload", "submit", "sheet", "accounts.xlsx", sheet);
        assertTrue(report.shows("导入完成：新建 1 个账号，拒绝 4 行"), report.html());
        assertTrue(report.shows("在表中重复出现"));
        assertTrue(report.shows("本单位没有名为“不存在的支部”的基层组织"));
        assertTrue(report.shows("无法识别的角色“局长”"));
        assertTrue(report.shows("登录名须为 3–64 位"));
        Matcher password = Pattern.compile("<code>([A-Za-z0-9]{12})</code>").matcher(report.html());
        assertTrue(password.find());
        visitors.firstSignIn("imp-ok-" + tenant.code(), password.group(1));

        Page notASheet = tenant.admin().upload(tenant.admin().get("t/" + tenant.code() + "/accounts/import"),
                "upload", "submit", "sheet", "accounts.xlsx", "not a spreadsheet".getBytes());
        assertTrue(notASheet.shows("无法读取该文件"));
    }

    @Test
    void auditTrailRecordsChangesAndShowsOnlyTheTenantsOwn() {
        TestTenant mine = visitors.newTenant();
        TestTenant theirs = visitors.newTenant();
        createUnitByApi(mine, "审计可见支部");
        createUnitByApi(theirs, "审计不可见支部");
        Page trail = mine.admin().get("t/" + mine.code() + "/audit/list");
        assertTrue(trail.shows("unit.create"));
        assertTrue(trail.shows("审计可见支部"));
        assertTrue(trail.shows(mine.adminLogin()));
        assertFalse(trail.shows("审计不可见支部"));
    }

    @Test
    void rowLevelSecurityHoldsForRawSqlAsTheApplicationRole() throws SQLException, IOException {
        TestTenant mine = visitors.newTenant();
        TestTenant theirs = visitors.newTenant();
        createUnitByApi(theirs, "行级安全支部");
        try (Connection app = AppSql.connect()) {
            long mineId = AppSql.tenantId(app, mine.code());
            long theirsId = AppSql.tenantId(app, theirs.code());
            assertEquals(0, AppSql.single(app, "select count(*) from unit"), "no tenant set: no rows");
            AppSql.setTenant(app, mineId);
            assertEquals(0, AppSql.single(app, "select count(*) from unit where tenant_id = " + theirsId));
            try (Statement statement = app.createStatement()) {
                assertEquals(0, statement.executeUpdate("update unit set name = 'x' where tenant_id = " + theirsId));
                assertEquals(0, statement.executeUpdate("delete from membership where tenant_id = " + theirsId));
            }
            assertThrows(SQLException.class, () -> AppSql.execute(app,
                    "insert into unit (tenant_id, name, kind) values (" + theirsId + ", '混入', 'BRANCH')"));
            app.rollback();
            AppSql.setTenant(app, mineId);
            assertThrows(SQLException.class, () -> AppSql.execute(app, "update audit_record set actor = 'x'"));
            app.rollback();
            AppSql.setTenant(app, mineId);
            assertThrows(SQLException.class, () -> AppSql.execute(app, "delete from audit_record"));
            app.rollback();
            assertThrows(SQLException.class, () -> AppSql.execute(app, "alter table unit disable row level security"));
            app.rollback();
        }
        assertTrue(theirs.admin().json("GET", "api/v1/t/" + theirs.code() + "/units", null).body().contains("行级安全支部"));
    }

    @Test
    void readinessAndErrorPagesSpeakPlainly() {
        Browser visitor = new Browser(base);
        HttpResponse<String> ready = visitor.json("GET", "/health/ready", null);
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"status\":\"UP\""));

        Page missing = visitor.get("no/such/page.xhtml");
        assertEquals(404, missing.status());
        assertTrue(missing.shows("页面不存在"));
        assertFalse(missing.shows("Exception"));
        visitor.get("lang?to=en&back=/");
        assertTrue(visitor.get("no/such/page.xhtml").shows("Page not found"));
    }

    private void createUnitByApi(TestTenant tenant, String name) {
        String body = "{\"name\":\"" + name.replace("\"", "\\\"") + "\",\"kind\":\"BRANCH\"}";
        HttpResponse<String> response = tenant.admin().json("POST", "api/v1/t/" + tenant.code() + "/units", body);
        assertEquals(201, response.statusCode(), response.body());
    }

    private long unitIdOf(TestTenant tenant, String name) {
        String units = tenant.admin().json("GET", "api/v1/t/" + tenant.code() + "/units", null).body();
        Matcher matcher = Pattern.compile("\\{\"id\":(\\d+),[^}]*\"name\":\"" + Pattern.quote(name) + "\"").matcher(units);
        assertTrue(matcher.find(), units);
        return Long.parseLong(matcher.group(1));
    }

    private String contextRoot() {
        String path = base.getPath();
        return path.substring(1, path.length() - 1);
    }

    private static byte[] sheet(String[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("账号");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
