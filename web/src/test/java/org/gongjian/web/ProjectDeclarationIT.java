package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * Declaring and reviewing projects through the pages: a unit declares, the tenant returns, the
 * unit revises, the tenant approves and nominates; quotas, comments, version comparison, and every
 * refused attempt (another tenant, another unit, the wrong role, a stale or forged post) leaving
 * the project as it was.
 */
class ProjectDeclarationIT extends DeployedPortal {

    private static final String INNOVATION = "innovation";
    private static final String MAJOR = "major";

    @Test
    void aUnitDeclaresTheTenantReturnsItTheUnitRevisesAndTheTenantApprovesAndNominates() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        int year = Visitors.today(tenant).getYear();
        Browser member = visitors.unitMember(tenant);

        Page form = member.get(page(tenant, "projects/declare"));
        assertEquals(200, form.status());
        assertTrue(form.textOf("year-note").startsWith(year + " 年度项目申报，申报截止"), form.html());
        assertTrue(form.shows("创新探索型"));

        Page nameless = member.submitAsShown(form, "declaration", "save", Map.of());
        assertTrue(nameless.shows("请填写“项目名称”。") && nameless.shows("请选择本年度配置中的项目类型。"), nameless.html());
        assertEquals(0, total(member, tenant));

        Page incomplete = member.submitAsShown(nameless, "declaration", "submit", Map.of(
                "declaration:title", "社区议事厅",
                "declaration:budget:0:item", "议事厅桌椅",
                "declaration:budget:0:amount", "1500"));
        for (String reason : List.of("请选择本年度配置中的项目类型。", "请填写“重要性及现状问题”。", "请填写“项目内容”。",
                "请填写“实施方法”。", "请填写“组织保障措施”。", "第 1 个实施步骤需填写内容和完成日期。",
                "第 1 个预期目标需填写内容、数量和单位。")) {
            assertTrue(incomplete.shows(reason), reason + "\n" + incomplete.html());
        }
        assertTrue(incomplete.shows("value=\"社区议事厅\""), "what the unit typed stays in the form");
        assertTrue(incomplete.shows("value=\"议事厅桌椅\""));
        assertEquals(0, total(member, tenant), "nothing kept without a title and a category");

        Page draft = member.submitAsShown(incomplete, "declaration", "submit", Map.of("declaration:category_input", INNOVATION));
        assertTrue(draft.shows("草稿已保存，但尚未提交申报"), draft.html());
        assertTrue(draft.shows("请填写“实施方法”。"));
        assertFalse(draft.shows("请选择本年度配置中的项目类型。"));
        assertTrue(draft.shows("value=\"1500\""), draft.html());
        assertEquals("DRAFT", onlyProject(member, tenant).getString("status"));
        assertEquals(0, total(tenant.admin(), tenant), "nothing submitted: the tenant sees no project");

        Map<String, String> complete = completeDeclaration(year, INNOVATION);
        Page twoSteps = member.submitAsShown(draft, "declaration", "addStep", complete);
        assertTrue(twoSteps.shows("declaration:steps:1:description"), twoSteps.html());
        complete.put("declaration:steps:1:description", "每月开展一次居民议事");
        complete.put("declaration:steps:1:due_input", year + "-11-30");
        Page submitted = member.submitAsShown(twoSteps, "declaration", "submit", complete);
        assertTrue(submitted.uri().getPath().endsWith("/t/" + tenant.code() + "/projects/view"), submitted.uri().toString());
        long id = Long.parseLong(submitted.uri().getQuery().replace("id=", ""));
        assertTrue(submitted.shows("已提交申报，等待党委审核。"), submitted.html());
        assertEquals("已申报待审", submitted.textOf("status"));
        assertEquals("创新探索型", submitted.textOf("category-name"));
        assertTrue(submitted.textOf("steps").contains(year + "年6月30日"), submitted.textOf("steps"));
        assertTrue(submitted.textOf("steps").contains(year + "年11月30日"));
        assertEquals("合计：1,500.00 元", submitted.textOf("budget-total"));
        assertTrue(submitted.textOf("goals").contains("解决社区难题"));
        assertTrue(submitted.textOf("goals").contains("20"));
        assertEquals(1, total(tenant.admin(), tenant));
        Page locked = member.get(page(tenant, "projects/declare?id=" + id));
        assertTrue(locked.textOf("unavailable").contains("项目当前状态为“已申报待审”，不能修改申报书。"), locked.html());
        assertFalse(locked.shows("declaration:submit"));

        String view = page(tenant, "projects/view?id=" + id);
        Page review = tenant.admin().get(view);
        assertTrue(review.shows("review:approve"), review.html());
        Page noReason = tenant.admin().submitAsShown(review, "review", "return", Map.of());
        assertTrue(noReason.shows("请填写理由。"), noReason.html());
        assertEquals("已申报待审", noReason.textOf("status"));
        Page returned = tenant.admin().submitAsShown(noReason, "review", "return", Map.of("review:reason", "请细化投资概算，补充场地费用。"));
        assertTrue(returned.shows("已退回申报单位修改。"), returned.html());
        assertEquals("退回修改", returned.textOf("status"));

        Page told = member.get(view);
        assertTrue(told.textOf("decision-reason").contains("请细化投资概算，补充场地费用。"), told.html());
        Page edit = member.get(page(tenant, "projects/declare?id=" + id));
        assertTrue(edit.textOf("returned-reason").contains("请细化投资概算，补充场地费用。"));
        assertTrue(edit.shows("value=\"社区议事厅\""), edit.html());
        Page resubmitted = member.submitAsShown(edit, "declaration", "submit", Map.of(
                "declaration:title", "社区议事厅建设",
                "declaration:budget:0:amount", "2000.50",
                "declaration:goals:0:target", "25"));
        assertEquals("已申报待审", resubmitted.textOf("status"), resubmitted.html());
        assertTrue(resubmitted.textOf("versions").contains("第 2 版"));
        assertTrue(resubmitted.shows("比较第 1 版与第 2 版"));
        assertEquals("合计：2,000.50 元", resubmitted.textOf("budget-total"));

        Page compared = tenant.admin().get(page(tenant, "projects/compare?id=" + id + "&from=1&to=2"));
        assertEquals(200, compared.status());
        assertTrue(compared.shows("第 1 版 → 第 2 版"), compared.html());
        String changes = compared.textOf("changes");
        assertTrue(changes.contains("项目名称") && changes.contains("社区议事厅建设"), changes);
        assertTrue(changes.contains("投资概算 1") && changes.contains("2000.50"), changes);
        assertTrue(changes.contains("预期目标 g1") && changes.contains("解决社区难题 · 25 个"), changes);
        assertFalse(changes.contains("实施方法"), "unchanged parts are not listed");
        assertEquals(404, tenant.admin().get(page(tenant, "projects/compare?id=" + id + "&from=1&to=9")).status());

        Page approved = tenant.admin().submitAsShown(tenant.admin().get(view), "review", "approve", Map.of());
        assertTrue(approved.shows("已批准立项。"), approved.html());
        assertEquals("已立项", approved.textOf("status"));
        Page nominated = tenant.admin().submitAsShown(approved, "nomination", "nominate", Map.of());
        assertTrue(nominated.shows("已择优上报。"), nominated.html());
        assertTrue(nominated.shows("status-nominated"));
        assertTrue(project(tenant.admin(), tenant, id).getBoolean("nominated"));

        String timeline = nominated.textOf("timeline");
        for (String step : List.of("创建申报草稿", "修改申报书", "提交申报", "退回修改", "请细化投资概算，补充场地费用。", "批准立项", "择优上报",
                tenant.adminLogin())) {
            assertTrue(timeline.contains(step), step + " in " + timeline);
        }

        member.get("lang?to=en&back=/");
        Page english = member.get(view);
        assertTrue(english.shows("Project overview and review"), english.html());
        assertEquals("Approved", english.textOf("status"));
        assertTrue(english.textOf("timeline").contains("Returned for revision"));
    }

    @Test
    void refusedAttemptsFromOtherTenantsOtherUnitsAndWrongRolesChangeNothing() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        int year = Visitors.today(tenant).getYear();
        Browser member = visitors.unitMember(tenant);
        long id = draftByApi(tenant, member, "邻里互助站", INNOVATION, year);
        String view = page(tenant, "projects/view?id=" + id);
        Page ownDraft = member.get(view);
        assertTrue(ownDraft.shows("unit:submit"), ownDraft.html());
        Page submitted = member.submitAsShown(ownDraft, "unit", "submit", Map.of());
        assertTrue(submitted.shows("已提交申报，等待党委审核。"), submitted.html());
        assertEquals("已申报待审", submitted.textOf("status"));
        assertFalse(submitted.shows("unit:submit"), "nothing left for the unit to do while the tenant reviews");

        // a post naming the admin's approve button, with the view state the unit's own page carried
        Page forged = member.post(ownDraft.action("unit"), Map.of("review", "review", "review:reason", "",
                "review:approve", "", "jakarta.faces.ViewState", ownDraft.viewState()));
        assertFalse(forged.shows("已批准立项。"), forged.html());
        assertEquals(403, member.json("POST", api(tenant, "projects/" + id + "/approve"), null).statusCode());
        assertEquals(403, member.json("POST", api(tenant, "projects/" + id + "/comments"), "{\"body\":\"自己评自己\"}").statusCode());
        assertEquals("SUBMITTED", project(tenant.admin(), tenant, id).getString("status"));

        TestTenant other = visitors.newTenant(Visitors.PARTY_BUILDING_PLUS);
        Browser otherMember = visitors.unitMember(other);
        assertEquals(404, other.admin().get(view).status());
        assertEquals(404, other.admin().get(page(other, "projects/view?id=" + id)).status());
        assertEquals(404, other.admin().get(page(other, "projects/compare?id=" + id + "&from=1&to=1")).status());
        assertEquals(404, otherMember.get(page(other, "projects/view?id=" + id)).status());
        assertEquals(404, otherMember.get(page(other, "projects/declare?id=" + id)).status());
        assertEquals(404, other.admin().json("GET", api(other, "projects/" + id), null).statusCode());
        assertEquals(404, other.admin().json("GET", api(tenant, "projects/" + id), null).statusCode());
        assertEquals(404, other.admin().json("POST", api(other, "projects/" + id + "/approve"), null).statusCode());

        Browser neighbour = visitors.unitMember(tenant);
        assertEquals(404, neighbour.get(view).status());
        assertEquals(404, neighbour.get(page(tenant, "projects/declare?id=" + id)).status());
        assertEquals(404, neighbour.get(page(tenant, "projects/compare?id=" + id + "&from=1&to=1")).status());
        assertEquals(404, neighbour.json("GET", api(tenant, "projects/" + id), null).statusCode());

        Browser evaluator = evaluator(tenant);
        Page evaluated = evaluator.get(view);
        assertEquals(200, evaluated.status());
        assertTrue(evaluated.shows("邻里互助站"));
        assertFalse(evaluated.shows("review:approve"), "an evaluator is offered no decision");
        Page evaluatorForged = evaluator.post(evaluated.action("comment"), Map.of("review", "review", "review:reason", "",
                "review:approve", "", "jakarta.faces.ViewState", evaluated.viewState()));
        assertFalse(evaluatorForged.shows("已批准立项。"));
        assertEquals(403, evaluator.json("POST", api(tenant, "projects/" + id + "/approve"), null).statusCode());
        assertEquals(403, evaluator.get(page(tenant, "projects/declare")).status());
        assertEquals(403, tenant.admin().get(page(tenant, "projects/declare")).status());
        assertEquals("SUBMITTED", project(tenant.admin(), tenant, id).getString("status"));

        Page stale = tenant.admin().get(view);
        assertEquals(200, tenant.admin().json("POST", api(tenant, "projects/" + id + "/return"), "{\"reason\":\"补充材料\"}").statusCode());
        Page late = tenant.admin().submitAsShown(stale, "review", "approve", Map.of());
        assertTrue(late.shows("项目当前状态为“退回修改”，不能批准立项。"), late.html());
        assertEquals("退回修改", late.textOf("status"));
        assertEquals("RETURNED", project(tenant.admin(), tenant, id).getString("status"));
        assertFalse(tenant.admin().get(view).textOf("timeline").contains("批准立项"));
    }

    @Test
    void theDeclarationFormPrintsAsFiledForThoseWhoMayReadTheProjectAndBlankWithTheYearsCategories() throws IOException {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        int year = Visitors.today(tenant).getYear();
        Browser member = visitors.unitMember(tenant);
        long id = draftByApi(tenant, member, "楼道微治理", INNOVATION, year);
        String pdf = api(tenant, "projects/print/" + id + "/declaration.pdf");
        Page view = member.get(page(tenant, "projects/view?id=" + id));
        assertTrue(view.shows(pdf + "\""), view.html());
        assertTrue(view.textOf("print-declaration").contains("打印申报表 (PDF)"));

        String draft = printed(member, pdf);
        assertTrue(draft.contains(year + "年度党建工作项目申报表") && draft.contains("楼道微治理") && draft.contains("草稿（尚未提交）"), draft);

        submitByApi(tenant, member, id);
        String ownerName = project(member, tenant, id).getString("ownerName");
        String filed = printed(tenant.admin(), pdf);
        for (String expected : List.of("楼道微治理", ownerName, "创新探索型", "已申报待审", "第1版", "群众呼声高", "启动", year + "年9月30日",
                "宣传材料", "¥800.00", "合计¥800.00", "开展活动", "支部书记负责")) {
            assertTrue(filed.contains(expected.replaceAll("\\s", "")), expected + " in " + filed);
        }
        assertEquals(filed, printed(member, pdf), "the unit prints the same form as the tenant");

        Browser neighbour = visitors.unitMember(tenant);
        assertEquals(404, download(neighbour, pdf).statusCode(), "another unit may not read the project");
        TestTenant other = visitors.newTenant(Visitors.PARTY_BUILDING_PLUS);
        assertEquals(404, download(other.admin(), pdf).statusCode());
        assertEquals(404, download(other.admin(), api(other, "projects/print/" + id + "/declaration.pdf")).statusCode());

        long odd = draftByApi(tenant, member, "楼道𠀀治理", INNOVATION, year);
        HttpResponse<byte[]> refused = download(member, api(tenant, "projects/print/" + odd + "/declaration.pdf"));
        assertEquals(400, refused.statusCode());
        String reason = new String(refused.body(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("无法打印字符“𠀀”（U+20000），它出现在“楼道𠀀治理”中"), reason);

        Page declare = member.get(page(tenant, "projects/declare"));
        String blankPath = api(tenant, "projects/print/declaration-form.pdf?year=" + year);
        assertTrue(declare.shows(blankPath), declare.html());
        String blank = printed(tenant.admin(), blankPath);
        assertTrue(blank.contains(year + "年度党建工作项目申报表"), blank);
        assertTrue(blank.contains("☐创新探索型") && blank.contains("☐典型示范型") && blank.contains("☐制度推广型"), blank);
        assertEquals(blank, printed(member, api(tenant, "projects/print/declaration-form.pdf")), "without a year, the newest opened");
        HttpResponse<byte[]> noRound = download(member, api(tenant, "projects/print/declaration-form.pdf?year=" + (year + 5)));
        assertEquals(400, noRound.statusCode());
        assertTrue(new String(noRound.body(), StandardCharsets.UTF_8).contains((year + 5) + " 年度尚未开启"));
    }

    /** The PDF's text without white space, as the given person downloads it. */
    private String printed(Browser who, String path) throws IOException {
        HttpResponse<byte[]> response = download(who, path);
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    private HttpResponse<byte[]> download(Browser who, String path) {
        return new Bidding(base).download(who, path);
    }

    @Test
    void adminsAndEvaluatorsCommentAndTheUnitReadsTheComments() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        int year = Visitors.today(tenant).getYear();
        Browser member = visitors.unitMember(tenant);
        long id = draftByApi(tenant, member, "红色物业", INNOVATION, year);
        submitByApi(tenant, member, id);
        String view = page(tenant, "projects/view?id=" + id);

        Browser evaluator = evaluator(tenant);
        Page blank = evaluator.submitAsShown(evaluator.get(view), "comment", "add", Map.of("comment:body", " "));
        assertTrue(blank.shows("请填写意见内容。"), blank.html());
        Page evaluated = evaluator.submitAsShown(blank, "comment", "add", Map.of("comment:body", "建议补充居民满意度调查。"));
        assertTrue(evaluated.shows("评审意见已发表。"), evaluated.html());
        Page commented = tenant.admin().submitAsShown(tenant.admin().get(view), "comment", "add", Map.of("comment:body", "同意推荐，注意经费使用。"));
        assertTrue(commented.shows("评审意见已发表。"), commented.html());

        Page read = member.get(view);
        String comments = read.textOf("comments");
        assertTrue(comments.contains("建议补充居民满意度调查。") && comments.contains("同意推荐，注意经费使用。"), comments);
        assertTrue(comments.contains(tenant.adminLogin()));
        assertFalse(read.shows("comment:body"), "the unit is offered no comment form");
        assertTrue(read.textOf("timeline").contains("评审意见"));
        HttpResponse<String> listed = member.json("GET", api(tenant, "projects/" + id + "/comments"), null);
        assertEquals(2, Json.createReader(new StringReader(listed.body())).readArray().size(), listed.body());
    }

    @Test
    void aUnitDeclaresNoMoreProjectsInAYearThanTheTenantAllows() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        int year = Visitors.today(tenant).getYear();
        Browser member = visitors.unitMember(tenant);
        submitByApi(tenant, member, draftByApi(tenant, member, "项目一", INNOVATION, year));
        submitByApi(tenant, member, draftByApi(tenant, member, "项目二", INNOVATION, year));

        Map<String, String> third = completeDeclaration(year, INNOVATION);
        third.put("declaration:title", "项目三");
        Page refused = member.submitAsShown(member.get(page(tenant, "projects/declare")), "declaration", "submit", third);
        assertTrue(refused.shows(year + " 年度本单位最多申报 2 个项目，已达上限。"), refused.html());
        assertTrue(refused.shows("value=\"项目三\""));
        assertEquals(2, total(tenant.admin(), tenant));

        Browser neighbour = visitors.unitMember(tenant);
        Page own = neighbour.submitAsShown(neighbour.get(page(tenant, "projects/declare")), "declaration", "submit", third);
        assertTrue(own.shows("已提交申报，等待党委审核。"), "another unit has a quota of its own\n" + own.html());
        assertEquals(3, total(tenant.admin(), tenant));
    }

    @Test
    void nominationsUpwardStayWithinTheTenantsQuota() {
        nominationsStopAt(Visitors.PARTY_BUILDING_PLUS, MAJOR, 2, true);
        nominationsStopAt(Visitors.THREE_TYPES, INNOVATION, 3, false);
    }

    private void nominationsStopAt(String template, String category, int quota, boolean withdrawToo) {
        TestTenant tenant = visitors.openForDeclarations(template);
        int year = Visitors.today(tenant).getYear();
        Browser first = visitors.unitMember(tenant);
        Browser second = visitors.unitMember(tenant);
        long[] ids = new long[quota + 1];
        for (int i = 0; i <= quota; i++) {
            Browser unit = i < 2 ? first : second;
            ids[i] = draftByApi(tenant, unit, "择优项目" + (i + 1), category, year);
            submitByApi(tenant, unit, ids[i]);
            assertEquals(200, tenant.admin().json("POST", api(tenant, "projects/" + ids[i] + "/approve"), null).statusCode());
        }
        for (int i = 0; i < quota; i++) {
            Page nominated = nominate(tenant, ids[i]);
            assertTrue(nominated.shows("已择优上报。"), nominated.html());
        }
        Page refused = nominate(tenant, ids[quota]);
        assertTrue(refused.shows(year + " 年度最多择优上报 " + quota + " 个项目，已达上限。"), refused.html());
        assertFalse(project(tenant.admin(), tenant, ids[quota]).getBoolean("nominated"));
        if (withdrawToo) {
            Page withdrawn = tenant.admin().submitAsShown(tenant.admin().get(page(tenant, "projects/view?id=" + ids[0])),
                    "nomination", "withdraw", Map.of());
            assertTrue(withdrawn.shows("已撤回上报。"), withdrawn.html());
            assertTrue(nominate(tenant, ids[quota]).shows("已择优上报。"), "a withdrawn nomination frees its place");
        }
    }

    @Test
    void withoutAnOpenDeclarationWindowAndRoundThereIsNoForm() {
        TestTenant tenant = visitors.newTenant(Visitors.THREE_TYPES);
        int year = Visitors.today(tenant).getYear();
        Page saved = tenant.admin().submitAsShown(tenant.admin().get(page(tenant, "settings/calendar")), "calendar", "save",
                windows(null));
        assertTrue(saved.shows("已保存为第 2 版"), saved.html());
        Browser member = visitors.unitMember(tenant);
        Page closed = member.get(page(tenant, "projects/declare"));
        assertTrue(closed.textOf("unavailable").contains("现在不在本单位的项目申报时间内"), closed.html());
        assertFalse(closed.shows("declaration:submit"));
        HttpResponse<String> api = member.json("POST", api(tenant, "projects"), declarationJson("窗口外", INNOVATION, year));
        assertEquals(400, api.statusCode(), api.body());

        Page open = tenant.admin().submitAsShown(tenant.admin().get(page(tenant, "settings/calendar")), "calendar", "save",
                windows(Visitors.today(tenant)));
        assertTrue(open.shows("已保存为第 3 版"), open.html());
        Page noRound = member.get(page(tenant, "projects/declare"));
        assertTrue(noRound.textOf("unavailable").contains(year + " 年度尚未开启，暂不能申报"), noRound.html());
        assertFalse(noRound.shows("declaration:submit"));
        assertEquals(0, total(member, tenant));
    }

    /** Every field of the declare form filled in, as the unit types it. */
    private static Map<String, String> completeDeclaration(int year, String category) {
        Map<String, String> fields = new HashMap<>();
        fields.put("declaration:title", "社区议事厅");
        fields.put("declaration:category_input", category);
        fields.put("declaration:importance", "居民议事渠道少，小区停车难长期得不到解决。");
        fields.put("declaration:content", "建设社区议事厅，组织居民共商小区难题。");
        fields.put("declaration:method", "党支部牵头，居民代表、物业和驻区单位共同参与。");
        fields.put("declaration:steps:0:description", "建成议事厅并制定议事规则");
        fields.put("declaration:steps:0:due_input", year + "-06-30");
        fields.put("declaration:budget:0:item", "议事厅桌椅");
        fields.put("declaration:budget:0:amount", "1500");
        fields.put("declaration:measures", "成立由支部书记任组长的项目小组。");
        fields.put("declaration:goals:0:description", "解决社区难题");
        fields.put("declaration:goals:0:target", "20");
        fields.put("declaration:goals:0:unit", "个");
        return fields;
    }

    private static String declarationJson(String title, String category, int year) {
        return """
                {"title":"%s","categoryKey":"%s","importance":"群众呼声高","content":"项目内容","method":"实施方法",
                 "steps":[{"description":"启动","due":"%d-09-30"}],"budget":[{"item":"宣传材料","amount":800.00}],
                 "measures":"支部书记负责","goals":[{"description":"开展活动","target":6,"unit":"场"}]}
                """.formatted(title, category, year);
    }

    private static long draftByApi(TestTenant tenant, Browser member, String title, String category, int year) {
        HttpResponse<String> created = member.json("POST", api(tenant, "projects"), declarationJson(title, category, year));
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getJsonNumber("id").longValue();
    }

    private static void submitByApi(TestTenant tenant, Browser member, long id) {
        HttpResponse<String> submitted = member.json("POST", api(tenant, "projects/" + id + "/submit"), null);
        assertEquals(200, submitted.statusCode(), submitted.body());
    }

    private static Page nominate(TestTenant tenant, long id) {
        Page view = tenant.admin().get(page(tenant, "projects/view?id=" + id));
        return tenant.admin().submitAsShown(view, "nomination", "nominate", Map.of());
    }

    /** The calendar form with this year's declaration window around the given day, or with no windows at all. */
    private static Map<String, String> windows(LocalDate around) {
        Map<String, String> windows = new LinkedHashMap<>();
        for (int phase = 0; phase < 9; phase++) {
            windows.put("calendar:windows:" + phase + ":opens_input", "");
            windows.put("calendar:windows:" + phase + ":closes_input", "");
        }
        if (around != null) {
            windows.put("calendar:windows:0:opens_input", around.withDayOfYear(1).toString());
            windows.put("calendar:windows:0:closes_input", around.withMonth(12).withDayOfMonth(31).toString());
        }
        return windows;
    }

    /** An evaluator of the tenant, made by its admin through the account page and signed in. */
    private Browser evaluator(TestTenant tenant) {
        HttpResponse<String> unit = tenant.admin().json("POST", api(tenant, "units"),
                "{\"name\":\"考评组" + UUID.randomUUID().toString().substring(0, 6) + "\",\"kind\":\"BRANCH\"}");
        assertEquals(201, unit.statusCode(), unit.body());
        String login = "e-" + UUID.randomUUID().toString().substring(0, 10);
        Page accounts = tenant.admin().get(page(tenant, "accounts/list"));
        // the unit field is on the form until the role changes; an evaluator's membership keeps no unit
        Page created = tenant.admin().submit(accounts, "account", "create", Map.of("login", login, "displayName", "考评专家",
                "email", "", "role_input", "EVALUATOR", "unit_input", String.valueOf(json(unit.body()).getJsonNumber("id").longValue())));
        assertTrue(created.shows("已创建账号 " + login), created.html());
        return visitors.firstSignIn(login, created.textOf("issued-password"));
    }

    private static JsonObject project(Browser who, TestTenant tenant, long id) {
        HttpResponse<String> response = who.json("GET", api(tenant, "projects/" + id), null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    private static long total(Browser who, TestTenant tenant) {
        HttpResponse<String> response = who.json("GET", api(tenant, "projects"), null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).getJsonNumber("total").longValue();
    }

    private static JsonObject onlyProject(Browser member, TestTenant tenant) {
        HttpResponse<String> response = member.json("GET", api(tenant, "projects"), null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).getJsonArray("projects").getJsonObject(0);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String page(TestTenant tenant, String path) {
        return "t/" + tenant.code() + "/" + path;
    }

    private static String api(TestTenant tenant, String path) {
        return "api/v1/t/" + tenant.code() + "/" + path;
    }
}
