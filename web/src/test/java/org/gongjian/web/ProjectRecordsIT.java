package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongjian.platform.ZipBombs;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * A project's records around its life cycle: attachments checked by content and stored outside the
 * web root, the tenant's filtered and paged project list with its Excel exports, and the host's
 * read-only view of every tenant's nominations. Each tries another tenant, another unit and the
 * wrong role, and checks nothing changed.
 */
class ProjectRecordsIT extends DeployedPortal {

    static final String TYPE_REFUSED = "该文件的内容不是 PDF、PNG、JPEG 图片或 Word、Excel、PowerPoint（docx、xlsx、pptx）文件，不能上传。";
    static final String TOO_LARGE = "文件太大：每个附件不能超过 10 MB。";
    static final Path ATTACHMENTS = Path.of(System.getenv("GONGJIAN_ATTACHMENTS"));
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void attachmentsAreCheckedByContentKeptUnderRandomKeysAndServedOnlyToThoseAllowed() throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser member = visitors.unitMember(tenant);
        long project = draft(member, tenant, "社区议事厅", "innovation");
        String page = page(tenant, "projects/attachments?id=" + project);

        Page form = member.get(page);
        assertEquals(200, form.status());
        assertTrue(form.shows("每个不超过 10 MB"), form.html());
        byte[] photo = picture("png");
        Page added = pageUpload(member, form, "DECLARATION", "现场照片.png", photo);
        assertTrue(added.shows("已上传附件“现场照片.png”"), added.html());
        assertTrue(added.shows("申报材料"), added.html());
        JsonArray listed = json(member.json("GET", attachmentsApi(tenant, project), null)).asJsonArray();
        assertEquals(1, listed.size());
        JsonObject png = listed.getJsonObject(0);
        assertEquals("image/png", png.getString("contentType"));
        assertEquals(photo.length, png.getInt("size"));
        long pngId = png.getJsonNumber("id").longValue();

        HttpResponse<byte[]> download = raw(member, "GET", attachmentsApi(tenant, project) + "/" + pngId, Map.of(), null);
        assertEquals(200, download.statusCode());
        assertArrayEquals(photo, download.body());
        assertEquals("image/png", header(download, "Content-Type"));
        assertEquals("nosniff", header(download, "X-Content-Type-Options"));
        String disposition = header(download, "Content-Disposition");
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''" + URLEncoder.encode("现场照片.png", StandardCharsets.UTF_8)), disposition);

        String key = storageKey(tenant, pngId);
        assertTrue(key.matches("[0-9a-f]{32}"), key);
        Path stored = ATTACHMENTS.resolve(key.substring(0, 2)).resolve(key);
        assertArrayEquals(photo, Files.readAllBytes(stored));
        assertNotEquals("现场照片.png", stored.getFileName().toString());
        try (Stream<Path> files = Files.walk(ATTACHMENTS)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().contains("现场照片")));
        }
        for (Path folder = stored.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            assertFalse(Files.exists(folder.resolve("WEB-INF")), "stored inside a web application at " + folder);
        }
        assertEquals(404, member.get(key).status());
        assertEquals(404, member.get(key.substring(0, 2) + "/" + key).status());

        long files = fileCount();
        Page html = pageUpload(member, member.get(page), "DECLARATION", "计划书.pdf",
                "<!DOCTYPE html><html><body><script>alert('计划')</script></body></html>".getBytes(StandardCharsets.UTF_8));
        assertTrue(html.shows(TYPE_REFUSED), html.html());
        byte[] large = Arrays.copyOf(photo, 10 * 1024 * 1024 + 1);
        Page tooLarge = pageUpload(member, member.get(page), "DECLARATION", "大照片.png", large);
        assertTrue(tooLarge.shows(TOO_LARGE), tooLarge.html());
        HttpResponse<byte[]> largeApi = upload(member, tenant, project, "DECLARATION", "大照片.png", large);
        assertEquals(400, largeApi.statusCode());
        assertTrue(text(largeApi).contains(TOO_LARGE), text(largeApi));
        HttpResponse<byte[]> svg = upload(member, tenant, project, "DECLARATION", "logo.png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, svg.statusCode());
        assertTrue(text(svg).contains(TYPE_REFUSED), text(svg));
        assertEquals(1, attachmentCount(tenant, project), "nothing refused is kept");
        assertEquals(files, fileCount(), "nothing refused is stored");

        byte[] jpeg = picture("jpg");
        HttpResponse<byte[]> viaApi = upload(member, tenant, project, "DECLARATION", "方案 v2.jpg", jpeg);
        assertEquals(201, viaApi.statusCode(), text(viaApi));
        JsonObject jpegView = Json.createReader(new StringReader(text(viaApi))).readObject();
        assertEquals("image/jpeg", jpegView.getString("contentType"));
        assertEquals("方案 v2.jpg", jpegView.getString("fileName"));
        long jpegId = jpegView.getJsonNumber("id").longValue();

        TestTenant other = visitors.newTenant();
        assertEquals(404, raw(other.admin(), "GET", attachmentsApi(tenant, project) + "/" + pngId, Map.of(), null).statusCode());
        assertEquals(404, other.admin().json("GET", attachmentsApi(tenant, project), null).statusCode());
        assertEquals(404, other.admin().get(page).status());
        Browser neighbour = visitors.unitMember(tenant);
        assertEquals(404, raw(neighbour, "GET", attachmentsApi(tenant, project) + "/" + pngId, Map.of(), null).statusCode());
        assertEquals(404, neighbour.get(page).status());
        assertEquals(404, upload(neighbour, tenant, project, "DECLARATION", "mine.png", photo).statusCode());
        assertEquals(404, tenant.admin().get(page).status(), "the tenant's admins see no drafts");
        long otherProject = draft(neighbour, tenant, "邻居的项目", "innovation");
        assertEquals(404, raw(member, "GET", attachmentsApi(tenant, otherProject) + "/" + pngId, Map.of(), null).statusCode(),
                "an attachment is found only under its own project");

        String jpegKey = storageKey(tenant, jpegId);
        assertTrue(Files.exists(ATTACHMENTS.resolve(jpegKey.substring(0, 2)).resolve(jpegKey)));
        Page removedOnPage = member.submit(member.get(page), "files", "attachments:0:remove", Map.of());
        assertTrue(removedOnPage.shows("已删除附件“方案 v2.jpg”"), removedOnPage.html());
        assertFalse(Files.exists(ATTACHMENTS.resolve(jpegKey.substring(0, 2)).resolve(jpegKey)), "the removed file is deleted");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument plan = new XWPFDocument()) {
            plan.createParagraph().createRun().setText("项目实施方案");
            plan.write(docx);
        }
        HttpResponse<byte[]> word = upload(member, tenant, project, "DECLARATION", "实施方案.docx", docx.toByteArray());
        assertEquals(201, word.statusCode(), text(word));
        assertTrue(text(word).contains("wordprocessingml.document"), text(word));
        long wordId = Json.createReader(new StringReader(text(word))).readObject().getJsonNumber("id").longValue();
        HttpResponse<byte[]> removed = raw(member, "DELETE", attachmentsApi(tenant, project) + "/" + wordId, Map.of(), null);
        assertEquals(204, removed.statusCode(), text(removed));

        submit(member, tenant, project);
        Page asAdmin = tenant.admin().get(page);
        assertEquals(200, asAdmin.status());
        assertTrue(asAdmin.shows("现场照片.png"), asAdmin.html());
        assertFalse(asAdmin.shows("id=\"upload\""), "the tenant's admins add no declaration papers");
        HttpResponse<byte[]> adminDownload = raw(tenant.admin(), "GET", attachmentsApi(tenant, project) + "/" + pngId, Map.of(), null);
        assertEquals(200, adminDownload.statusCode());
        assertArrayEquals(photo, adminDownload.body());
        assertEquals(403, upload(tenant.admin(), tenant, project, "DECLARATION", "审核意见.png", photo).statusCode());
        HttpResponse<byte[]> visitTooEarly = upload(tenant.admin(), tenant, project, "VISIT", "督查.png", photo);
        assertEquals(400, visitTooEarly.statusCode());
        assertTrue(text(visitTooEarly).contains("项目当前状态为“已申报待审”，不能上传“督查指导材料”附件。"), text(visitTooEarly));
        HttpResponse<byte[]> afterSubmit = upload(member, tenant, project, "DECLARATION", "补充.png", photo);
        assertEquals(400, afterSubmit.statusCode());
        HttpResponse<byte[]> keepSubmitted = raw(member, "DELETE", attachmentsApi(tenant, project) + "/" + pngId, Map.of(), null);
        assertEquals(400, keepSubmitted.statusCode());
        assertEquals(1, attachmentCount(tenant, project));

        String timeline = member.json("GET", api(tenant, "projects/" + project + "/timeline"), null).body();
        assertTrue(timeline.contains("project.attachment.add"), timeline);
        assertTrue(timeline.contains("project.attachment.remove"), timeline);
        assertTrue(timeline.contains("方案 v2.jpg") && timeline.contains("实施方案.docx"), timeline);
    }

    @Test
    void theListFiltersAndPagesAndItsExportsHoldOnlyWhatTheCallerMaySee() throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        int year = Visitors.today(tenant).getYear();
        Browser member = visitors.unitMember(tenant);
        List<Long> drafts = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            drafts.add(draft(member, tenant, String.format("草稿项目%02d", i), "innovation"));
        }
        long demonstration = draft(member, tenant, "红色物业示范点", "demonstration");
        submit(member, tenant, demonstration);
        submit(member, tenant, drafts.get(0));
        Browser neighbour = visitors.unitMember(tenant);
        long neighbours = draft(neighbour, tenant, "邻里互助站", "institution");
        submit(neighbour, tenant, neighbours);
        TestTenant other = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser stranger = visitors.unitMember(other);
        long strangers = draft(stranger, other, "别家租户的项目", "innovation");
        submit(stranger, other, strangers);

        Page first = member.get(page(tenant, "projects/index"));
        assertEquals(200, first.status());
        assertTrue(first.shows("新建申报"), first.html());
        assertTrue(first.shows("红色物业示范点"), first.html());
        assertTrue(first.shows("草稿项目22") && first.shows("草稿项目05"), first.html());
        assertFalse(first.shows("草稿项目04"), "the second page is not shown yet");
        assertFalse(first.shows("邻里互助站"), "another unit's project");
        assertFalse(first.shows("id=\"filter:unit"), "a unit member filters no units");
        Page second = nextPage(member, first);
        assertTrue(second.shows("草稿项目04") && second.shows("草稿项目03") && second.shows("草稿项目02"), second.html());
        assertFalse(second.shows("草稿项目05"), second.html());

        Page submitted = member.submit(first, "filter", "apply", Map.of("status_input", "SUBMITTED"));
        assertTrue(submitted.shows("红色物业示范点"), submitted.html());
        assertTrue(submitted.shows("草稿项目01"), submitted.html());
        assertFalse(submitted.shows("草稿项目05"), submitted.html());
        assertTrue(submitted.shows("status=SUBMITTED"), "the exports take the shown filter");

        Browser admin = tenant.admin();
        Page all = admin.get(page(tenant, "projects/index"));
        assertTrue(all.shows("红色物业示范点") && all.shows("邻里互助站") && all.shows("草稿项目01"), all.html());
        assertFalse(all.shows("草稿项目05"), "the tenant's admins see no drafts");
        assertFalse(all.shows("新建申报"), "only units declare");
        assertTrue(all.shows("典型示范型") && all.shows("制度推广型"), "categories by the name their year gave them");
        long neighbourUnit = unitOf(admin, tenant, neighbours);
        Page byUnit = admin.submit(all, "filter", "apply", Map.of("unit_input", Long.toString(neighbourUnit)));
        assertTrue(byUnit.shows("邻里互助站"), byUnit.html());
        assertFalse(byUnit.shows("红色物业示范点"), byUnit.html());
        Page byCategory = admin.submit(admin.get(page(tenant, "projects/index")), "filter", "apply",
                Map.of("category_input", "demonstration", "year_input", Integer.toString(year)));
        assertTrue(byCategory.shows("红色物业示范点"), byCategory.html());
        assertFalse(byCategory.shows("邻里互助站") || byCategory.shows("草稿项目01"), byCategory.html());

        List<List<String>> list = sheet(admin, api(tenant, "projects/export/list.xlsx"));
        assertEquals(List.of("项目名称", "承担单位", "项目类型", "年度", "状态", "择优上报", "最近变动"), list.get(0).subList(0, 7));
        assertEquals(sorted("邻里互助站", "草稿项目01", "红色物业示范点"), titles(list));
        List<String> demonstrationRow = list.stream().filter(row -> row.get(0).equals("红色物业示范点")).findFirst().orElseThrow();
        assertEquals(List.of("典型示范型", String.valueOf(year), "已申报待审", "否"), demonstrationRow.subList(2, 6));
        assertEquals(List.of("邻里互助站"), titles(sheet(admin, api(tenant, "projects/export/list.xlsx?unit=" + neighbourUnit))));
        assertEquals(sorted("草稿项目01", "红色物业示范点"), titles(sheet(member, api(tenant, "projects/export/list.xlsx?status=SUBMITTED"))));
        assertEquals(23, sheet(member, api(tenant, "projects/export/list.xlsx")).size() - 1, "a unit sees its own drafts too");
        assertEquals(List.of(), titles(sheet(member, api(tenant, "projects/export/list.xlsx?unit=" + neighbourUnit))),
                "a unit member never sees another unit's projects");

        LocalDate today = Visitors.today(tenant);
        ledgerEntry(tenant, demonstration, "一期", "建成议事厅", "王书记", today.minusDays(3), "OPEN");
        ledgerEntry(tenant, demonstration, "一期", "培训志愿者", "李委员", today.plusDays(3), "OPEN");
        ledgerEntry(tenant, neighbours, null, "制定互助公约", "张主任", today.plusDays(60), "OPEN");
        ledgerEntry(other, strangers, null, "别家的台账", "赵某", today.minusDays(1), "OPEN");
        List<List<String>> ledger = sheet(admin, api(tenant, "projects/export/ledger.xlsx"));
        assertEquals(List.of("项目", "承担单位", "阶段", "类型", "事项", "责任人", "完成时限", "工作措施", "完成情况", "预警"), ledger.get(0));
        assertEquals(4, ledger.size(), ledger.toString());
        List<String> overdue = ledger.stream().filter(row -> row.get(4).equals("建成议事厅")).findFirst().orElseThrow();
        assertEquals(List.of("红色物业示范点", "一期", "任务", "建成议事厅", "王书记", today.minusDays(3).toString()),
                List.of(overdue.get(0), overdue.get(2), overdue.get(3), overdue.get(4), overdue.get(5), overdue.get(6)));
        assertEquals("逾期", overdue.get(9));
        assertEquals("临期", ledger.stream().filter(row -> row.get(4).equals("培训志愿者")).findFirst().orElseThrow().get(9));
        assertEquals("正常", ledger.stream().filter(row -> row.get(4).equals("制定互助公约")).findFirst().orElseThrow().get(9));
        assertFalse(ledger.toString().contains("别家的台账"));
        assertEquals(List.of("建成议事厅", "培训志愿者"),
                sheet(member, api(tenant, "projects/export/ledger.xlsx")).stream().skip(1).map(row -> row.get(4)).toList());

        assertEquals(404, raw(other.admin(), "GET", api(tenant, "projects/export/list.xlsx"), Map.of(), null).statusCode());
        assertEquals(404, raw(other.admin(), "GET", api(tenant, "projects/export/ledger.xlsx"), Map.of(), null).statusCode());
        assertEquals(404, other.admin().get(page(tenant, "projects/index")).status());
        assertEquals(List.of("别家租户的项目"), titles(sheet(other.admin(), api(other, "projects/export/list.xlsx"))));
    }

    @Test
    void theHostSeesEveryTenantsNominationsReadOnlyAndNoOneElseDoes() {
        TestTenant street = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant enterprise = visitors.openForDeclarations(Visitors.PARTY_BUILDING_PLUS);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long streetChosen = approved(street, "街道推荐项目" + tag, "innovation");
        long streetOther = approved(street, "街道未推荐项目" + tag, "demonstration");
        long enterpriseChosen = approved(enterprise, "企业推荐项目" + tag, "major");
        nominate(street, streetChosen);
        nominate(enterprise, enterpriseChosen);
        assertTrue(streetOther > 0);

        Browser host = visitors.host();
        HttpResponse<String> response = host.json("GET", "api/v1/host/nominations", null);
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> mine = json(response).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(row -> row.getString("title").endsWith(tag)).toList();
        assertEquals(2, mine.size(), mine.toString());
        JsonObject fromStreet = mine.stream().filter(row -> row.getString("tenantCode").equals(street.code())).findFirst().orElseThrow();
        assertEquals("街道推荐项目" + tag, fromStreet.getString("title"));
        assertEquals(street.name(), fromStreet.getString("tenantNameZh"));
        assertEquals("innovation", fromStreet.getString("categoryKey"));
        assertEquals("创新探索型", fromStreet.getString("categoryZh"));
        assertEquals("APPROVED", fromStreet.getString("status"));
        JsonObject fromEnterprise = mine.stream().filter(row -> row.getString("tenantCode").equals(enterprise.code())).findFirst().orElseThrow();
        assertEquals("重大专项", fromEnterprise.getString("categoryZh"));

        Page page = host.get("host/nominations.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.shows("街道推荐项目" + tag) && page.shows("企业推荐项目" + tag), page.html());
        assertTrue(page.shows(street.name()) && page.shows(enterprise.name()), page.html());
        assertTrue(page.shows("重大专项"), page.html());
        assertFalse(page.shows("街道未推荐项目" + tag), "only nominated projects");

        assertEquals(403, street.admin().json("GET", "api/v1/host/nominations", null).statusCode());
        assertEquals(403, street.admin().get("host/nominations.xhtml").status());
        Browser member = visitors.unitMember(enterprise);
        assertEquals(403, member.json("GET", "api/v1/host/nominations", null).statusCode());
    }

    @Test
    void archivesThatUnpackTooFarAndUploadsBeyondTheRequestLimitAreRefusedWithTheirMessageAndKeepNothing() throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser member = visitors.unitMember(tenant);
        long project = draft(member, tenant, "垃圾分类积分", "innovation");
        String page = page(tenant, "projects/attachments?id=" + project);
        long files = fileCount();

        byte[] bomb = ZipBombs.workbookExpandingBy(200L * 1024 * 1024);
        assertTrue(bomb.length < 1024 * 1024, "a small file: " + bomb.length);
        String refused = "文件“台账.xlsx”解压后过大：内容不能超过 100 MB，也不能超过文件本身的 100 倍，不能上传。";
        HttpResponse<byte[]> viaApi = upload(member, tenant, project, "DECLARATION", "台账.xlsx", bomb);
        assertEquals(400, viaApi.statusCode());
        assertTrue(text(viaApi).contains(refused), text(viaApi));
        Page onPage = pageUpload(member, member.get(page), "DECLARATION", "台账.xlsx", bomb);
        assertEquals(200, onPage.status());
        assertTrue(onPage.shows(refused), onPage.html());

        byte[] huge = new byte[20 * 1024 * 1024];
        Page tooLarge = pageUpload(member, member.get(page), "DECLARATION", "录像.png", huge);
        assertEquals(200, tooLarge.status(), tooLarge.html());
        assertTrue(tooLarge.shows("上传的内容太大：一次最多 16 MB。"), tooLarge.html());
        assertTrue(tooLarge.shows("id=\"upload\""), "the page is shown again, ready for another file");
        HttpResponse<byte[]> hugeApi = upload(member, tenant, project, "DECLARATION", "录像.png", huge);
        assertEquals(400, hugeApi.statusCode());
        assertTrue(text(hugeApi).contains(TOO_LARGE), text(hugeApi));

        assertEquals(0, attachmentCount(tenant, project), "nothing refused is kept");
        assertEquals(files, fileCount(), "nothing refused is stored");

        Page sheet = tenant.admin().upload(tenant.admin().get("t/" + tenant.code() + "/accounts/import"),
                "upload", "submit", "sheet", "名单.xlsx", bomb);
        assertTrue(sheet.shows("文件“名单.xlsx”解压后过大"), sheet.html());
        assertFalse(sheet.shows("导入完成"), sheet.html());
    }

    /** A complete declaration drafted by the member's unit; returns its id. */
    private static long draft(Browser member, TestTenant tenant, String title, String category) {
        LocalDate due = Visitors.today(tenant).plusMonths(2);
        String declaration = Json.createObjectBuilder().add("title", title).add("categoryKey", category)
                .add("importance", "居民议事缺少固定场所").add("content", "建设社区议事厅").add("method", "党建引领、居民共治")
                .add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("description", "选址建设").add("due", due.toString())))
                .add("budget", Json.createArrayBuilder().add(Json.createObjectBuilder().add("item", "场地布置").add("amount", 12000.50)))
                .add("measures", "书记牵头，专人负责")
                .add("goals", Json.createArrayBuilder().add(Json.createObjectBuilder().add("description", "解决社区难题")
                        .add("target", 20).add("unit", "个")))
                .build().toString();
        HttpResponse<String> created = member.json("POST", api(tenant, "projects"), declaration);
        assertEquals(201, created.statusCode(), created.body());
        return json(created).asJsonObject().getJsonNumber("id").longValue();
    }

    private static void submit(Browser member, TestTenant tenant, long project) {
        HttpResponse<String> submitted = member.json("POST", api(tenant, "projects/" + project + "/submit"), null);
        assertEquals(200, submitted.statusCode(), submitted.body());
    }

    /** A project of a new unit of the tenant, declared, submitted and approved. */
    private long approved(TestTenant tenant, String title, String category) {
        Browser member = visitors.unitMember(tenant);
        long project = draft(member, tenant, title, category);
        submit(member, tenant, project);
        HttpResponse<String> approved = tenant.admin().json("POST", api(tenant, "projects/" + project + "/approve"), null);
        assertEquals(200, approved.statusCode(), approved.body());
        return project;
    }

    private static void nominate(TestTenant tenant, long project) {
        HttpResponse<String> nominated = tenant.admin().json("POST", api(tenant, "projects/" + project + "/nomination"),
                "{\"nominated\":true}");
        assertEquals(200, nominated.statusCode(), nominated.body());
    }

    private static long unitOf(Browser admin, TestTenant tenant, long project) {
        return json(admin.json("GET", api(tenant, "projects/" + project), null)).asJsonObject().getJsonNumber("unitId").longValue();
    }

    /** The list's second page, as PrimeFaces' paginator asks for it. */
    private static Page nextPage(Browser browser, Page page) {
        return browser.partial(page, "list", "list:projects", "list:projects", Map.of("list:projects_pagination", "true",
                "list:projects_first", "20", "list:projects_rows", "20", "list:projects_skipChildren", "true",
                "list:projects_encodeFeature", "true"));
    }

    /** Adds a ledger entry straight in the database, as the application role inside the tenant. */
    private static void ledgerEntry(TestTenant tenant, long project, String stage, String title, String owner, LocalDate deadline,
                                    String status) throws Exception {
        new SeededYear(tenant, deadline.getYear()).ledgerEntry(project, stage, title, owner, deadline, status);
    }

    private static String storageKey(TestTenant tenant, long attachment) throws SQLException, IOException {
        try (Connection app = AppSql.connect()) {
            AppSql.setTenant(app, AppSql.tenantId(app, tenant.code()));
            try (PreparedStatement query = app.prepareStatement("select storage_key from attachment where id = ?")) {
                query.setLong(1, attachment);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        }
    }

    private static long attachmentCount(TestTenant tenant, long project) throws SQLException, IOException {
        try (Connection app = AppSql.connect()) {
            AppSql.setTenant(app, AppSql.tenantId(app, tenant.code()));
            return AppSql.single(app, "select count(*) from attachment where project_id = " + project);
        }
    }

    private static long fileCount() throws IOException {
        try (Stream<Path> files = Files.walk(ATTACHMENTS)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** A real picture, made by the JDK's own encoder. */
    private static byte[] picture(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xb91c1c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out));
        return out.toByteArray();
    }

    /** Submits the page's upload form as a browser does, with the chosen purpose and the file. */
    private Page pageUpload(Browser who, Page page, String purpose, String fileName, byte[] content) throws IOException {
        String boundary = "----gongjian" + UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("upload", "upload");
        fields.put("upload:purpose_input", purpose);
        fields.put("upload:submit", "");
        fields.put("jakarta.faces.ViewState", page.viewState());
        fields.put(Browser.NONCE_FIELD, page.nonce());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload:file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = raw(who, "POST", page.action("upload"),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary, "Referer", page.uri().toString()), body.toByteArray());
        if (response.statusCode() == 303) {
            response = raw(who, "GET", response.headers().firstValue("Location").orElseThrow(), Map.of(), null);
        }
        return new Page(response.statusCode(), response.uri(), text(response), response.headers().map());
    }

    private HttpResponse<byte[]> upload(Browser who, TestTenant tenant, long project, String purpose, String fileName, byte[] content) {
        return raw(who, "POST", attachmentsApi(tenant, project) + "?purpose=" + purpose,
                Map.of("X-File-Name", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"),
                        "Content-Type", "application/octet-stream"), content);
    }

    /** A request with the person's session, answered as bytes: downloads and uploads the JSON helper cannot carry. */
    private HttpResponse<byte[]> raw(Browser who, String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Cookie", who.cookieHeader())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (!method.equals("GET")) {
            request.header("X-Requested-With", "XMLHttpRequest");
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The workbook's first sheet as text, row by row. */
    private List<List<String>> sheet(Browser who, String path) throws IOException {
        HttpResponse<byte[]> response = raw(who, "GET", path, Map.of(), null);
        assertEquals(200, response.statusCode(), text(response));
        assertEquals(XLSX, header(response, "Content-Type"));
        assertTrue(header(response, "Content-Disposition").startsWith("attachment;"));
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static List<String> titles(List<List<String>> sheet) {
        return sheet.stream().skip(1).map(row -> row.get(0)).sorted().toList();
    }

    private static List<String> sorted(String... titles) {
        return Stream.of(titles).sorted().toList();
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static JsonValue json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readValue();
    }

    private static String page(TestTenant tenant, String path) {
        return "t/" + tenant.code() + "/" + path;
    }

    private static String api(TestTenant tenant, String path) {
        return "api/v1/t/" + tenant.code() + "/" + path;
    }

    private static String attachmentsApi(TestTenant tenant, long project) {
        return api(tenant, "projects/" + project + "/attachments");
    }
}
