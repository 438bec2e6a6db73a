package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * The tenant's lists and printed sheets as Excel: each holds the rows its page lists with the
 * page's filters (every row, not one page of them), its figures as numbers, what people typed as
 * text even when it starts like a formula, nothing of another tenant; who may not see the page gets
 * no file, and a filter that cannot be read is refused with its message.
 */
class ExportsIT extends DeployedPortal {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theEvaluationSummaryAndAwardListHoldTheFrozenScoresAndPrizesAsNumbersAndTypedTextAsText() throws Exception {
        TwoUnits units = twoUnits("滨江社区党支部", "邻居支部");
        TestTenant tenant = units.tenant();
        int year = units.year();
        String unitName = units.unitName();
        Member member = units.member();
        SeededYear seeded = units.seeded();
        long unit = units.unit();
        long evaluation = seeded.closedEvaluation();
        long formula = seeded.project(unit, "=1+1", "innovation", "ACCEPTED");
        seeded.result(evaluation, formula, 1, "84.50", "good", "80.0000", "85.0000", "86.0000", null);
        seeded.result(evaluation, formula, 2, "91.37", "excellent", "88.1250", "93.4050", "92.0049", "复核后更正组织考评分");
        long phone = seeded.project(unit, "+86 138 0000 0000 便民热线", "demonstration", "ACCEPTED");
        seeded.result(evaluation, phone, 1, "72.25", "pass", "70.0000", "74.5000", "72.0000", null);
        seeded.project(unit, "尚未申报的草稿", "innovation", "DRAFT");
        long neighbours = seeded.project(units.neighbour(), "邻居的项目", "institution", "ACCEPTED");
        seeded.result(evaluation, neighbours, 1, "99.00", "excellent", "99.0000", "99.0000", "99.0000", null);
        long batch = seeded.awardBatch();
        seeded.prize(batch, formula, unit, "FIRST", "8000.00", new SeededYear.Applied("=1+1", unitName, "91.37", "优秀"));
        seeded.prize(batch, phone, unit, "THIRD", null, new SeededYear.Applied("+86 138 0000 0000 便民热线", unitName, "72.25", "合格"));
        seeded.publish(batch);

        Elsewhere elsewhere = elsewhere(year, "ACCEPTED");
        TestTenant other = elsewhere.tenant();
        elsewhere.seeded().result(elsewhere.seeded().closedEvaluation(), elsewhere.project(), 1, "95.00", "excellent", "95.0000", "95.0000", "95.0000", null);

        Sheet summary = sheet(tenant.admin(), api(tenant, "exports/evaluation.xlsx?year=" + year));
        assertEquals(year + " 年度考评汇总表", summary.getSheetName());
        assertEquals(List.of("序号", "项目名称", "承担单位", "项目类型", "单位自评", "民意测评", "组织考评", "总分", "等次", "获奖"), texts(summary.getRow(0)));
        assertEquals(List.of("+86 138 0000 0000 便民热线", "=1+1", "邻居的项目"), titles(summary, 1),
                "every unit's projects of the year, no draft, nothing of the other tenant");
        Row first = row(summary, 1, "=1+1");
        assertEquals(CellType.STRING, first.getCell(1).getCellType(), "a title like a formula stays text");
        assertEquals(unitName, first.getCell(2).getStringCellValue());
        assertEquals("创新探索型", first.getCell(3).getStringCellValue());
        assertNumber(88.13, first.getCell(4), "0.00");
        assertNumber(93.41, first.getCell(5), "0.00");
        assertNumber(92.00, first.getCell(6), "0.00");
        assertNumber(91.37, first.getCell(7), "0.00");
        assertEquals(List.of("优秀", "一等奖"), List.of(first.getCell(8).getStringCellValue(), first.getCell(9).getStringCellValue()));
        assertEquals(CellType.STRING, row(summary, 1, "+86 138 0000 0000 便民热线").getCell(1).getCellType());
        assertEquals(List.of(1.0, 2.0, 3.0), IntStream.rangeClosed(1, 3).mapToObj(r -> summary.getRow(r).getCell(0).getNumericCellValue()).toList());
        assertEquals(List.of("+86 138 0000 0000 便民热线", "=1+1"), titles(sheet(member.browser(), api(tenant, "exports/evaluation.xlsx?year=" + year)), 1),
                "a unit member sums up its own unit only, as its yearly record");

        Sheet awards = sheet(member.browser(), api(tenant, "exports/awards.xlsx?year=" + year));
        assertEquals(year + " 年度表彰名单", awards.getSheetName());
        assertEquals(List.of("序号", "奖项", "项目名称", "承担单位", "等次"), texts(awards.getRow(0)));
        assertEquals(List.of("1", "一等奖", "=1+1", unitName, "优秀"), texts(awards.getRow(1)));
        assertEquals(CellType.NUMERIC, awards.getRow(1).getCell(0).getCellType());
        assertEquals("一等奖", awards.getRow(1).getCell(1).getStringCellValue());
        assertEquals("=1+1", awards.getRow(1).getCell(2).getStringCellValue());
        assertEquals(CellType.STRING, awards.getRow(1).getCell(2).getCellType());
        assertEquals("三等奖", awards.getRow(2).getCell(1).getStringCellValue());
        assertEquals(3, awards.getPhysicalNumberOfRows());

        Sheet applications = sheet(tenant.admin(), api(tenant, "exports/awards/batches/" + batch + "/applications.xlsx"));
        Row prized = StreamSupport.stream(applications.spliterator(), false).skip(1)
                .filter(r -> "一等奖".equals(r.getCell(4).getStringCellValue())).findFirst().orElseThrow();
        assertEquals("=1+1", prized.getCell(0).getStringCellValue());
        assertNumber(91.37, prized.getCell(3), "0.00");
        assertNumber(8000.00, prized.getCell(5), "\"¥\"#,##0.00");
        assertEquals("¥8,000.00", new DataFormatter().formatCellValue(prized.getCell(5)));
        assertEquals(3, applications.getPhysicalNumberOfRows());

        assertEquals(404, download(other.admin(), api(tenant, "exports/evaluation.xlsx?year=" + year)).statusCode(), "another tenant's admin");
        assertEquals(404, download(other.admin(), api(tenant, "exports/awards.xlsx?year=" + year)).statusCode());
        assertEquals(404, download(other.admin(), api(other, "exports/awards/batches/" + batch + "/applications.xlsx")).statusCode(),
                "another tenant's batch through one's own address");
        assertEquals(403, download(member.browser(), api(tenant, "exports/awards/batches/" + batch + "/applications.xlsx")).statusCode(),
                "the applications are the organiser's");
        assertEquals(404, download(tenant.admin(), api(tenant, "exports/awards.xlsx?year=" + (year - 1))).statusCode(), "no list that year");
        assertRefused(tenant.admin(), api(tenant, "exports/awards.xlsx?year=今年"), "年度“今年”无法识别：须为 2000 至 2100 之间的数字。");
        assertRefused(tenant.admin(), api(tenant, "exports/evaluation.xlsx"), "请选择年度。");
        assertRefused(tenant.admin(), api(tenant, "exports/evaluation.xlsx?year=1999"), "年度“1999”无法识别");

        seeded.scoreSheet(evaluation, formula, "PUBLIC", null, "=SUM(A1:A9)", null, Map.of("satisfaction", "95.00", "awareness", "88.50"));
        seeded.scoreSheet(evaluation, formula, "ORGANISATIONAL", tenant.adminLogin(), "台账齐全", "+86 139 0000 0000 回访", Map.of());
        Sheet scored = sheet(tenant.admin(), api(tenant, "exports/evaluation/" + year + "/projects/" + formula + "/sheets.xlsx"));
        assertEquals("评分表", scored.getSheetName());
        List<String> heads = texts(scored.getRow(0));
        Row paper = row(scored, 1, "纸质选票");
        assertEquals("民意测评", paper.getCell(0).getStringCellValue());
        assertNumber(95.00, paper.getCell(heads.indexOf("民意测评：群众满意度")), "0.00");
        assertNumber(88.50, paper.getCell(heads.indexOf("民意测评：知晓度与参与度")), "0.00");
        assertEquals(CellType.STRING, paper.getCell(heads.indexOf("说明")).getCellType(), "a note like a formula stays text");
        assertEquals("=SUM(A1:A9)", paper.getCell(heads.indexOf("说明")).getStringCellValue());
        Row visit = row(scored, 0, "组织考评");
        assertEquals("+86 139 0000 0000 回访", visit.getCell(heads.indexOf("一听")).getStringCellValue());
        assertEquals(CellType.BLANK, visit.getCell(heads.indexOf("民意测评：群众满意度")).getCellType());
        assertEquals(3, scored.getPhysicalNumberOfRows());
        assertEquals(403, download(member.browser(), api(tenant, "exports/evaluation/" + year + "/projects/" + formula + "/sheets.xlsx")).statusCode(),
                "score sheets and notes are the admins'");
        assertEquals(404, download(other.admin(), api(other, "exports/evaluation/" + year + "/projects/" + formula + "/sheets.xlsx")).statusCode());

        Page evaluationYear = tenant.admin().get("t/" + tenant.code() + "/evaluation/year?year=" + year);
        assertEquals(200, evaluationYear.status());
        assertTrue(evaluationYear.shows("exports/evaluation.xlsx?year=" + year), "the evaluation year links its summary");
    }

    @Test
    void theProjectListAndItsPrintedSheetsTakeThePagesFiltersAndRefuseOnesThatCannotBeRead() throws Exception {
        TwoUnits units = twoUnits("北岸支部", "南岸支部");
        TestTenant tenant = units.tenant();
        int year = units.year();
        String unitName = units.unitName();
        Member member = units.member();
        SeededYear seeded = units.seeded();
        long unit = units.unit();
        long neighbour = units.neighbour();
        seeded.project(unit, "社区食堂", "innovation", "SUBMITTED");
        seeded.project(unit, "@老年大学", "demonstration", "APPROVED");
        seeded.project(unit, "-夜校", "institution", "UNDERWAY");
        seeded.project(unit, "未交的草稿", "innovation", "DRAFT");
        seeded.project(unit, "被退回的申报", "innovation", "REJECTED");
        seeded.project(neighbour, "邻里互助站", "innovation", "ACCEPTED");
        new SeededYear(tenant, year - 1).project(unit, "去年的项目", "innovation", "ACCEPTED");
        TestTenant other = elsewhere(year, "ACCEPTED").tenant();
        Browser admin = tenant.admin();

        assertEquals(List.of("邻里互助站"), titles(sheet(admin, api(tenant, "projects/export/list.xlsx?year=" + year + "&status=ACCEPTED")), 0));
        assertEquals(List.of("社区食堂", "被退回的申报", "邻里互助站"),
                titles(sheet(admin, api(tenant, "projects/export/list.xlsx?year=" + year + "&category=innovation")), 0));
        Sheet byUnit = sheet(admin, api(tenant, "projects/export/list.xlsx?unit=" + unit));
        assertEquals(List.of("-夜校", "@老年大学", "去年的项目", "社区食堂", "被退回的申报"), titles(byUnit, 0), "the admins see no drafts");
        Row nightSchool = row(byUnit, 0, "-夜校");
        assertEquals(CellType.STRING, nightSchool.getCell(0).getCellType());
        assertNumber(year, nightSchool.getCell(3), "0");
        assertEquals(CellType.NUMERIC, nightSchool.getCell(6).getCellType(), "the last change is a date");
        assertEquals(List.of("-夜校", "@老年大学", "未交的草稿", "社区食堂", "被退回的申报"),
                titles(sheet(member.browser(), api(tenant, "projects/export/list.xlsx?year=" + year)), 0), "a unit sees its own drafts");

        Sheet declarations = sheet(admin, api(tenant, "exports/declarations.xlsx?year=" + year));
        assertEquals(year + " 年度项目申报汇总表", declarations.getSheetName());
        assertEquals(List.of("序号", "项目名称", "承担单位", "项目类型", "状态", "择优上报", "最近变动"), texts(declarations.getRow(0)));
        assertEquals(List.of("-夜校", "@老年大学", "社区食堂", "被退回的申报", "邻里互助站"), titles(declarations, 1),
                "every declaration of the year, of every unit; no draft, no other year, no other tenant");
        Row elderly = row(declarations, 1, "@老年大学");
        assertEquals(List.of(unitName, "典型示范型", "已立项"), texts(elderly).subList(2, 5));
        Sheet approved = sheet(admin, api(tenant, "exports/approved.xlsx?year=" + year));
        assertEquals(year + " 年度立项清单", approved.getSheetName());
        assertEquals(List.of("-夜校", "@老年大学", "邻里互助站"), titles(approved, 1));
        assertEquals(List.of(1.0, 2.0, 3.0), IntStream.rangeClosed(1, 3).mapToObj(r -> approved.getRow(r).getCell(0).getNumericCellValue()).toList());
        assertEquals(List.of("-夜校", "@老年大学"), titles(sheet(member.browser(), api(tenant, "exports/approved.xlsx?year=" + year)), 1),
                "a unit member's sheet holds what its list shows");

        assertRefused(admin, api(tenant, "projects/export/list.xlsx?year=abc"), "年度“abc”无法识别");
        assertRefused(admin, api(tenant, "projects/export/list.xlsx?status=FINISHED"), "筛选条件“status”的值“FINISHED”无法识别：可选值为 DRAFT, SUBMITTED");
        assertRefused(admin, api(tenant, "projects/export/ledger.xlsx?unit=north"), "筛选条件“unit”的值“north”无法识别");
        assertRefused(admin, api(tenant, "exports/declarations.xlsx?year=20260"), "年度“20260”无法识别");
        assertEquals(404, download(other.admin(), api(tenant, "exports/declarations.xlsx?year=" + year)).statusCode());
        assertEquals(404, download(other.admin(), api(tenant, "exports/approved.xlsx?year=" + year)).statusCode());

        Page filtered = admin.get("t/" + tenant.code() + "/projects/index?year=" + year + "&status=ACCEPTED&unit=" + neighbour);
        assertEquals(200, filtered.status());
        assertTrue(filtered.shows("邻里互助站"), filtered.html());
        assertFalse(filtered.shows("-夜校") || filtered.shows("社区食堂"), "the address filters the list");
        assertTrue(filtered.shows("projects/export/list.xlsx?year=" + year + "&amp;status=ACCEPTED&amp;unit=" + neighbour),
                "the export carries the page's filter");
        assertTrue(filtered.shows("exports/declarations.xlsx?year=" + year) && filtered.shows("exports/approved.xlsx?year=" + year));
        Page byCategory = admin.get("t/" + tenant.code() + "/projects/index?category=demonstration");
        assertTrue(byCategory.shows("@老年大学") && !byCategory.shows("社区食堂"), byCategory.html());
        Page badYear = admin.get("t/" + tenant.code() + "/projects/index?year=abc");
        assertEquals(400, badYear.status());
        assertTrue(badYear.shows("年度“abc”无法识别：须为 2000 至 2100 之间的数字。"), badYear.html());
        assertFalse(badYear.shows("@老年大学"), "a filter that cannot be read shows no list as if filtered");
        Page badStatus = admin.get("t/" + tenant.code() + "/projects/index?status=FINISHED");
        assertEquals(400, badStatus.status());
        assertTrue(badStatus.shows("筛选条件“status”的值“FINISHED”无法识别"), badStatus.html());
    }

    @Test
    void theOverdueLedgerTheWholeAuditTrailAndTheUnitsExportAsTheirPagesListThem() throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        LocalDate today = Visitors.today(tenant);
        String unitName = "东港支部" + UUID.randomUUID().toString().substring(0, 6);
        Member member = visitors.newMember(tenant, "UNIT_MEMBER", unitName);
        SeededYear seeded = new SeededYear(tenant, today.getYear());
        long project = seeded.project(seeded.unit(unitName), "口袋公园", "innovation", "UNDERWAY");
        seeded.ledgerEntry(project, "一期", "=cmd|' /C calc'!A0", "王书记", today.minusDays(3), "OPEN");
        seeded.ledgerEntry(project, "一期", "培训志愿者", "+86 139 1234 5678", today.plusDays(3), "OPEN");
        seeded.ledgerEntry(project, null, "制定公约", "张主任", today.plusDays(60), "OPEN");
        String actor = "it-" + UUID.randomUUID().toString().substring(0, 8);
        seeded.auditRecords(actor, 205);
        Elsewhere elsewhere = elsewhere(today.getYear(), "UNDERWAY");
        TestTenant other = elsewhere.tenant();
        String otherUnit = elsewhere.unitName();
        elsewhere.seeded().ledgerEntry(elsewhere.project(), null, "别家的台账", "赵某", today.minusDays(1), "OPEN");
        elsewhere.seeded().auditRecords(actor, 3);
        Browser admin = tenant.admin();

        Sheet overdue = sheet(admin, api(tenant, "exports/overdue.xlsx"));
        assertEquals("台账逾期预警", overdue.getSheetName());
        assertEquals(List.of("预警", "完成时限", "事项", "责任人", "阶段", "项目", "承担单位"), texts(overdue.getRow(0)));
        assertEquals(List.of("=cmd|' /C calc'!A0", "培训志愿者"), titles(overdue, 2), "the red and the amber entry, nothing of the other tenant");
        Row red = row(overdue, 2, "=cmd|' /C calc'!A0");
        assertEquals(CellType.STRING, red.getCell(2).getCellType(), "never a formula");
        assertEquals("逾期", red.getCell(0).getStringCellValue());
        assertEquals(CellType.NUMERIC, red.getCell(1).getCellType(), "a deadline is a date");
        assertEquals(today.minusDays(3).atStartOfDay(), red.getCell(1).getLocalDateTimeCellValue());
        Row amber = row(overdue, 2, "培训志愿者");
        assertEquals(CellType.STRING, amber.getCell(3).getCellType());
        assertEquals("+86 139 1234 5678", amber.getCell(3).getStringCellValue());
        assertEquals(List.of("口袋公园", unitName), texts(amber).subList(5, 7));
        assertEquals(403, download(member.browser(), api(tenant, "exports/overdue.xlsx")).statusCode(), "the overdue page is the organisers'");
        assertEquals(404, download(other.admin(), api(tenant, "exports/overdue.xlsx")).statusCode());

        Sheet audit = sheet(admin, api(tenant, "exports/audit.xlsx?login=" + actor));
        assertEquals(206, audit.getPhysicalNumberOfRows(), "every record of the filter, not only a page of them");
        assertTrue(StreamSupport.stream(audit.spliterator(), false).skip(1).allMatch(r -> r.getCell(1).getStringCellValue().equals(actor)));
        assertEquals(CellType.NUMERIC, audit.getRow(1).getCell(0).getCellType(), "the moment is a date");
        assertEquals(206, sheet(admin, api(tenant, "exports/audit.xlsx?login=" + actor + "&since=" + today + "&until=" + today)).getPhysicalNumberOfRows());
        assertEquals(1, sheet(admin, api(tenant, "exports/audit.xlsx?login=" + actor + "&until=" + today.minusDays(1))).getPhysicalNumberOfRows(),
                "only the header");
        assertRefused(admin, api(tenant, "exports/audit.xlsx?since=2026-13-01"), "筛选条件“since”的日期“2026-13-01”无法识别");
        assertEquals(403, download(member.browser(), api(tenant, "exports/audit.xlsx")).statusCode());
        Page auditPage = admin.get("t/" + tenant.code() + "/audit/list");
        assertTrue(auditPage.shows("exports/audit.xlsx"), auditPage.html());

        Sheet units = sheet(admin, api(tenant, "exports/units.xlsx"));
        assertEquals("单位名册", units.getSheetName());
        List<String> names = titles(units, 0);
        assertTrue(names.contains(unitName) && !names.contains(otherUnit), names.toString());
        assertEquals(403, download(member.browser(), api(tenant, "exports/units.xlsx")).statusCode());
        assertEquals(404, download(other.admin(), api(tenant, "exports/units.xlsx")).statusCode());
        assertTrue(admin.get("t/" + tenant.code() + "/units/list").shows("exports/units.xlsx"));

        Sheet ledger = sheet(member.browser(), api(tenant, "exports/projects/" + project + "/ledger.xlsx"));
        assertEquals(List.of("=cmd|' /C calc'!A0", "制定公约", "培训志愿者"), titles(ledger, 2), "the project's whole ledger");
        assertEquals(CellType.NUMERIC, row(ledger, 2, "制定公约").getCell(4).getCellType());
        assertEquals(404, download(other.admin(), api(other, "exports/projects/" + project + "/ledger.xlsx")).statusCode(),
                "another tenant's project through one's own address");
        seeded.fund(project, "GRANT", "20000.00");
        seeded.fund(project, "GRANT", "5000.50");
        seeded.fund(project, "SPENDING", "12345.67");
        Sheet funds = sheet(admin, api(tenant, "exports/projects/" + project + "/funds.xlsx"));
        assertEquals(List.of(5000.50, 12345.67, 20000.00), StreamSupport.stream(funds.spliterator(), false).skip(1).limit(3)
                .map(r -> r.getCell(2).getNumericCellValue()).sorted().toList());
        assertEquals(List.of("下拨合计", "支出合计", "结余"), IntStream.rangeClosed(4, 6).mapToObj(r -> funds.getRow(r).getCell(1).getStringCellValue()).toList());
        assertNumber(25000.50, funds.getRow(4).getCell(2), "\"¥\"#,##0.00");
        assertNumber(12345.67, funds.getRow(5).getCell(2), "\"¥\"#,##0.00");
        assertNumber(12654.83, funds.getRow(6).getCell(2), "\"¥\"#,##0.00");
        assertTrue(member.browser().get("t/" + tenant.code() + "/projects/funds?id=" + project).shows("exports/projects/" + project + "/funds.xlsx"));

        Member claimant = visitors.newClaimant(tenant, "=物业公司" + UUID.randomUUID().toString().substring(0, 4));
        Sheet claimants = sheet(admin, api(tenant, "exports/claimants.xlsx"));
        assertTrue(titles(claimants, 0).stream().anyMatch(name -> name.startsWith("=物业公司")), titles(claimants, 0).toString());
        assertEquals(403, download(member.browser(), api(tenant, "exports/claimants.xlsx")).statusCode(), "contacts are for the admins");
        Sheet accounts = sheet(admin, api(tenant, "exports/accounts.xlsx"));
        List<String> logins = titles(accounts, 0);
        assertTrue(logins.contains(member.login()) && logins.contains(claimant.login()) && logins.contains(tenant.adminLogin()), logins.toString());
        assertEquals(unitName, row(accounts, 0, member.login()).getCell(3).getStringCellValue());
        assertEquals(403, download(member.browser(), api(tenant, "exports/accounts.xlsx")).statusCode());
        assertEquals(404, download(other.admin(), api(tenant, "exports/accounts.xlsx")).statusCode());

        Browser host = visitors.host();
        Sheet nominated = sheet(host, "api/v1/host/exports/nominations.xlsx");
        assertEquals(List.of("租户", "年度", "项目名称", "承担单位", "项目类型", "状态"), texts(nominated.getRow(0)));
        assertEquals(403, download(admin, "api/v1/host/exports/nominations.xlsx").statusCode(), "the host's lists are the host's");
        assertEquals(403, download(admin, "api/v1/host/exports/projects.xlsx").statusCode());
        assertEquals(200, download(host, "api/v1/host/exports/projects.xlsx").statusCode());
        assertEquals(404, download(host, "api/v1/host/exports/awards.xlsx?year=2001").statusCode(), "no city list that year");
        assertEquals(403, download(admin, "api/v1/host/exports/awards.xlsx?year=2001").statusCode());
        assertRefused(host, "api/v1/host/exports/awards.xlsx?year=next", "年度“next”无法识别");
        assertTrue(admin.get("t/" + tenant.code() + "/projects/overdue").shows("exports/overdue.xlsx"));
    }

    /** A new tenant with two units (names made unique), a signed-in member of the first, and its year to seed. */
    private TwoUnits twoUnits(String unitName, String neighbourName) throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        String unique = unitName + UUID.randomUUID().toString().substring(0, 6);
        String neighbour = neighbourName + UUID.randomUUID().toString().substring(0, 6);
        Member member = visitors.newMember(tenant, "UNIT_MEMBER", unique);
        visitors.newMember(tenant, "UNIT_MEMBER", neighbour);
        int year = Visitors.today(tenant).getYear();
        SeededYear seeded = new SeededYear(tenant, year);
        return new TwoUnits(tenant, year, unique, member, seeded, seeded.unit(unique), seeded.unit(neighbour));
    }

    private record TwoUnits(TestTenant tenant, int year, String unitName, Member member, SeededYear seeded, long unit, long neighbour) {
    }

    /** Another tenant with a unit and its project "别家租户的项目" of the year, whose rows no export of the first may hold. */
    private Elsewhere elsewhere(int year, String status) throws Exception {
        TestTenant other = visitors.openForDeclarations(Visitors.THREE_TYPES);
        String unitName = "别家支部" + UUID.randomUUID().toString().substring(0, 6);
        visitors.newMember(other, "UNIT_MEMBER", unitName);
        SeededYear seeded = new SeededYear(other, year);
        return new Elsewhere(other, unitName, seeded, seeded.project(seeded.unit(unitName), "别家租户的项目", "innovation", status));
    }

    private record Elsewhere(TestTenant tenant, String unitName, SeededYear seeded, long project) {
    }

    private static void assertNumber(double expected, Cell cell, String format) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "numbers stay numbers");
        assertEquals(expected, cell.getNumericCellValue(), 0.000001);
        assertEquals(format, cell.getCellStyle().getDataFormatString());
    }

    private void assertRefused(Browser who, String path, String message) {
        HttpResponse<byte[]> refused = download(who, path);
        String body = new String(refused.body(), StandardCharsets.UTF_8);
        assertEquals(400, refused.statusCode(), body);
        assertTrue(body.contains(message), body);
    }

    /** The workbook's only sheet, after checking it came as an Excel download. */
    private Sheet sheet(Browser who, String path) throws IOException {
        HttpResponse<byte[]> response = download(who, path);
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertEquals(1, workbook.getNumberOfSheets());
            return workbook.getSheetAt(0);
        }
    }

    private HttpResponse<byte[]> download(Browser who, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Cookie", who.cookieHeader()).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The cells of a row as a reader sees them. */
    private static List<String> texts(Row row) {
        DataFormatter shown = new DataFormatter();
        return IntStream.range(0, row.getLastCellNum()).mapToObj(c -> row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c))).toList();
    }

    /** The column's texts below the header, sorted. */
    private static List<String> titles(Sheet sheet, int column) {
        return StreamSupport.stream(sheet.spliterator(), false).skip(1).map(r -> r.getCell(column).getStringCellValue()).sorted().toList();
    }

    private static Row row(Sheet sheet, int column, String text) {
        return StreamSupport.stream(sheet.spliterator(), false).skip(1)
                .filter(r -> text.equals(r.getCell(column).getStringCellValue())).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    private static String api(TestTenant tenant, String path) {
        return "api/v1/t/" + tenant.code() + "/" + path;
    }
}
