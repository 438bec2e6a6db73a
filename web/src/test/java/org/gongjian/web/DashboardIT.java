package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The year at a glance: every figure on the tenant's dashboard, in its charts' tables, its JSON and
 * its workbook equals what the test recorded and counted by hand; the host sees each tenant's
 * figures side by side with the totals and one tenant's alone; nobody else gets in.
 * <p>
 * What the portal records over a year is written as the application role under the tenant's row policies.
 */
class DashboardIT extends DeployedPortal {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void everyFigureEqualsWhatWasRecordedOnThePageTheChartsTheJsonAndTheWorkbookAndTheHostSeesBothTenants() throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant other = visitors.openForDeclarations(Visitors.THREE_TYPES);
        int year = Visitors.today(tenant).getYear();
        String unitName = "东湖支部" + UUID.randomUUID().toString().substring(0, 6);
        visitors.newMember(tenant, "UNIT_MEMBER", unitName);
        String neighbourName = "南湖支部" + UUID.randomUUID().toString().substring(0, 6);
        visitors.newMember(tenant, "UNIT_MEMBER", neighbourName);
        Member evaluator = visitors.newMember(tenant, "EVALUATOR", "考评组" + UUID.randomUUID().toString().substring(0, 6));
        String otherUnitName = "西湖支部" + UUID.randomUUID().toString().substring(0, 6);
        visitors.newMember(other, "UNIT_MEMBER", otherUnitName);

        Seed a = new Seed(tenant, year);
        long unit = a.id("select id from unit where name = ?", unitName);
        long neighbour = a.id("select id from unit where name = ?", neighbourName);
        long underway = a.project(unit, year, "innovation", "UNDERWAY");
        long accepted = a.project(unit, year, "innovation", "ACCEPTED");
        a.project(neighbour, year, "demonstration", "SUBMITTED");
        a.project(unit, year, "innovation", "REJECTED");
        a.project(unit, year, "institution", "DRAFT");
        long lastYears = a.project(unit, year - 1, "innovation", "UNDERWAY");
        a.ledger(underway, "current_date - 10", "OPEN");
        a.ledger(underway, "current_date + 30", "OPEN");
        a.ledger(lastYears, "current_date - 10", "OPEN");
        a.fund(underway, "GRANT", "12000.50");
        a.fund(underway, "SPENDING", "2000.25");
        a.fund(accepted, "GRANT", "3000.00");
        a.fund(lastYears, "GRANT", "999.00");
        long board = a.id("insert into claim_board (tenant_id, year, title, mode, category_key) values (" + a.tenantId + ", " + year
                + ", '认领榜', 'FIRST_COME', 'innovation') returning id");
        long sector = a.id("insert into sector (tenant_id, board_id, name, position) values (" + a.tenantId + ", " + board
                + ", '民生', 0) returning id");
        long fiveplaces = a.item(board, sector, 5, "PUBLISHED");
        a.item(board, sector, 3, "PUBLISHED");
        a.item(board, sector, 10, "DRAFT");
        a.claim(fiveplaces, unit);
        a.claim(fiveplaces, neighbour);
        long competition = a.id("insert into competition (organiser_tenant_id, year, topic, rules, eligibility, criteria, deadline, time_zone,"
                + " winners, funds_per_winner, status, data_key, created_by, published_at) values (" + a.tenantId + ", " + year
                + ", '支部攻坚竞标', '规则', 'OWN_UNITS', '[]', clock_timestamp() + interval '5 days', 'Asia/Shanghai', 1, 0, 'PUBLISHED',"
                + " '\\x00', 'it', clock_timestamp()) returning id");
        a.bid(competition, unit, unitName, "SUBMITTED");
        a.bid(competition, neighbour, neighbourName, "DRAFT");
        long evaluation = a.id("insert into evaluation (tenant_id, year, round_id, scheme, status, opened_by, closed_by, closed_at)"
                + " select r.tenant_id, r.year, r.id, cast(v.document as jsonb) ->> 'scheme', 'CLOSED', 'it', 'it', clock_timestamp()"
                + " from round r join config_version v on v.tenant_id = r.tenant_id and v.id = r.config_version_id"
                + " where r.year = " + year + " returning id");
        long evaluatorId = a.id("select id from account where login = ?", evaluator.login());
        for (long project : List.of(underway, accepted)) {
            a.id("insert into evaluator_assignment (tenant_id, evaluation_id, project_id, account_id, assigned_by) values ("
                    + a.tenantId + ", " + evaluation + ", " + project + ", " + evaluatorId + ", 'it') returning id");
        }
        a.id("insert into score_sheet (tenant_id, evaluation_id, project_id, channel, account_id, submitted_by) values ("
                + a.tenantId + ", " + evaluation + ", " + accepted + ", 'ORGANISATIONAL', " + evaluatorId + ", 'it') returning id");
        a.result(evaluation, accepted, 1, "good", null);
        a.result(evaluation, accepted, 2, "excellent", "复核后更正");
        a.result(evaluation, underway, 1, "pass", null);
        long batch = a.id("insert into award_batch (organiser_tenant_id, year, title, time_zone, opens_on, closes_on, first_prizes,"
                + " second_prizes, third_prizes, status, created_by) values (" + a.tenantId + ", " + year
                + ", '优秀项目成果奖', 'Asia/Shanghai', current_date - 1, current_date + 1, 1, 1, 1, 'OPEN', 'it') returning id");
        long prized = a.application(batch, accepted, unit);
        a.application(batch, underway, unit);
        a.id("update award_application set tier = 'FIRST', decided_by = 'it', decided_at = clock_timestamp() where id = " + prized
                + " returning id");
        a.id("update award_batch set status = 'PUBLISHED', published_by = 'it', published_at = clock_timestamp() where id = " + batch
                + " returning id");
        Seed b = new Seed(other, year);
        b.project(b.id("select id from unit where name = ?", otherUnitName), year, "demonstration", "APPROVED");

        // by hand: four declared (the draft and last year's aside), two approved at any stage, one under way,
        // one open entry past its deadline, 2 of 8 places (the draft item aside), one submitted bid,
        // 1 of 1 assigned sheet and one graded project (the corrected result counts; the year's evaluation lists only the
        // accepted projects, so the sheet assigned for and the result given to the project under way stay out), two applications, one prize
        Map<String, Number> expected = new LinkedHashMap<>();
        expected.put("declarations", 4);
        expected.put("approvals", 2);
        expected.put("live", 1);
        expected.put("overdue", 1);
        expected.put("placesTaken", 2);
        expected.put("placesOffered", 8);
        expected.put("fillPercent", 25);
        expected.put("entries", 1);
        expected.put("sheetsIn", 1);
        expected.put("sheetsExpected", 1);
        expected.put("projectsGraded", 1);
        expected.put("applications", 2);
        expected.put("prizes", 1);
        expected.put("granted", new BigDecimal("15000.50"));
        expected.put("spent", new BigDecimal("2000.25"));

        String api = "api/v1/t/" + tenant.code() + "/dashboard?year=" + year;
        HttpResponse<String> answer = tenant.admin().json("GET", api, null);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject figures = Json.createReader(new StringReader(answer.body())).readObject();
        expected.forEach((key, value) -> {
            if (!key.equals("fillPercent")) {
                assertEquals(0, decimal(value).compareTo(figures.getJsonNumber(key).bigDecimalValue()), key + " in " + answer.body());
            }
        });
        assertEquals(Map.of("innovation", 3, "demonstration", 1, "institution", 0), counts(figures, "byCategory"));
        assertEquals(Map.of("excellent", 1, "good", 0, "pass", 0, "fail", 0), counts(figures, "byGrade"));
        assertEquals(1, counts(figures, "byStatus").get("REJECTED"));

        Page page = tenant.admin().get("t/" + tenant.code() + "/dashboard/?year=" + year);
        assertEquals(200, page.status(), page.html());
        assertTrue(page.shows(year + " 年度工作总览"), "the year is written as a year, not 2,026");
        assertEquals("4", value(page, "declarations"));
        assertEquals("1", value(page, "overdue"));
        assertEquals("8", value(page, "placesOffered"));
        assertEquals("25%", value(page, "fillPercent"));
        assertEquals("¥15,000.50", value(page, "granted"));
        assertEquals("¥2,000.25", value(page, "spent"));
        for (String key : List.of("approvals", "live", "placesTaken", "entries", "sheetsIn", "sheetsExpected", "projectsGraded",
                "applications", "prizes")) {
            assertEquals(expected.get(key).toString(), value(page, key), key);
        }
        assertTrue(page.html().contains("/t/" + tenant.code() + "/projects/index?year=" + year + "&amp;status=UNDERWAY\""),
                "the figure links to the list behind it");
        assertTrue(page.html().contains("/t/" + tenant.code() + "/projects/overdue?year=" + year + "&amp;signal=RED\""));
        // each figure's list, followed as the admin, shows the rows the figure counts
        assertEquals(4, rows(followed(tenant, page, "declarations"), "projects"), "drafts and last year's stay out of the list too");
        assertEquals(2, rows(followed(tenant, page, "approvals"), "projects"), "approved at any stage, the rejected and submitted aside");
        assertEquals(1, rows(followed(tenant, page, "live"), "projects"));
        assertEquals(1, rows(followed(tenant, page, "overdue"), "entries"), "last year's overdue entry and the one due later aside");
        for (String funds : List.of("granted", "spent")) {
            Page funded = followed(tenant, page, funds);
            assertEquals(2, rows(funded, "projects"), "the year's projects with fund entries, whose entries add up to " + funds);
            assertTrue(funded.shows("只列出有资金记录的项目。"), "the page says what it lists");
        }
        for (String places : List.of("placesTaken", "placesOffered", "fillPercent")) {
            assertEquals(List.of(2, 8), sums(followed(tenant, page, places), "boards", 3), places + ": the year's boards' places add up to 2 of 8");
        }
        assertEquals(1, rows(followed(tenant, page, "entries"), "bids"), "the year's submitted bids, its own competition's too");
        for (String awards : List.of("applications", "prizes")) {
            assertEquals(List.of(2, 1), sums(followed(tenant, page, awards), "batches", 4), awards + ": the year's batches add up");
        }
        Page sheets = followed(tenant, page, "sheetsIn");
        assertEquals(List.of(1, 1), sums(sheets, "projects", 2), "the sheets in and expected add up the list's organisational column");
        assertEquals(List.of(1, 1), sums(followed(tenant, page, "sheetsExpected"), "projects", 2));
        assertEquals(1, Jsoup.parse(followed(tenant, page, "projectsGraded").html()).select("tbody[id$=projects_data] > tr[data-ri]").stream()
                .filter(row -> !row.child(5).text().endsWith("—")).count(), "the projects graded are the list's rows with a grade");
        Document dashboard = Jsoup.parse(page.html());
        for (String grade : List.of("excellent", "pass")) {
            Element bar = dashboard.selectFirst("#chart-grade-table a[href$=grade=" + grade + "]");
            assertTrue(bar != null, "the grade's row links its list: " + grade);
            Page graded = tenant.admin().get(relative(bar.attr("href")));
            assertEquals(counts(figures, "byGrade").get(grade), rows(graded, "projects"), grade);
        }
        Page badGrade = tenant.admin().get("t/" + tenant.code() + "/evaluation/year?year=" + year + "&grade=best");
        assertEquals(400, badGrade.status());
        assertTrue(badGrade.shows("筛选条件“grade”的值“best”无法识别"), badGrade.html());
        assertEquals(0, rows(badGrade, "projects"));
        for (String list : List.of("boards/index", "bids/index", "awards/index")) {
            Page badYear = tenant.admin().get("t/" + tenant.code() + "/" + list + "?year=20x6");
            assertEquals(400, badYear.status(), list);
            assertTrue(badYear.shows("年度“20x6”无法识别"), list + ": " + badYear.html());
        }
        Page badFlag = tenant.admin().get("t/" + tenant.code() + "/projects/index?year=" + year + "&approved=yes");
        assertEquals(400, badFlag.status());
        assertTrue(badFlag.shows("筛选条件“approved”的值“yes”无法识别：可选值为 true。"), badFlag.html());
        assertEquals(0, rows(badFlag, "projects"), "a filter that cannot be read lists nothing");
        Page badSignal = tenant.admin().get("t/" + tenant.code() + "/projects/overdue?year=" + year + "&signal=PURPLE");
        assertEquals(400, badSignal.status());
        assertTrue(badSignal.shows("筛选条件“signal”的值“PURPLE”无法识别"), badSignal.html());
        assertEquals(400, bytes(tenant.admin(), "api/v1/t/" + tenant.code() + "/projects/export/list.xlsx?funds=1").statusCode());
        HttpResponse<byte[]> approvedSheet = bytes(tenant.admin(), "api/v1/t/" + tenant.code() + "/projects/export/list.xlsx?year=" + year
                + "&approved=true");
        assertEquals(200, approvedSheet.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(approvedSheet.body()))) {
            assertEquals(2, workbook.getSheetAt(0).getLastRowNum(), "the list's export has the same two approved projects under its head");
        }
        assertEquals("按类别统计项目 类别 项目数 创新探索型 3 典型示范型 1 制度推广型 0", page.textOf("chart-category-table"));
        assertEquals("按考评等次统计项目 等次 项目数 优秀 1 良好 0 合格 0 不合格 0", page.textOf("chart-grade-table"));
        assertTrue(page.html().contains("aria-label=\"按类别统计项目：创新探索型 3，典型示范型 1，制度推广型 0\""),
                "the drawing speaks its figures to a screen reader");
        assertTrue(tenant.admin().get("t/" + tenant.code() + "/").html().contains("/t/" + tenant.code() + "/dashboard/\""),
                "the tenant's home page links its dashboard");

        HttpResponse<byte[]> download = bytes(tenant.admin(), "api/v1/t/" + tenant.code() + "/dashboard.xlsx?year=" + year);
        assertEquals(200, download.statusCode());
        assertEquals(XLSX, download.headers().firstValue("Content-Type").orElse(""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(year + " 年度总览", sheet.getSheetName());
            assertEquals(List.of("申报项目", "立项项目", "实施中项目"), List.of(label(sheet, 1), label(sheet, 2), label(sheet, 3)));
            int r = 1;
            for (Map.Entry<String, Number> figure : expected.entrySet()) {
                Cell cell = sheet.getRow(r++).getCell(1);
                assertEquals(CellType.NUMERIC, cell.getCellType(), "numbers stay numbers: " + figure.getKey());
                assertEquals(decimal(figure.getValue()).doubleValue(), cell.getNumericCellValue(), 0.000001, figure.getKey());
            }
            assertEquals("按类别统计项目", label(sheet, r + 1), "after a blank row, the projects by category");
            assertEquals("创新探索型", label(sheet, r + 2));
            assertEquals(3, sheet.getRow(r + 2).getCell(1).getNumericCellValue(), 0);
        }

        Browser host = visitors.host();
        HttpResponse<String> all = host.json("GET", "api/v1/host/dashboard?year=" + year, null);
        assertEquals(200, all.statusCode(), all.body());
        JsonObject side = Json.createReader(new StringReader(all.body())).readObject();
        List<JsonObject> tenants = side.getJsonArray("tenants").getValuesAs(JsonObject.class);
        JsonObject mine = tenants.stream().filter(t -> t.getString("tenantCode").equals(tenant.code())).findFirst().orElseThrow();
        JsonObject theirs = tenants.stream().filter(t -> t.getString("tenantCode").equals(other.code())).findFirst().orElseThrow();
        assertEquals(figures.toString(), mine.toString(), "the host reads the same figures as the tenant's admins");
        assertEquals(1, theirs.getInt("declarations"));
        assertEquals(1, theirs.getInt("approvals"));
        assertEquals(0, theirs.getInt("overdue"), "another tenant's rows never count");
        assertEquals(tenants.stream().mapToLong(t -> t.getJsonNumber("declarations").longValue()).sum(),
                side.getJsonObject("total").getJsonNumber("declarations").longValue(), "the totals add up the tenants");
        assertEquals(0, tenants.stream().map(t -> t.getJsonNumber("granted").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(side.getJsonObject("total").getJsonNumber("granted").bigDecimalValue()));

        Page hostPage = host.get("host/dashboard/?year=" + year);
        assertEquals(200, hostPage.status(), hostPage.html());
        assertEquals(tenant.name() + "：4 个项目：创新探索型 3 个，典型示范型 1 个", hostPage.textOf("sentence-" + tenant.code()).strip());
        assertTrue(hostPage.html().contains("/host/dashboard/" + tenant.code() + "?year=" + year + "\""), "each tenant drills down");
        Page drill = host.get("host/dashboard/" + other.code() + "?year=" + year);
        assertEquals(200, drill.status(), drill.html());
        assertEquals("1", value(drill, "approvals"));
        assertFalse(drill.html().contains("/t/" + other.code() + "/"), "the host's drill-down leads into no tenant's lists");
        assertEquals(404, host.get("host/dashboard/no-such-tenant?year=" + year).status());
        assertEquals(404, host.get("host/dashboard/Not_A_Code").status());

        HttpResponse<byte[]> hostSheet = bytes(host, "api/v1/host/dashboard.xlsx?year=" + year);
        assertEquals(200, hostSheet.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(hostSheet.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row head = sheet.getRow(0);
            int column = 1;
            while (!head.getCell(column).getStringCellValue().equals(tenant.name())) {
                column++;
            }
            assertEquals(4, sheet.getRow(1).getCell(column).getNumericCellValue(), 0);
            assertEquals(15000.50, sheet.getRow(14).getCell(column).getNumericCellValue(), 0.000001);
            assertEquals("合计", head.getCell(head.getLastCellNum() - 1).getStringCellValue());
        }

        Page screen = host.get("host/dashboard/screen?year=" + year);
        assertEquals(200, screen.status());
        assertTrue(screen.html().contains("js/dashboard-screen.js") && !screen.html().contains("http-equiv"),
                "the big screen refreshes by its script, not by a meta refresh");
        assertTrue(screen.html().contains("/api/v1/host/dashboard?year=" + year + "\""), screen.html());
        assertTrue(screen.shows("数据更新于"));
    }

    @Test
    void anotherTenantsAdminAUnitMemberAndABadYearAreRefused() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant other = visitors.newTenant();
        String api = "api/v1/t/" + tenant.code() + "/dashboard";
        assertEquals(404, other.admin().json("GET", api, null).statusCode(), "another tenant's admin does not get in");
        assertEquals(404, other.admin().get("t/" + tenant.code() + "/dashboard/").status());
        Browser member = visitors.newUnitMember(tenant).browser();
        assertEquals(403, member.json("GET", api, null).statusCode(), "a unit member reads no dashboard");
        assertEquals(403, member.get("t/" + tenant.code() + "/dashboard/").status());
        assertEquals(403, tenant.admin().json("GET", "api/v1/host/dashboard", null).statusCode(), "a tenant's admin is not the host");
        assertEquals(403, tenant.admin().get("host/dashboard/").status());
        HttpResponse<String> badYear = tenant.admin().json("GET", api + "?year=1999", null);
        assertEquals(400, badYear.statusCode(), badYear.body());
        assertTrue(badYear.body().contains("年度 1999 不在 2000 至 2100 之间。"), badYear.body());
        HttpResponse<String> notAYear = tenant.admin().json("GET", api + "?year=abc", null);
        assertEquals(400, notAYear.statusCode(), notAYear.body());
        assertTrue(notAYear.body().contains("“abc”不是年度"), notAYear.body());
        assertTrue(tenant.admin().get("t/" + tenant.code() + "/dashboard/?year=1999").shows("年度 1999 不在 2000 至 2100 之间。"));
    }

    private static BigDecimal decimal(Number value) {
        return value instanceof BigDecimal d ? d : BigDecimal.valueOf(value.longValue());
    }

    private static Map<String, Integer> counts(JsonObject figures, String name) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        figures.getJsonArray(name).getValuesAs(JsonObject.class).forEach(c -> counts.put(c.getString("key"), c.getInt("count")));
        return counts;
    }

    private static String value(Page page, String key) {
        String text = page.textOf("figure-" + key).strip();
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    /** The list behind the figure, as its link on the dashboard leads to it. */
    private Page followed(TestTenant tenant, Page dashboard, String key) {
        Element link = Jsoup.parse(dashboard.html()).selectFirst("#figure-" + key + " a.dashboard-value");
        assertTrue(link != null, "the figure " + key + " links to a list");
        Page list = tenant.admin().get(relative(link.attr("href")));
        assertEquals(200, list.status(), key + ": " + list.html());
        return list;
    }

    /** The sums of a column written "taken / offered" (or "in / assigned") over a table's rows. */
    private static List<Integer> sums(Page page, String table, int column) {
        int in = 0;
        int expected = 0;
        for (Element row : Jsoup.parse(page.html()).select("tbody[id$=" + table + "_data] > tr[data-ri]")) {
            Element cell = row.child(column).clone();
            cell.select(".ui-column-title").remove();
            String[] parts = cell.text().replaceAll("[^0-9/]", "").split("/");
            in += Integer.parseInt(parts[0]);
            expected += Integer.parseInt(parts[1]);
        }
        return List.of(in, expected);
    }

    /** A link of a page as the browser's path from the portal's base. */
    private String relative(String href) {
        String absolute = URI.create(base.toString()).resolve(href).toString();
        assertTrue(absolute.startsWith(base.toString()), href);
        return absolute.substring(base.toString().length());
    }

    /** The rows the table with this id shows (its empty message is no row). */
    private static int rows(Page page, String table) {
        return Jsoup.parse(page.html()).select("tbody[id$=" + table + "_data] > tr[data-ri]").size();
    }

    private static String label(Sheet sheet, int row) {
        return sheet.getRow(row).getCell(0).getStringCellValue();
    }

    private HttpResponse<byte[]> bytes(Browser who, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Cookie", who.cookieHeader()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** What the portal records over one tenant's year, written as the application role under the tenant's row policies. */
    private static final class Seed {

        private final long tenantId;
        private final int year;

        Seed(TestTenant tenant, int year) throws Exception {
            this.year = year;
            try (Connection sql = AppSql.connect()) {
                this.tenantId = AppSql.tenantId(sql, tenant.code());
            }
        }

        long project(long unit, int projectYear, String category, String status) throws Exception {
            return id("insert into project (tenant_id, unit_id, year, category_key, title, status, draft, created_by) values ("
                    + tenantId + ", " + unit + ", " + projectYear + ", ?, '项目', ?, '{}', 'it') returning id", category, status);
        }

        void ledger(long project, String deadline, String status) throws Exception {
            id("insert into ledger_entry (tenant_id, project_id, kind, title, owner, deadline, status, created_by) values ("
                    + tenantId + ", " + project + ", 'TASK', '走访居民', '张三', " + deadline + ", ?, 'it') returning id", status);
        }

        void fund(long project, String kind, String amount) throws Exception {
            id("insert into fund_entry (tenant_id, project_id, kind, amount, entry_date, purpose, recorded_by) values (" + tenantId
                    + ", " + project + ", ?, cast(? as numeric), current_date, '专项经费', 'it') returning id", kind, amount);
        }

        long item(long board, long sector, int capacity, String status) throws Exception {
            return id("insert into claimable_item (tenant_id, board_id, sector_id, title, need, capacity, opens_at, closes_at, status)"
                    + " values (" + tenantId + ", " + board + ", " + sector + ", '楼道照明', '需要', " + capacity
                    + ", clock_timestamp() - interval '1 day', clock_timestamp() + interval '5 days', ?) returning id", status);
        }

        void claim(long item, long unit) throws Exception {
            id("insert into claim (tenant_id, item_id, unit_id, plan, reasons, status, claimed_by) values (" + tenantId + ", " + item
                    + ", " + unit + ", '计划', '理由', 'ACCEPTED', 'it') returning id");
        }

        void bid(long competition, long unit, String unitName, String status) throws Exception {
            id("insert into bid (competition_id, tenant_id, unit_id, unit_name, tenant_name, status, draft, created_by) values ("
                    + competition + ", " + tenantId + ", " + unit + ", ?, '党委', ?, '\\x00', 'it') returning id", unitName, status);
        }

        void result(long evaluation, long project, int number, String grade, String reason) throws Exception {
            id("insert into evaluation_result (tenant_id, evaluation_id, project_id, number, total, grade_key, arithmetic, reason, decided_by)"
                    + " values (" + tenantId + ", " + evaluation + ", " + project + ", " + number + ", 80, ?, cast(? as jsonb), ?, 'it') returning id",
                    grade, "{\"total\": 80, \"gradeKey\": \"" + grade + "\", \"complete\": true}", reason);
        }

        long application(long batch, long project, long unit) throws Exception {
            return id("insert into award_application (batch_id, tenant_id, project_id, unit_id, project_title, owner_name, tenant_name,"
                    + " result_number, case_text, applied_by) values (" + batch + ", " + tenantId + ", " + project + ", " + unit
                    + ", '项目', '支部', '党委', 1, '成效明显。', 'it') returning id");
        }

        long id(String statement, Object... parameters) throws Exception {
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
}
