package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * A unit's yearly record (述职评议): its projects of the year with the latest frozen grade, channel
 * scores and funds, as JSON, as a page and as an Excel workbook, every figure and sum computed here
 * from what was recorded; and who may read it: the tenant's admins any unit, a unit member its own,
 * nobody another tenant's.
 * <p>
 * What the portal records over a year (accepted projects, fund entries, a closed evaluation with its
 * frozen results, one corrected) is written as the application role under the tenant's row policies.
 */
class YearlyRecordIT extends DeployedPortal {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theRecordShowsEachProjectsLatestGradeChannelScoresAndFundsWithTheirSums() throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        int year = Visitors.today(tenant).getYear();
        String unitName = "滨江社区党支部" + UUID.randomUUID().toString().substring(0, 6);
        Member member = visitors.newMember(tenant, "UNIT_MEMBER", unitName);
        String neighbourName = "邻居支部" + UUID.randomUUID().toString().substring(0, 6);
        visitors.newMember(tenant, "UNIT_MEMBER", neighbourName);
        SeededYear seeded = new SeededYear(tenant, year);
        long unit = seeded.unit(unitName);
        long evaluation = seeded.closedEvaluation();
        long garden = seeded.project(unit, "屋顶花园共建", "innovation", "ACCEPTED");
        seeded.result(evaluation, garden, 1, "84.50", "good", "80.0000", "85.0000", "86.0000", null);
        seeded.result(evaluation, garden, 2, "91.37", "excellent", "88.1250", "93.4050", "92.0049", "复核后更正组织考评分");
        long ledger = seeded.project(unit, "居民议事厅", "demonstration", "ACCEPTED");
        seeded.result(evaluation, ledger, 1, "72.25", "pass", "70.0000", "74.5000", "72.0000", null);
        long partial = seeded.project(unit, "楼道微更新", "institution", "ACCEPTED");
        seeded.result(evaluation, partial, 1, null, null, "60.0000", null, "66.6666", null);
        long underway = seeded.project(unit, "夜间巡逻队", "innovation", "UNDERWAY");
        seeded.project(unit, "尚未申报的草稿", "innovation", "DRAFT");
        long elsewhere = seeded.project(seeded.unit(neighbourName), "邻居的项目", "innovation", "ACCEPTED");
        seeded.result(evaluation, elsewhere, 1, "99.00", "excellent", "99.0000", "99.0000", "99.0000", null);
        seeded.fund(garden, "GRANT", "20000.00");
        seeded.fund(garden, "GRANT", "5000.50");
        seeded.fund(garden, "SPENDING", "12345.67");
        seeded.fund(underway, "GRANT", "3000.00");
        seeded.fund(elsewhere, "GRANT", "99999.00");
        long batch = seeded.awardBatch();
        seeded.prize(batch, garden, unit, "FIRST", "8000.00");
        seeded.prize(batch, ledger, unit, "THIRD", null);
        String api = "api/v1/t/" + tenant.code() + "/records/" + unit + "/" + year;
        String unpublished = member.browser().json("GET", api, null).body();
        assertEquals(0, Json.createReader(new StringReader(unpublished)).readObject().getJsonObject("sums").getInt("prizes"),
                "a prize is shown once its batch is published: " + unpublished);
        seeded.publish(batch);

        // by hand: the latest result of each graded project, channel scores to two decimals half up
        BigDecimal mean = new BigDecimal("91.37").add(new BigDecimal("72.25")).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        assertEquals("81.81", mean.toPlainString());
        BigDecimal granted = new BigDecimal("20000.00").add(new BigDecimal("5000.50")).add(new BigDecimal("3000.00"));

        for (Browser reader : List.of(member.browser(), tenant.admin())) {
            HttpResponse<String> answer = reader.json("GET", api, null);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject record = Json.createReader(new StringReader(answer.body())).readObject();
            assertEquals(unitName, record.getString("unitName"));
            assertEquals(year, record.getInt("year"));
            List<JsonObject> lines = record.getJsonArray("projects").getValuesAs(JsonObject.class);
            assertEquals(List.of(garden, ledger, partial, underway), lines.stream().map(l -> l.getJsonNumber("projectId").longValue()).toList(),
                    "the unit's projects of the year, oldest first, without the draft and without the neighbour's");
            JsonObject first = lines.get(0);
            assertEquals(2, first.getInt("resultNumber"), "the corrected version counts");
            assertDecimal("91.37", first, "total");
            assertEquals("excellent", first.getString("gradeKey"));
            assertEquals("优秀", first.getJsonObject("grade").getString("zh"));
            assertEquals("创新探索型", first.getJsonObject("category").getString("zh"));
            assertDecimal("88.13", first, "selfScore");
            assertDecimal("93.41", first, "publicScore");
            assertDecimal("92.00", first, "organisationalScore");
            assertDecimal("25000.50", first, "granted");
            assertDecimal("12345.67", first, "spent");
            assertEquals("ACCEPTED", first.getString("status"));
            assertEquals(List.of("FIRST"), first.getJsonArray("prizes").getValuesAs(JsonObject.class).stream()
                    .map(p -> p.getString("tier")).toList());
            assertDecimal("8000.00", first.getJsonArray("prizes").getJsonObject(0), "funds");
            assertEquals("THIRD", lines.get(1).getJsonArray("prizes").getJsonObject(0).getString("tier"));
            JsonObject noGrade = lines.get(2);
            assertTrue(!noGrade.containsKey("total") || noGrade.isNull("total"), noGrade.toString());
            assertTrue(!noGrade.containsKey("publicScore") || noGrade.isNull("publicScore"), "an absent channel has no score");
            assertDecimal("66.67", noGrade, "organisationalScore");
            assertEquals(0, lines.get(3).getInt("resultNumber"));
            JsonObject sums = record.getJsonObject("sums");
            assertEquals(4, sums.getInt("projects"));
            assertEquals(2, sums.getInt("graded"));
            assertDecimal(mean.toPlainString(), sums, "meanTotal");
            assertDecimal(granted.toPlainString(), sums, "granted");
            assertDecimal("12345.67", sums, "spent");
            assertEquals(2, sums.getInt("prizes"));
            assertDecimal("8000.00", sums, "awardFunds");
            assertEquals(List.of("excellent:1", "pass:1"), sums.getJsonArray("grades").getValuesAs(JsonObject.class).stream()
                    .map(g -> g.getString("key") + ":" + g.getInt("projects")).toList());
        }

        Page page = member.browser().get("t/" + tenant.code() + "/record/?unit=" + unit + "&year=" + year);
        assertEquals(200, page.status());
        assertTrue(page.textOf("record-heading").contains(unitName + " " + year + " 年度项目述职评议表"), page.textOf("record-heading"));
        String row = page.textOf("project-" + garden);
        for (String shown : List.of("屋顶花园共建", "创新探索型", "已验收", "优秀", "91.37", "88.13", "93.41", "92.00", "一等奖", "¥25,000.50", "¥12,345.67")) {
            assertTrue(row.contains(shown), shown + " in " + row);
        }
        assertTrue(page.textOf("project-" + partial).contains("未定等次"), page.textOf("project-" + partial));
        assertEquals(mean.toPlainString(), page.textOf("sum-mean"));
        assertEquals("¥28,000.50", page.textOf("sum-granted"));
        assertEquals("2", page.textOf("sum-prizes"));
        assertEquals("¥8,000.00", page.textOf("sum-award-funds"));
        assertFalse(page.shows("尚未申报的草稿") || page.shows("邻居的项目"), page.html());
        Page ownByDefault = member.browser().get("t/" + tenant.code() + "/record/");
        assertTrue(ownByDefault.textOf("record-heading").contains(unitName), "a member's own unit, this year, by default");

        HttpResponse<byte[]> download = bytes(member.browser(), api + "/record.xlsx");
        assertEquals(200, download.statusCode());
        assertEquals(XLSX, download.headers().firstValue("Content-Type").orElse(""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(year + " 年度述职评议", sheet.getSheetName());
            assertEquals("项目", sheet.getRow(0).getCell(0).getStringCellValue());
            Row gardenRow = sheet.getRow(1);
            assertEquals(CellType.STRING, gardenRow.getCell(0).getCellType());
            assertEquals("屋顶花园共建", gardenRow.getCell(0).getStringCellValue());
            assertEquals("优秀", gardenRow.getCell(3).getStringCellValue());
            assertEquals(CellType.NUMERIC, gardenRow.getCell(4).getCellType(), "numbers stay numbers");
            assertEquals(91.37, gardenRow.getCell(4).getNumericCellValue(), 0.000001);
            assertEquals(88.13, gardenRow.getCell(5).getNumericCellValue(), 0.000001);
            assertEquals("一等奖", gardenRow.getCell(8).getStringCellValue());
            assertEquals(8000.00, gardenRow.getCell(9).getNumericCellValue(), 0.000001);
            assertEquals(25000.50, gardenRow.getCell(10).getNumericCellValue(), 0.000001);
            assertEquals(CellType.BLANK, sheet.getRow(3).getCell(4).getCellType(), "no total, no figure");
            Row sumsRow = sheet.getRow(5);
            assertEquals("合计 4 个项目", sumsRow.getCell(0).getStringCellValue());
            assertEquals(81.81, sumsRow.getCell(4).getNumericCellValue(), 0.000001);
            assertEquals("2 个奖项", sumsRow.getCell(8).getStringCellValue());
            assertEquals(8000.00, sumsRow.getCell(9).getNumericCellValue(), 0.000001);
            assertEquals(28000.50, sumsRow.getCell(10).getNumericCellValue(), 0.000001);
            assertEquals(12345.67, sumsRow.getCell(11).getNumericCellValue(), 0.000001);
        }
    }

    @Test
    void onlyTheTenantsAdminsAndTheUnitsOwnMembersReadItAndABadYearIsRefused() throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        int year = Visitors.today(tenant).getYear();
        String unitName = "北岸支部" + UUID.randomUUID().toString().substring(0, 6);
        Member member = visitors.newMember(tenant, "UNIT_MEMBER", unitName);
        Member neighbour = visitors.newMember(tenant, "UNIT_MEMBER", "南岸支部" + UUID.randomUUID().toString().substring(0, 6));
        SeededYear seeded = new SeededYear(tenant, year);
        long unit = seeded.unit(unitName);
        seeded.project(unit, "党员先锋岗", "innovation", "ACCEPTED");
        String api = "api/v1/t/" + tenant.code() + "/records/" + unit + "/" + year;
        String page = "t/" + tenant.code() + "/record/?unit=" + unit + "&year=" + year;

        assertEquals(200, member.browser().json("GET", api, null).statusCode());
        HttpResponse<String> neighbours = neighbour.browser().json("GET", api, null);
        assertEquals(404, neighbours.statusCode(), "a unit member reads no other unit's record: " + neighbours.body());
        assertEquals(404, neighbour.browser().get(page).status());
        assertEquals(404, bytes(neighbour.browser(), api + "/record.xlsx").statusCode());
        assertFalse(neighbour.browser().get("t/" + tenant.code() + "/record/").shows(unitName),
                "a member's unit choice holds only its own unit");

        TestTenant other = visitors.newTenant();
        assertEquals(404, other.admin().json("GET", api, null).statusCode(), "another tenant's admin does not get in");
        String ownTenantPath = "api/v1/t/" + other.code() + "/records/" + unit + "/" + year;
        HttpResponse<String> crossing = other.admin().json("GET", ownTenantPath, null);
        assertEquals(404, crossing.statusCode(), "another tenant's unit is not found from one's own tenant: " + crossing.body());
        assertEquals(404, bytes(other.admin(), ownTenantPath + "/record.xlsx").statusCode());
        assertEquals(404, other.admin().get("t/" + other.code() + "/record/?unit=" + unit + "&year=" + year).status());
        assertFalse(other.admin().get("t/" + other.code() + "/record/").shows(unitName));

        Member evaluator = visitors.newMember(tenant, "EVALUATOR", "考评组" + UUID.randomUUID().toString().substring(0, 6));
        assertEquals(403, evaluator.browser().json("GET", api, null).statusCode(), "an evaluator has no yearly record to read");

        HttpResponse<String> badYear = tenant.admin().json("GET", "api/v1/t/" + tenant.code() + "/records/" + unit + "/1999", null);
        assertEquals(400, badYear.statusCode(), badYear.body());
        assertTrue(badYear.body().contains("年度 1999 不在 2000 至 2100 之间。"), badYear.body());
        Page badYearPage = tenant.admin().get("t/" + tenant.code() + "/record/?unit=" + unit + "&year=1999");
        assertTrue(badYearPage.shows("年度 1999 不在 2000 至 2100 之间。"), badYearPage.html());
        assertFalse(badYearPage.shows("党员先锋岗"), badYearPage.html());
        Page notANumber = tenant.admin().get("t/" + tenant.code() + "/record/?unit=" + unit + "&year=abc");
        assertTrue(notANumber.shows("年度须为数字。"), notANumber.html());
    }

    private static void assertDecimal(String expected, JsonObject object, String key) {
        assertTrue(object.containsKey(key) && object.get(key).getValueType() == JsonValue.ValueType.NUMBER, key + " in " + object);
        assertEquals(new BigDecimal(expected), object.getJsonNumber(key).bigDecimalValue().setScale(2, RoundingMode.UNNECESSARY), key);
    }

    private HttpResponse<byte[]> bytes(Browser who, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Cookie", who.cookieHeader()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
