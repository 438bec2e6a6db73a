package org.gongjian.web;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import static org.gongjian.web.Bidding.id;
import static org.gongjian.web.Bidding.object;
import static org.gongjian.web.Bidding.superuser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annual showcase (展评) as its organisers and the public use it: the figures of a published
 * year equal what the test counts in the database itself; the public pages show what was published
 * and nothing else (no draft, no project not featured, no plan under review, no plan text, no
 * other tenant's story); publishing shows at once on pages a crowd has been reading from the cache;
 * the organiser's pages and endpoints are the tenant's admins' only; the city's showcase reaches
 * only published stories and adds up the tenants' published figures.
 */
class ShowcaseIT extends DeployedPortal {

    private static final String PEOPLE_GOALS = "[{\"description\":\"服务居民\",\"target\":300,\"unit\":\"人次\"},"
            + "{\"description\":\"开设课堂\",\"target\":12,\"unit\":\"场\"}]";
    private static final String PLAN = """
            {"title":"%s","categoryKey":"innovation","importance":"老旧小区难题多，联系人电话13912345678。",
             "content":"错时共享停车。","method":"一听、二看、三查、四问。",
             "steps":[{"description":"开放车位","due":"%s"}],"budget":[{"item":"标识牌","amount":800.00}],
             "measures":"党支部书记负责。","goals":[{"description":"共享车位","target":50,"unit":"个"}]}""";
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    private static final ResourceBundle ZH = ResourceBundle.getBundle("org.gongjian.web.i18n.messages", Locale.SIMPLIFIED_CHINESE);

    ShowcaseIT() {
        super(PortalServer.WITH_DOORS);
    }

    @Test
    void aPublishedYearShowsTheFiguresOfTheDataAndNothingUnpublished() throws Exception {
        Year a = year(visitors.openForDeclarations(Visitors.THREE_TYPES));
        long reached = AcceptedProjects.accepted(a.tenant(), a.unit().browser(), "邻里课堂", PEOPLE_GOALS, 320, "5000.00", "1200.50");
        long achieved = AcceptedProjects.accepted(a.tenant(), a.unit().browser(), "楼道议事");
        // a unit declares at most two projects a year
        Member second = visitors.newUnitMember(a.tenant());
        long short_ = AcceptedProjects.accepted(a.tenant(), second.browser(), "口袋公园", "[{\"description\":\"建成公园\",\"target\":20,"
                + "\"unit\":\"个\"}]", 10, null, null);
        String underReview = "审核中计划" + tag();
        a.submitted(second, underReview);
        a.evaluate();

        long story = a.feature(reached);
        long other = a.feature(achieved);
        String text = "课堂开进楼道，老人孩子都来了。" + tag();
        a.write(story, "邻里课堂：家门口的学堂", text);
        long photo = a.photo(story, "AFTER", Bidding.png());
        assertEquals(200, a.admin().json("PUT", a.api("showcase/" + a.year + "/order"), "{\"storyIds\":[" + other + "," + story + "]}")
                .statusCode());
        assertEquals(200, a.publish("2026 年度项目展评").statusCode());

        Browser anonymous = new Browser(base);
        Page year = anonymous.get("showcase/" + a.code() + "/" + a.year);
        assertEquals(200, year.status(), year.html());
        assertNull(year.header("Set-Cookie"), "a public page gives no cookie");
        assertNull(anonymous.sessionId(), "nor a session");
        Document page = Jsoup.parse(year.html());
        Figures counted = Figures.counted(a.code(), a.year);
        assertEquals(Long.toString(counted.projects), strong(page, "figure-projects"));
        assertEquals(counted.achieved + " / " + counted.goals, strong(page, "figure-goals"));
        assertEquals(List.of(5L, 3L), List.of(counted.goals, counted.achieved), "the goals declared (under review too), three of them reached");
        assertEquals(new DecimalFormat("#,##0.##").format(counted.people), strong(page, "figure-people"));
        assertEquals(0, new BigDecimal("320").compareTo(counted.people), "only the goal counted in 人次");
        assertEquals("¥" + new DecimalFormat("#,##0.00").format(counted.granted), strong(page, "figure-granted"));
        assertEquals("¥" + new DecimalFormat("#,##0.00").format(counted.spent), strong(page, "figure-spent"));
        Map<String, Long> statuses = new HashMap<>();
        counted.byStatus.forEach((status, count) -> statuses.put(ZH.getString("enum.ProjectStatus." + status), count));
        assertEquals(statuses, rows(page, "by-status"), "the chart's table counts what the database holds");
        assertEquals(1, page.select("#by-status svg[role=img]").size(), "a chart drawn beside its table");
        assertEquals(counted.byCategory.values().stream().sorted().toList(),
                rows(page, "by-category").values().stream().filter(c -> c > 0).sorted().toList());
        List<String> order = page.select("#story-list h3").eachText();
        assertEquals(2, order.size(), order.toString());
        assertTrue(order.get(1).startsWith("邻里课堂：家门口的学堂"), "the organiser's order: " + order);

        Page shown = anonymous.get("showcase/" + a.code() + "/" + a.year + "/" + story);
        assertEquals(200, shown.status());
        assertTrue(shown.shows(text) && shown.shows("服务居民") && shown.shows("320"), shown.html());
        Page photoShown = anonymous.get("showcase/" + a.code() + "/" + a.year + "/photos/" + photo);
        assertEquals(200, photoShown.status());
        assertEquals("image/png", photoShown.header("Content-Type"));

        String notFeatured = a.title(short_);
        for (Page visible : List.of(year, shown, anonymous.get("showcase"))) {
            assertFalse(visible.shows(underReview), "a plan under review");
            assertFalse(visible.shows(notFeatured), "a project not featured");
            assertFalse(visible.shows("一听、二看、三查、四问") || visible.shows("老旧小区难题多"), "the plan's text");
            assertFalse(MOBILE.matcher(visible.html()).find(), "a phone number");
        }

        // a draft stays private: a story rewritten, a project featured and a photo added after publishing show nowhere
        String cachedTag = anonymous.get("showcase/" + a.code() + "/" + a.year + "/" + story).header("ETag");
        String draft = "草稿：尚未发布的新写法" + tag();
        a.write(story, "邻里课堂：家门口的学堂", draft);
        long later = a.feature(short_);
        long draftPhoto = a.photo(story, "BEFORE", Bidding.png());
        Page still = anonymous.get("showcase/" + a.code() + "/" + a.year + "/" + story);
        assertEquals(cachedTag, still.header("ETag"));
        assertFalse(still.shows(draft));
        assertFalse(anonymous.get("showcase/" + a.code() + "/" + a.year).shows(notFeatured));
        assertEquals(404, anonymous.get("showcase/" + a.code() + "/" + a.year + "/" + later).status());
        assertEquals(404, anonymous.get("showcase/" + a.code() + "/" + a.year + "/photos/" + draftPhoto).status());

        // publishing again shows at once, though the pages were kept
        assertEquals(200, a.publish("2026 年度项目展评（修订）").statusCode());
        Page republished = anonymous.get("showcase/" + a.code() + "/" + a.year + "/" + story);
        assertTrue(republished.shows(draft), "the kept page was dropped on publishing");
        assertTrue(anonymous.get("showcase/" + a.code() + "/" + a.year).shows(notFeatured));
        assertEquals(200, anonymous.get("showcase/" + a.code() + "/" + a.year + "/photos/" + draftPhoto).status());
        assertEquals(2, object(a.admin().json("GET", a.api("showcase/" + a.year), null)).getInt("editionNumber"));

        // the printed booklet is the published year, in a font embedded for Chinese; an unpublished year has none
        HttpResponse<byte[]> booklet = new Bidding(base).download(anonymous, "showcase/" + a.code() + "/" + a.year + "/booklet.pdf");
        assertEquals(200, booklet.statusCode(), new String(booklet.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", booklet.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(booklet.body())) {
            String printed = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertTrue(printed.contains("2026年度项目展评（修订）") && printed.contains("邻里课堂：家门口的学堂") && printed.contains(draft), printed);
            assertTrue(printed.contains("服务居民") && printed.contains("320"), printed);
            assertFalse(printed.contains(underReview) || printed.contains("老旧小区难题多"), printed);
        }
        assertEquals(404, new Bidding(base).download(anonymous, "showcase/" + a.code() + "/" + (a.year - 1) + "/booklet.pdf").statusCode());
        assertTrue(auditActions(a.code()).containsAll(List.of("showcase.featured", "showcase.written", "showcase.photo.added",
                "showcase.ordered", "showcase.published")), "every change is audited");
    }

    @Test
    void theOrganisersPagesAndEndpointsAreTheTenantAdminsOnlyAndRefuseBadInput() throws Exception {
        Year a = year(visitors.openForDeclarations(Visitors.THREE_TYPES));
        Year b = year(visitors.openForDeclarations(Visitors.THREE_TYPES));
        long project = AcceptedProjects.accepted(a.tenant(), a.unit().browser(), "共享车位");
        long unpublished = AcceptedProjects.accepted(a.tenant(), a.unit().browser(), "未发布项目");
        long storyOfA = a.feature(project);
        long photoOfA = a.photo(storyOfA, "BEFORE", Bidding.png());

        // a unit member of the tenant, and another tenant's admin, reach neither the pages nor the endpoints
        assertEquals(403, a.unit().browser().json("GET", a.api("showcase/" + a.year), null).statusCode());
        assertEquals(403, a.unit().browser().get("t/" + a.code() + "/showcase/").status());
        assertTrue(List.of(403, 404).contains(b.admin().json("GET", a.api("showcase/" + a.year), null).statusCode()));
        assertEquals(404, b.admin().json("PUT", b.api("showcase/stories/" + storyOfA), "{\"title\":\"改写\",\"body\":\"\"}").statusCode());
        assertEquals(404, b.admin().json("GET", b.api("showcase/photos/" + photoOfA), null).statusCode());
        assertEquals(404, b.admin().json("DELETE", b.api("showcase/photos/" + photoOfA), null).statusCode());
        assertEquals(404, b.admin().json("POST", b.api("showcase/" + b.year + "/stories"), "{\"projectId\":" + project + "}").statusCode(),
                "another tenant's project is not found");
        assertEquals(403, a.admin().json("GET", "api/v1/host/showcase/" + a.year, null).statusCode(), "a tenant's admin is not the host");

        // bad input is refused with a reason and changes nothing
        HttpResponse<String> blank = a.publish("   ");
        assertEquals(400, blank.statusCode(), blank.body());
        assertTrue(blank.body().contains("请填写标题"), blank.body());
        HttpResponse<String> notAPhoto = a.admin().send("POST", a.api("showcase/stories/" + storyOfA + "/photos?kind=AFTER"),
                "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "image/png");
        assertEquals(400, notAPhoto.statusCode(), notAPhoto.body());
        assertTrue(notAPhoto.body().contains("JPEG 或 PNG"), notAPhoto.body());
        assertEquals(400, a.admin().json("GET", a.api("showcase/1999"), null).statusCode());
        assertEquals(400, a.admin().json("PUT", a.api("showcase/stories/" + storyOfA), "{\"title\":\"" + "长".repeat(201) + "\"}").statusCode());
        assertEquals(409, a.admin().json("POST", a.api("showcase/" + a.year + "/stories"), "{\"projectId\":" + project + "}").statusCode());
        JsonObject unchanged = object(a.admin().json("GET", a.api("showcase/" + a.year), null));
        assertEquals(0, unchanged.getInt("editionNumber"));
        assertEquals(1, unchanged.getJsonArray("photos").size());
        assertEquals(404, new Browser(base).get("showcase/" + a.code() + "/" + a.year).status(), "nothing published");

        // the admin's own pages work, and a published story of one tenant is not found under another
        Page organiser = a.admin().get("t/" + a.code() + "/showcase/?year=" + a.year);
        assertEquals(200, organiser.status());
        assertTrue(organiser.shows(a.title(project)), organiser.html());
        assertTrue(a.admin().get("t/" + a.code() + "/showcase/story?id=" + storyOfA).shows("改造前"), "the story's page with its photo");
        Page preview = a.admin().get("t/" + a.code() + "/showcase/preview?year=" + a.year);
        assertTrue(preview.shows(a.title(project)) && preview.shows("预览仅供查看"), preview.html());
        assertEquals(403, a.unit().browser().get("t/" + a.code() + "/showcase/preview?year=" + a.year).status());
        Page published = a.admin().submit(organiser, "publish", "publish-year", Map.of("title", "甲单位展评"));
        assertTrue(published.shows("已发布第 1 版"), published.html());
        b.feature(AcceptedProjects.accepted(b.tenant(), b.unit().browser(), "乙单位项目"));
        assertEquals(200, b.publish("乙单位展评").statusCode());
        Browser anonymous = new Browser(base);
        assertEquals(404, anonymous.get("showcase/" + b.code() + "/" + b.year + "/" + storyOfA).status());
        assertFalse(anonymous.get("showcase/" + b.code() + "/" + b.year).shows(a.title(project)));
        assertEquals(404, anonymous.get("showcase/" + b.code() + "/" + b.year + "/photos/" + photoOfA).status());
        assertEquals(405, anonymous.send("POST", "showcase/" + a.code() + "/" + a.year, new byte[0], "text/plain").statusCode());

        // the city's showcase: only published stories, figures the sum of the tenants' published ones
        Browser host = visitors.host();
        long draftOfA = a.feature(unpublished);
        assertEquals(404, host.json("POST", "api/v1/host/showcase/" + a.year + "/picks", "{\"storyId\":" + draftOfA + "}").statusCode());
        HttpResponse<String> picked = host.json("POST", "api/v1/host/showcase/" + a.year + "/picks", "{\"storyId\":" + storyOfA + "}");
        assertEquals(201, picked.statusCode(), picked.body());
        assertEquals(200, host.json("POST", "api/v1/host/showcase/" + a.year + "/publish", "{\"title\":\"全市年度展评\"}").statusCode());
        Page hostPage = host.get("host/showcase/index.xhtml?year=" + a.year);
        assertTrue(hostPage.shows(a.title(project)) && !hostPage.shows(a.title(unpublished)), "the host sees published stories only");
        Page city = anonymous.get("showcase/city/" + a.year);
        assertEquals(200, city.status(), city.html());
        assertTrue(city.shows(a.title(project)));
        assertEquals(Long.toString(publishedProjects(a.year)), strong(Jsoup.parse(city.html()), "figure-projects"),
                "the sum of the tenants' published figures");
        assertEquals(200, anonymous.get("showcase/city/" + a.year + "/" + storyOfA).status());
        assertTrue(anonymous.get("showcase").shows("showcase/city/" + a.year));
        assertEquals(204, host.json("DELETE", "api/v1/host/showcase/picks/" + id(picked), null).statusCode());
    }

    // --- the people and their data ---------------------------------------------------------------

    private Year year(TestTenant tenant) {
        return new Year(tenant, visitors.newUnitMember(tenant), Visitors.today(tenant).getYear());
    }

    private record Year(TestTenant tenant, Member unit, int year) {

        String code() {
            return tenant.code();
        }

        Browser admin() {
            return tenant.admin();
        }

        String api(String rest) {
            return "api/v1/t/" + tenant.code() + "/" + rest;
        }

        long feature(long project) {
            HttpResponse<String> featured = admin().json("POST", api("showcase/" + year + "/stories"), "{\"projectId\":" + project + "}");
            assertEquals(201, featured.statusCode(), featured.body());
            return id(featured);
        }

        void write(long story, String title, String body) {
            HttpResponse<String> written = admin().json("PUT", api("showcase/stories/" + story),
                    "{\"title\":\"" + title + "\",\"body\":\"" + body + "\"}");
            assertEquals(200, written.statusCode(), written.body());
        }

        long photo(long story, String kind, byte[] png) {
            HttpResponse<String> added = admin().send("POST", api("showcase/stories/" + story + "/photos?kind=" + kind), png, "image/png");
            assertEquals(201, added.statusCode(), added.body());
            return id(added);
        }

        HttpResponse<String> publish(String title) {
            return admin().json("POST", api("showcase/" + year + "/publish"), "{\"title\":\"" + title + "\"}");
        }

        String title(long project) {
            return object(admin().json("GET", api("projects/" + project), null)).getString("title");
        }

        /** A project of this member's unit declared and waiting for review. */
        void submitted(Member unit, String title) {
            long id = id(unit.browser().json("POST", api("projects"), "{\"title\":\"" + title + "\",\"categoryKey\":\"innovation\"}"));
            HttpResponse<String> declared = unit.browser().json("PUT", api("projects/" + id + "/declaration"),
                    PLAN.formatted(title, Visitors.today(tenant).withMonth(12).withDayOfMonth(31)));
            assertEquals(200, declared.statusCode(), declared.body());
            HttpResponse<String> submitted = unit.browser().json("POST", api("projects/" + id + "/submit"), null);
            assertEquals(200, submitted.statusCode(), submitted.body());
        }

        /** The year's evaluation opened over the accepted projects and closed, so each has a frozen grade. */
        void evaluate() {
            HttpResponse<String> made = admin().json("POST", api("test-only/evaluated-projects?year=" + year), "[]");
            assertEquals(200, made.statusCode(), made.body());
        }
    }

    /** The year's figures as the test counts them in the database, as its owner. */
    private record Figures(long projects, Map<String, Long> byStatus, Map<String, Long> byCategory, long goals, long achieved,
                           BigDecimal people, BigDecimal granted, BigDecimal spent) {

        static Figures counted(String code, int year) throws SQLException, IOException {
            String projects = " from project p join tenant t on t.id = p.tenant_id where t.code = ? and p.year = ? and p.status <> 'DRAFT'";
            try (Connection db = superuser()) {
                Map<String, Long> byStatus = grouped(db, "select p.status, count(*)" + projects + " group by p.status", code, year);
                Map<String, Long> byCategory = grouped(db, "select p.category_key, count(*)" + projects + " group by p.category_key", code, year);
                List<Object> goals = single(db, "select count(*), count(*) filter (where (c.document::jsonb -> 'figures' ->> (g ->> 'key'))::numeric"
                        + " >= (g ->> 'target')::numeric), coalesce(sum((c.document::jsonb -> 'figures' ->> (g ->> 'key'))::numeric)"
                        + " filter (where g ->> 'unit' in ('人', '人次')), 0)"
                        + projects.replace(" where", " join project_document d on d.project_id = p.id and d.kind = 'DECLARATION'"
                        + " and d.number = p.declaration_number left join project_document c on c.project_id = p.id and c.kind = 'CLOSURE'"
                        + " and c.number = p.closure_number cross join jsonb_array_elements(d.document::jsonb -> 'goals') g where"), code, year);
                List<Object> funds = single(db, "select coalesce(sum(f.amount) filter (where f.kind = 'GRANT'), 0),"
                        + " coalesce(sum(f.amount) filter (where f.kind = 'SPENDING'), 0)"
                        + projects.replace(" where", " join fund_entry f on f.project_id = p.id where"), code, year);
                return new Figures(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus, byCategory,
                        (Long) goals.get(0), (Long) goals.get(1), (BigDecimal) goals.get(2), (BigDecimal) funds.get(0), (BigDecimal) funds.get(1));
            }
        }

        private static Map<String, Long> grouped(Connection db, String sql, String code, int year) throws SQLException {
            Map<String, Long> counts = new HashMap<>();
            try (PreparedStatement query = db.prepareStatement(sql)) {
                query.setString(1, code);
                query.setInt(2, year);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return counts;
        }

        private static List<Object> single(Connection db, String sql, String code, int year) throws SQLException {
            try (PreparedStatement query = db.prepareStatement(sql)) {
                query.setString(1, code);
                query.setInt(2, year);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    List<Object> values = new ArrayList<>();
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        values.add(row.getObject(i));
                    }
                    return values;
                }
            }
        }
    }

    /** The projects the tenants' latest published showcases of the year count, added up in the database. */
    private static long publishedProjects(int year) throws SQLException, IOException {
        try (Connection db = superuser(); PreparedStatement query = db.prepareStatement("select coalesce(sum((e.content::jsonb -> 'figures'"
                + " ->> 'projects')::bigint), 0) from showcase_edition e where e.year = ? and e.tenant_id is not null and e.number ="
                + " (select max(l.number) from showcase_edition l where l.tenant_id = e.tenant_id and l.year = e.year)")) {
            query.setInt(1, year);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<String> auditActions(String code) throws SQLException, IOException {
        try (Connection db = superuser(); PreparedStatement query = db.prepareStatement(
                "select distinct action from audit_record a join tenant t on t.id = a.tenant_id where t.code = ?")) {
            query.setString(1, code);
            List<String> actions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
            return actions;
        }
    }

    private static String strong(Document page, String id) {
        Element figure = page.getElementById(id);
        assertTrue(figure != null, "no " + id);
        return figure.selectFirst("strong").text();
    }

    /** A table's rows as the reader sees them: the row's heading and its number. */
    private static Map<String, Long> rows(Document page, String tableId) {
        Map<String, Long> rows = new HashMap<>();
        for (Element row : page.select("#" + tableId + " tbody tr")) {
            rows.put(row.selectFirst("th").text(), Long.parseLong(row.selectFirst("td").text().replace(",", "")));
        }
        return rows;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
