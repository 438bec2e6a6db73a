package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notifications as people receive them: a project's unit hears of the tenant's decisions and the
 * tenant's admins of submissions, in the inbox (page and API) and by e-mail to a real SMTP server
 * (GreenMail, on the port the portal was given); nobody reads or marks another person's messages;
 * a deadline reminder reaches each member once however often, and however concurrently, its job runs;
 * of servers trying a scheduled job's slot at once, one runs it.
 */
class NotificationsIT extends DeployedPortal {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    private static final String PUBLIC_URL = "https://gongjian.portal.test";

    NotificationsIT() {
        super(PortalServer.WITH_DOORS);
    }

    @Test
    void theUnitHearsOfReturnAndApprovalAndTheAdminOfTheSubmission() throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        long unit = unit(tenant);
        Member member = member(tenant, unit, true);
        Member colleague = member(tenant, unit, false);
        String title = "社区议事厅" + tenant.code();

        long project = submitted(member, tenant, title);
        JsonObject adminInbox = inbox(tenant.admin(), tenant);
        assertEquals(1, adminInbox.getInt("unread"), adminInbox.toString());
        assertEquals("项目“" + title + "”已提交申报，等待审核", texts(adminInbox).get(0));
        assertTrue(tenant.admin().get(page(tenant, "inbox")).shows("项目“" + title + "”已提交申报，等待审核"));
        assertEquals(0, inbox(member.browser(), tenant).getInt("total"), "whoever submitted is not told of it");

        ok(tenant.admin().json("POST", api(tenant, "projects/" + project + "/return"), "{\"reason\":\"请细化预算\"}"));
        ok(member.browser().json("PUT", api(tenant, "projects/" + project + "/declaration"), declaration(title + "（修改稿）")));
        ok(member.browser().json("POST", api(tenant, "projects/" + project + "/submit"), null));
        ok(tenant.admin().json("POST", api(tenant, "projects/" + project + "/approve"), null));

        String approved = "项目“" + title + "（修改稿）”已批准立项";
        String returned = "项目“" + title + "”已被退回修改，请查看退回理由，修改后重新提交";
        JsonObject mine = inbox(member.browser(), tenant);
        assertEquals(List.of(approved, returned), texts(mine), "newest first");
        assertEquals(2, mine.getInt("unread"));
        JsonObject newest = mine.getJsonArray("notifications").getJsonObject(0);
        assertEquals("project.approve", newest.getString("key"));
        assertTrue(newest.getString("projectPage").endsWith("/t/" + tenant.code() + "/projects/view?id=" + project), newest.toString());
        assertEquals(List.of(approved, returned), texts(inbox(colleague.browser(), tenant)), "every member of the unit is told");
        assertEquals(2, inbox(tenant.admin(), tenant).getInt("total"), "the admin heard of both submissions, not of the decisions");

        Page shown = member.browser().get(page(tenant, "inbox"));
        assertEquals(200, shown.status());
        assertEquals("共 2 条消息，其中 2 条未读", shown.textOf("inbox-count"));
        assertTrue(shown.textOf("inbox").contains("未读 " + approved), shown.html());
        assertTrue(shown.shows("/t/" + tenant.code() + "/projects/view?id=" + project), "links to the project");
        assertTrue(Jsoup.parse(shown.html()).select("#inbox .inbox-meta").first().text().matches(".*\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}.*"),
                "the time the Chinese way");

        List<MimeMessage> mails = mailsTo(member.email(), 2);
        assertEquals(Set.of("【" + tenant.name() + "】" + returned + " / Project “" + title + "” was returned for revision: "
                        + "read the reason, revise it and submit it again",
                "【" + tenant.name() + "】" + approved + " / Project “" + title + "（修改稿）” was approved"),
                mails.stream().map(NotificationsIT::subject).collect(Collectors.toSet()));
        String body = (String) mails.stream().filter(m -> subject(m).contains("批准立项")).findFirst().orElseThrow().getContent();
        assertTrue(body.startsWith(tenant.name() + "通知："), body);
        assertTrue(body.contains(approved), body);
        assertTrue(body.contains("查看项目：" + PUBLIC_URL + "/t/" + tenant.code() + "/projects/view?id=" + project), body);
        assertTrue(body.indexOf("Open the project: " + PUBLIC_URL) > body.indexOf("查看项目："), "English below the Chinese");
        assertTrue(Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject(m).contains(title))
                .allMatch(m -> receivedBy(member.email()).contains(m)), "no address, no mail: the colleague and the admin have none");

        Page markedOne = member.browser().submitAsShown(shown, "items:0:entry", "read", Map.of());
        assertTrue(markedOne.shows("已标为已读"), markedOne.html());
        assertEquals("共 2 条消息，其中 1 条未读", markedOne.textOf("inbox-count"));
        assertFalse(markedOne.textOf("inbox").contains("未读 " + approved), markedOne.html());
        JsonObject afterOne = inbox(member.browser(), tenant);
        assertFalse(unread(afterOne.getJsonArray("notifications").getJsonObject(0)));
        assertTrue(unread(afterOne.getJsonArray("notifications").getJsonObject(1)));
        assertEquals(2, inbox(colleague.browser(), tenant).getInt("unread"), "the colleague's messages are the colleague's");

        Page markedAll = member.browser().submitAsShown(markedOne, "all", "read-all", Map.of());
        assertTrue(markedAll.shows("已将 1 条消息标为已读"), markedAll.html());
        assertEquals("共 2 条消息，其中 0 条未读", markedAll.textOf("inbox-count"));
        assertEquals(0, json(member.browser().json("GET", api(tenant, "inbox/unread"), null)).getInt("unread"));

        member.browser().get("lang?to=en&back=/");
        JsonObject english = inbox(member.browser(), tenant);
        assertEquals("Project “" + title + "（修改稿）” was approved", texts(english).get(0));
        assertEquals("2 messages, 0 unread", member.browser().get(page(tenant, "inbox")).textOf("inbox-count"));
    }

    @Test
    void nobodyReadsOrMarksAnotherPersonsMessages() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant other = visitors.newTenant();
        Member member = member(tenant, unit(tenant), true);
        Member elsewhere = member(tenant, unit(tenant), false);
        Member stranger = member(other, unit(other), false);
        long project = submitted(member, tenant, "邻里互助站" + tenant.code());
        ok(tenant.admin().json("POST", api(tenant, "projects/" + project + "/return"), "{\"reason\":\"目标不够具体\"}"));
        long id = inbox(member.browser(), tenant).getJsonArray("notifications").getJsonObject(0).getJsonNumber("id").longValue();

        assertEquals(0, inbox(elsewhere.browser(), tenant).getInt("total"), "another unit's member is not told");
        assertTrue(elsewhere.browser().get(page(tenant, "inbox")).shows("暂无消息"));
        assertEquals(404, elsewhere.browser().json("POST", api(tenant, "inbox/" + id + "/read"), null).statusCode());
        assertEquals(404, tenant.admin().json("POST", api(tenant, "inbox/" + id + "/read"), null).statusCode());
        assertEquals(0, json(elsewhere.browser().json("POST", api(tenant, "inbox/read-all"), null)).getInt("marked"));

        assertEquals(404, stranger.browser().get(page(tenant, "inbox")).status());
        assertEquals(404, stranger.browser().json("GET", api(tenant, "inbox"), null).statusCode());
        assertEquals(404, stranger.browser().json("POST", api(tenant, "inbox/" + id + "/read"), null).statusCode());
        assertEquals(404, stranger.browser().json("POST", api(other, "inbox/" + id + "/read"), null).statusCode(),
                "through the stranger's own tenant the message does not exist");
        assertEquals(0, inbox(stranger.browser(), other).getInt("total"));
        assertTrue(stranger.browser().get(page(other, "inbox")).shows("暂无消息"));
        HttpResponse<String> anonymous = new Browser(base).json("POST", api(tenant, "inbox/" + id + "/read"), null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("请先登录。", Json.createReader(new StringReader(anonymous.body())).readObject().getString("message"));

        JsonObject still = inbox(member.browser(), tenant);
        assertEquals(1, still.getInt("unread"), "nothing changed");
        assertTrue(unread(still.getJsonArray("notifications").getJsonObject(0)));
        ok(member.browser().json("POST", api(tenant, "inbox/" + id + "/read"), null));
        assertEquals(0, inbox(member.browser(), tenant).getInt("unread"));
        Page trail = tenant.admin().get(page(tenant, "audit/list"));
        assertTrue(trail.shows("notification.read"), "marking read is on the audit trail");
    }

    @Test
    void aDeadlineReminderReachesEachMemberOnceHoweverOftenTheJobRuns() throws Exception {
        TestTenant tenant = visitors.newTenant(Visitors.THREE_TYPES);
        LocalDate closes = declarationClosingIn(tenant, 2);
        Member first = member(tenant, unit(tenant), true);
        Member second = member(tenant, unit(tenant), true);

        CompletableFuture<Page> one = CompletableFuture.supplyAsync(() -> new Browser(base).post("it/reminders", Map.of()));
        CompletableFuture<Page> two = CompletableFuture.supplyAsync(() -> new Browser(base).post("it/reminders", Map.of()));
        assertEquals(200, one.join().status(), one.join().html());
        assertEquals(200, two.join().status(), two.join().html());
        assertEquals(200, new Browser(base).post("it/reminders", Map.of()).status());

        String reminder = "“项目申报”将于" + closes.getYear() + "年" + closes.getMonthValue() + "月" + closes.getDayOfMonth()
                + "日截止，还有 2 天，请抓紧办理";
        for (Member member : List.of(first, second)) {
            JsonObject inbox = inbox(member.browser(), tenant);
            assertEquals(List.of(reminder), texts(inbox), inbox.toString());
            JsonObject item = inbox.getJsonArray("notifications").getJsonObject(0);
            assertEquals("reminder", item.getString("key"));
            assertEquals(List.of("DECLARATION", closes.toString(), "2"), item.getJsonArray("arguments").getValuesAs(JsonString::getString));
            assertTrue(member.browser().get(page(tenant, "inbox")).shows(reminder));
            List<MimeMessage> mails = mailsTo(member.email(), 1);
            assertEquals("【" + tenant.name() + "】" + reminder + " / Project declaration closes on " + closes.getDayOfMonth() + " "
                    + closes.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + closes.getYear()
                    + ": 2 days left", subject(mails.get(0)));
            assertTrue(((String) mails.get(0).getContent()).contains("登录平台办理：" + PUBLIC_URL + "/t/" + tenant.code() + "/"));
        }
        assertEquals(0, inbox(tenant.admin(), tenant).getInt("total"), "admins hand nothing in");
        try (Connection sql = AppSql.connect()) {
            AppSql.setTenant(sql, AppSql.tenantId(sql, tenant.code()));
            assertEquals(1, AppSql.single(sql, "select count(*) from reminder_sent"), "claimed once");
            assertEquals(1, AppSql.single(sql, "select count(*) from audit_record where action = 'reminder.send'"));
            sql.rollback();
        }
    }

    @Test
    void ofServersTryingAJobsSlotAtOnceOneRunsIt() throws Exception {
        String job = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> lease = Map.of("job", job);
        CompletableFuture<Page> one = CompletableFuture.supplyAsync(() -> new Browser(base).post("it/job-lease", lease));
        CompletableFuture<Page> two = CompletableFuture.supplyAsync(() -> new Browser(base).post("it/job-lease", lease));
        assertEquals(List.of("lost", "won"), List.of(one.join().html(), two.join().html()).stream().sorted().toList());
        assertEquals("lost", new Browser(base).post("it/job-lease", lease).html(), "the slot stays taken");

        try (Connection sql = AppSql.connect()) {
            assertEquals(1, AppSql.single(sql, "select count(*) from job_lease where job = '" + job + "'"), "one lease a slot");
            assertEquals(3, AppSql.single(sql, "select attempts from job_lease where job = '" + job + "'"));
            assertEquals(1, AppSql.single(sql, "select count(*) from job_lease where job = '" + job
                    + "' and slot = date_trunc('hour', clock_timestamp())"), "the slot is the database clock's hour");
            sql.rollback();
            long tried = AppSql.single(sql, "select coalesce(sum(attempts), 0) from job_lease where job = 'reminders'");
            sql.rollback();
            long deadline = System.nanoTime() + 20_000_000_000L;
            long now = tried;
            while (now == tried && System.nanoTime() < deadline) {
                Thread.sleep(500);
                now = AppSql.single(sql, "select coalesce(sum(attempts), 0) from job_lease where job = 'reminders'");
                sql.rollback();
            }
            assertTrue(now > tried, "the server's own tick tries the reminders' slot (GONGJIAN_JOB_TICK_SECONDS=2)");
        }
    }

    /** Saves the tenant's calendar with only the declaration window, closing this many days from today. */
    private LocalDate declarationClosingIn(TestTenant tenant, int days) {
        LocalDate today = Visitors.today(tenant);
        Map<String, String> fields = new HashMap<>();
        for (int phase = 0; phase < 9; phase++) {
            fields.put("calendar:windows:" + phase + ":opens_input", phase == 0 ? today.minusDays(5).toString() : "");
            fields.put("calendar:windows:" + phase + ":closes_input", phase == 0 ? today.plusDays(days).toString() : "");
        }
        Page saved = tenant.admin().submitAsShown(tenant.admin().get(page(tenant, "settings/calendar")), "calendar", "save", fields);
        assertTrue(saved.shows("已保存为第 2 版"), saved.html());
        return today.plusDays(days);
    }

    /** A unit member's declaration, drafted, completed and submitted through the API. */
    private long submitted(Member member, TestTenant tenant, String title) {
        HttpResponse<String> draft = member.browser().json("POST", api(tenant, "projects"),
                "{\"title\":\"" + title + "\",\"categoryKey\":\"innovation\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long id = json(draft).getJsonNumber("id").longValue();
        ok(member.browser().json("PUT", api(tenant, "projects/" + id + "/declaration"), declaration(title)));
        ok(member.browser().json("POST", api(tenant, "projects/" + id + "/submit"), null));
        return id;
    }

    private static String declaration(String title) {
        return """
                {"title":"%s","categoryKey":"innovation","importance":"居民议事缺少固定场所","content":"建设社区议事厅",
                 "method":"每月议事一次","steps":[{"description":"选址改造","due":"2099-06-30"}],
                 "budget":[{"item":"桌椅","amount":1200.50}],"measures":"支部书记牵头",
                 "goals":[{"description":"解决社区难题","target":20,"unit":"个"}]}""".formatted(title);
    }

    private long unit(TestTenant tenant) {
        HttpResponse<String> unit = tenant.admin().json("POST", api(tenant, "units"),
                "{\"name\":\"支部" + UUID.randomUUID().toString().substring(0, 8) + "\",\"kind\":\"BRANCH\"}");
        assertEquals(201, unit.statusCode(), unit.body());
        return json(unit).getJsonNumber("id").longValue();
    }

    /** A unit member made by the admin on the accounts page, signed in; with an e-mail address if asked. */
    private Member member(TestTenant tenant, long unit, boolean withEmail) {
        String login = "n-" + UUID.randomUUID().toString().substring(0, 10);
        String email = withEmail ? login + "@unit.portal.test" : "";
        Page created = tenant.admin().submit(tenant.admin().get(page(tenant, "accounts/list")), "account", "create", Map.of("login", login,
                "displayName", "党员", "email", email, "role_input", "UNIT_MEMBER", "unit_input", Long.toString(unit)));
        assertTrue(created.shows("已创建账号 " + login), created.html());
        return new Member(login, email, visitors.firstSignIn(login, created.textOf("issued-password")));
    }

    /** The mails GreenMail received for this address, once there are as many as expected (they go out after the commit). */
    private static List<MimeMessage> mailsTo(String address, int expected) throws InterruptedException {
        List<MimeMessage> received = List.of();
        for (int wait = 0; wait < 300 && received.size() < expected; wait++) {
            Thread.sleep(100);
            received = receivedBy(address);
        }
        Thread.sleep(500);
        received = receivedBy(address);
        assertEquals(expected, received.size(), "mails to " + address);
        return received;
    }

    private static List<MimeMessage> receivedBy(String address) {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            try {
                Address[] to = message.getRecipients(Message.RecipientType.TO);
                if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address))) {
                    mine.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mine;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject inbox(Browser browser, TestTenant tenant) {
        HttpResponse<String> inbox = browser.json("GET", api(tenant, "inbox"), null);
        assertEquals(200, inbox.statusCode(), inbox.body());
        return json(inbox);
    }

    /** JSON-B leaves out what is null. */
    private static boolean unread(JsonObject item) {
        return !item.containsKey("readAt") || item.isNull("readAt");
    }

    private static List<String> texts(JsonObject inbox) {
        return inbox.getJsonArray("notifications").stream().map(n -> n.asJsonObject().getString("text")).toList();
    }

    private static void ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String page(TestTenant tenant, String path) {
        return "t/" + tenant.code() + "/" + path;
    }

    private static String api(TestTenant tenant, String path) {
        return "api/v1/t/" + tenant.code() + "/" + path;
    }

    private record Member(String login, String email, Browser browser) {
    }
}
