package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every JSON endpoint that takes a body, sent a valid sample corrupted every way a hostile client
 * can: not JSON, wrong types, impossible dates, unknown options, NUL and control characters, numbers
 * with huge exponents or ten thousand digits, invalid UTF-8, a body of megabytes. Each answers 400
 * (413 for the size) with a JSON message in the caller's language, and nothing changes. Pages refuse
 * the same input, naming the field, instead of cutting or storing it.
 */
class HostileInputIT extends DeployedPortal {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final String UNREADABLE = "请求内容无法读取";
    private static final String CONTROL = "控制字符";
    private static final String NUMBER = "数字无效";
    private static final String DECLARATION = """
            {"title":"标题","categoryKey":"innovation","importance":"重要性","content":"内容","method":"方法",
             "steps":[{"description":"摸排","due":"%1$s"}],"budget":[{"item":"宣传","amount":3000.00}],
             "measures":"措施","goals":[{"description":"解决难题","target":20,"unit":"个"}]}""";

    @Test
    void everyCorruptedBodyIsRefusedWithAMessageAndChangesNothing() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser admin = tenant.admin();
        Browser unit = visitors.unitMember(tenant);
        String today = Visitors.today(tenant).toString();
        Owned draft = draft(tenant, "草稿");
        Owned submitted = submitted(tenant, "已提交");
        Owned approved = approved(tenant, "已立项");
        Owned underway = underway(tenant, "实施中");
        Owned closing = underway(tenant, "结题中");
        assertEquals(201, admin.json("POST", api(tenant, "projects/" + underway + "/funds/grants"),
                "{\"amount\":5000.00,\"date\":\"" + today + "\",\"purpose\":\"下拨\"}").statusCode());
        long entry = id(underway.unit().json("POST", api(tenant, "projects/" + underway + "/ledger"),
                "{\"kind\":\"TASK\",\"title\":\"事项\",\"owner\":\"李主任\",\"deadline\":\"" + today + "\"}"));
        long visit = id(admin.json("POST", api(tenant, "projects/" + underway + "/visits"),
                "{\"kind\":\"SUPERVISION\",\"visitedOn\":\"" + today + "\",\"findings\":\"发现\",\"feedback\":\"反馈\"}"));
        String figures = "{" + goalKeys(admin, tenant, closing.id()).stream().map(key -> "\"" + key + "\":1")
                .reduce((a, b) -> a + "," + b).orElseThrow() + "}";
        assertEquals(200, closing.unit().json("POST", api(tenant, "projects/" + closing + "/closure"),
                "{\"summary\":\"小结\",\"figures\":" + figures + "}").statusCode());

        List<Endpoint> endpoints = List.of(
                new Endpoint(unit, "POST", "projects", DECLARATION.formatted(today)),
                new Endpoint(draft.unit(), "PUT", "projects/" + draft + "/declaration", DECLARATION.formatted(today)),
                new Endpoint(admin, "POST", "projects/" + submitted + "/return", "{\"reason\":\"请补充\"}"),
                new Endpoint(admin, "POST", "projects/" + submitted + "/reject", "{\"reason\":\"不符合\"}"),
                new Endpoint(admin, "POST", "projects/" + submitted + "/comments", "{\"body\":\"意见\"}"),
                new Endpoint(admin, "POST", "projects/" + approved + "/nomination", "{\"nominated\":true}"),
                new Endpoint(approved.unit(), "PUT", "projects/" + approved + "/responsibility",
                        "{\"leadLeader\":\"王书记\",\"responsiblePerson\":\"李主任\",\"team\":[{\"name\":\"张三\",\"role\":\"联络员\"}]}"),
                new Endpoint(underway.unit(), "POST", "projects/" + underway + "/ledger",
                        "{\"kind\":\"TASK\",\"stage\":\"第1阶段\",\"title\":\"事项\",\"owner\":\"李主任\",\"deadline\":\"" + today
                                + "\",\"measures\":\"措施\"}"),
                new Endpoint(underway.unit(), "PUT", "projects/" + underway + "/ledger/" + entry,
                        "{\"kind\":\"MILESTONE\",\"title\":\"改名\",\"owner\":\"王书记\",\"deadline\":\"" + today + "\"}"),
                new Endpoint(underway.unit(), "POST", "projects/" + underway + "/progress", "{\"body\":\"进展\",\"figures\":" + figures(admin, tenant, underway.id()) + "}"),
                new Endpoint(admin, "POST", "projects/" + underway + "/visits",
                        "{\"kind\":\"GUIDANCE\",\"visitedOn\":\"" + today + "\",\"findings\":\"发现\",\"corrections\":\"整改\",\"feedback\":\"反馈\"}"),
                new Endpoint(underway.unit(), "POST", "projects/" + underway + "/visits/" + visit + "/answer", "{\"answer\":\"已整改\"}"),
                new Endpoint(admin, "POST", "projects/" + underway + "/funds/grants",
                        "{\"amount\":100.50,\"date\":\"" + today + "\",\"purpose\":\"下拨\"}"),
                new Endpoint(underway.unit(), "POST", "projects/" + underway + "/funds/spendings",
                        "{\"amount\":100.50,\"date\":\"" + today + "\",\"purpose\":\"支出\"}"),
                new Endpoint(underway.unit(), "POST", "projects/" + underway + "/closure", "{\"summary\":\"小结\",\"figures\":" + figures + "}"),
                new Endpoint(admin, "POST", "projects/" + closing + "/closure/return", "{\"reason\":\"请补充\"}"),
                new Endpoint(admin, "POST", "units", "{\"name\":\"新支部\",\"kind\":\"BRANCH\",\"secretary\":\"王书记\"}"));

        int sent = attack(tenant, endpoints, () -> state(tenant, admin, List.of(draft, submitted, approved, underway, closing)));
        assertTrue(sent > 400, "sent " + sent);
    }

    @Test
    void everyCorruptedClaimBoardBodyIsRefusedWithAMessageAndChangesNothing() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser admin = tenant.admin();
        LocalDate today = Visitors.today(tenant);
        long board = id(admin.json("POST", api(tenant, "boards"),
                "{\"year\":" + today.getYear() + ",\"title\":\"认领\",\"mode\":\"CONFIRM\",\"categoryKey\":\"innovation\"}"));
        long sector = id(admin.json("POST", api(tenant, "boards/" + board + "/sectors"), "{\"name\":\"社区服务\",\"position\":1}"));
        String item = """
                {"sectorId":%d,"title":"助餐","need":"老人吃饭难","expectedResults":"有饭吃","offer":"场地","offeredFunds":20000.00,
                 "contact":"党建办","capacity":2,"opensAt":"%sT09:00:00","closesAt":"%sT17:00:00"}""".formatted(sector,
                today.minusDays(1), today.plusDays(10));
        long itemId = id(admin.json("POST", api(tenant, "boards/" + board + "/items"), item));
        assertEquals(200, admin.json("POST", api(tenant, "items/" + itemId + "/publish"), null).statusCode());
        Browser claimant = visitors.newClaimant(tenant, "共建单位" + UUID.randomUUID().toString().substring(0, 6)).browser();
        String claim = "{\"plan\":\"方案\",\"reasons\":\"理由\",\"partyResources\":\"党员\",\"administrativeResources\":\"场地\","
                + "\"enterpriseResources\":\"车辆\"}";
        long claimId = id(claimant.json("POST", api(tenant, "items/" + itemId + "/claims"), claim));
        String reason = "{\"reason\":\"理由\"}";
        List<Endpoint> endpoints = List.of(
                new Endpoint(admin, "PUT", "boards/" + board, "{\"title\":\"认领\",\"mode\":\"CONFIRM\",\"categoryKey\":\"innovation\"}"),
                new Endpoint(admin, "POST", "boards/" + board + "/sectors", "{\"name\":\"交通\",\"position\":2}"),
                new Endpoint(admin, "POST", "boards/" + board + "/items", item),
                new Endpoint(admin, "PUT", "items/" + itemId, item),
                new Endpoint(admin, "POST", "items/" + itemId + "/capacity", "{\"places\":3}"),
                new Endpoint(admin, "POST", "items/" + itemId + "/withdraw", reason),
                new Endpoint(claimant, "POST", "items/" + itemId + "/claims", claim),
                new Endpoint(admin, "POST", "claims/" + claimId + "/refuse", reason));
        int sent = attack(tenant, endpoints, () -> body(admin, api(tenant, "boards")) + body(admin, api(tenant, "boards/" + board + "/sectors"))
                + body(admin, api(tenant, "boards/" + board + "/items")) + body(admin, api(tenant, "items/" + itemId + "/claims")));
        assertTrue(sent > 150, "sent " + sent);
    }

    @Test
    void everyCorruptedCompetitionBidAndScoreBodyIsRefusedWithAMessageAndChangesNothing() throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser admin = tenant.admin();
        Browser host = visitors.host();
        Bidding.Bidder unit = new Bidding.Bidder(tenant, visitors.newUnitMember(tenant));
        Bidding.Bidder other = new Bidding.Bidder(tenant, visitors.newUnitMember(tenant));
        Visitors.Member reviewer = visitors.newMember(tenant, "EVALUATOR", "考评组" + UUID.randomUUID().toString().substring(0, 6));
        Bidding.Organiser theHost = Bidding.Organiser.host(host);
        LocalDate today = Visitors.today(tenant);
        LocalDateTime soon = Bidding.secondsAhead(Bidding.HOST_ZONE, 15);
        LocalDateTime tomorrow = soon.plusDays(1);
        long scored = Bidding.published(theHost, Bidding.terms("评分", "ALL_TENANTS", List.of(), soon, 1, "1000.00"));
        String login = "{\"login\":\"" + reviewer.login() + "\"}";
        assertEquals(200, host.json("POST", theHost.at(scored, "reviewers"), login).statusCode());
        long bid = Bidding.start(unit, scored);
        Bidding.save(unit, bid, Bidding.plan("评分方案", today));
        Bidding.submit(unit, bid);
        assertEquals(200, admin.json("POST", unit.api("bids/" + bid + "/endorse"), null).statusCode());
        String local = Bidding.terms("街道竞标", "OWN_UNITS", List.of(), tomorrow, 1, "1000.00");
        long draft = id(admin.json("POST", api(tenant, "competitions"), local));
        long published = Bidding.published(Bidding.Organiser.of(tenant), local);
        long tenantId;
        try (java.sql.Connection db = Bidding.superuser()) {
            tenantId = AppSql.tenantId(db, tenant.code());
        }
        String city = Bidding.terms("全市竞标", "CHOSEN_TENANTS", List.of(tenantId), tomorrow, 2, "50000.00");
        long chosen = Bidding.published(theHost, city);
        long awaiting = Bidding.start(other, chosen);
        String plan = Bidding.plan("待呈报", today);
        Bidding.save(other, awaiting, plan);
        Bidding.submit(other, awaiting);
        Bidding.waitUntil(Bidding.HOST_ZONE, soon.plusSeconds(1));
        assertEquals(200, host.json("POST", theHost.at(scored, "open"), null).statusCode());
        String override = "{\"login\":\"" + reviewer.login() + "\",\"reason\":\"无工作往来\"}";
        assertEquals(200, host.json("POST", theHost.at(scored, "bids/" + bid + "/override"), override).statusCode());
        String scores = "{\"scores\":[{\"criterion\":\"quality\",\"points\":8.5,\"note\":\"可行\"},"
                + "{\"criterion\":\"effect\",\"points\":70,\"note\":\"有成效\"}]}";

        List<Endpoint> endpoints = List.of(
                new Endpoint(admin, "POST", "competitions", local),
                new Endpoint(admin, "PUT", "competitions/" + draft, local),
                new Endpoint(admin, "POST", "competitions/" + published + "/cancel", "{\"reason\":\"条件变化\"}"),
                new Endpoint(admin, "POST", "competitions/" + draft + "/reviewers", login),
                new Endpoint(host, "POST", theHost.path(), city),
                new Endpoint(host, "PUT", theHost.at(chosen, ""), withoutCriteria(city)),
                new Endpoint(host, "POST", theHost.at(scored, "bids/" + bid + "/override"), override),
                new Endpoint(other.browser(), "PUT", "bids/" + awaiting, plan),
                new Endpoint(admin, "POST", "bids/" + awaiting + "/return", "{\"reason\":\"请补充\"}"),
                new Endpoint(reviewer.browser(), "PUT", "api/v1/reviews/" + scored + "/bids/" + bid, scores));
        int sent = attack(tenant, endpoints, () -> body(admin, api(tenant, "competitions")) + body(admin, api(tenant, "competitions/" + draft))
                + body(admin, api(tenant, "competitions/" + draft + "/reviewers")) + body(admin, api(tenant, "bids"))
                + body(other.browser(), api(tenant, "bids/" + awaiting)) + body(host, theHost.path())
                + body(host, theHost.at(chosen, "")) + body(host, theHost.at(scored, "ranking"))
                + body(reviewer.browser(), "api/v1/reviews/" + scored));
        assertTrue(sent > 400, "sent " + sent);
    }

    @Test
    void everyCorruptedEvaluationBodyIsRefusedWithAMessageAndChangesNothing() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser admin = tenant.admin();
        Visitors.Member unit = visitors.newUnitMember(tenant);
        Visitors.Member evaluator = visitors.newMember(tenant, "EVALUATOR", "考评组" + UUID.randomUUID().toString().substring(0, 6));
        long project = AcceptedProjects.accepted(tenant, unit.browser(), "考评");
        int year = Visitors.today(tenant).getYear();
        String evaluation = "evaluations/" + year;
        assertEquals(201, admin.json("POST", api(tenant, evaluation), null).statusCode());
        assertEquals(200, admin.json("PUT", api(tenant, evaluation + "/projects/" + project + "/evaluators/" + evaluator.login()), null)
                .statusCode());
        String points = "{\"points\":[{\"criterion\":\"social-benefit\",\"points\":80.5},{\"criterion\":\"demonstration-effect\",\"points\":70},"
                + "{\"criterion\":\"mechanism-innovation\",\"points\":90},{\"criterion\":\"member-participation\",\"points\":60},"
                + "{\"criterion\":\"public-satisfaction\",\"points\":100}],\"note\":\"说明\"";
        String self = points + "}";
        String sheet = points + ",\"listened\":\"听取汇报\",\"looked\":\"实地查看\",\"checked\":\"查阅台账\",\"asked\":\"走访居民\"}";
        assertEquals(200, unit.browser().json("PUT", api(tenant, "self-evaluations/" + project), self).statusCode());
        HttpResponse<String> scored = evaluator.browser().json("PUT", api(tenant, "assessments/" + project), sheet);
        assertEquals(200, scored.statusCode(), scored.body());
        Supplier<String> state = () -> body(unit.browser(), api(tenant, "self-evaluations/" + project))
                + body(evaluator.browser(), api(tenant, "assessments/" + project))
                + body(admin, api(tenant, evaluation + "/projects/" + project));
        int sent = attack(tenant, List.of(new Endpoint(unit.browser(), "PUT", "self-evaluations/" + project, self),
                new Endpoint(evaluator.browser(), "PUT", "assessments/" + project, sheet)), state);
        assertEquals(200, admin.json("POST", api(tenant, evaluation + "/close"), null).statusCode());
        long sheetId = Json.createReader(new StringReader(body(evaluator.browser(), api(tenant, "assessments/" + project)))).readObject()
                .getJsonObject("mine").getJsonNumber("id").longValue();
        String correction = points + ",\"reason\":\"复核后更正\"}";
        sent += attack(tenant, List.of(new Endpoint(admin, "POST", evaluation + "/sheets/" + sheetId + "/corrections", correction)), state);
        assertTrue(sent > 150, "sent " + sent);
    }

    @Test
    void refusalsAreInTheCallersLanguageAndJaxRsOwnRefusalsAreJson() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Owned underway = underway(tenant, "语言");
        Browser unit = underway.unit();
        String spendings = api(tenant, "projects/" + underway + "/funds/spendings");

        HttpResponse<String> chinese = unit.json("POST", spendings, "{\"amount\":1e-999999999,\"date\":\"2026-01-05\",\"purpose\":\"x\"}");
        assertEquals(400, chinese.statusCode(), chinese.body());
        assertTrue(message(chinese).startsWith("数字无效：须为最多 15 位整数、6 位小数的数字。"), chinese.body());
        unit.get("lang?to=en&back=/");
        HttpResponse<String> english = unit.json("POST", spendings, "{\"amount\":1e-999999999,\"date\":\"2026-01-05\",\"purpose\":\"x\"}");
        assertEquals(400, english.statusCode(), english.body());
        assertEquals("Invalid number: at most 15 digits before the point and 6 after.", message(english));
        HttpResponse<String> notJson = unit.json("POST", spendings, "not json");
        assertTrue(message(notJson).startsWith("The request body cannot be read"), notJson.body());
        HttpResponse<String> tooFine = unit.json("POST", spendings, "{\"amount\":0.001,\"date\":\"2026-01-05\",\"purpose\":\"x\"}");
        assertEquals("Amounts have at most two decimal places (fen); got 0.001.", message(tooFine));

        HttpResponse<String> notANumber = unit.json("GET", api(tenant, "projects/abc"), null);
        assertEquals(404, notANumber.statusCode());
        assertEquals("error.notFound", json(notANumber).getString("error"));
        for (String query : List.of("status=NOPE", "first=abc", "size=1e999999999", "year=99999999999", "unit=x")) {
            HttpResponse<String> refused = unit.json("GET", api(tenant, "projects?" + query), null);
            assertTrue(refused.statusCode() == 400 || refused.statusCode() == 404, query + " " + refused.statusCode());
            assertTrue(message(refused).length() > 0, query);
        }
        HttpResponse<String> deep = unit.json("POST", spendings, "{\"x\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}");
        assertEquals(400, deep.statusCode(), deep.body());
        HttpResponse<String> nul = unit.json("GET", api(tenant, "projects?category=%00"), null);
        assertEquals(400, nul.statusCode(), nul.body());
        assertEquals("text.control", json(nul).getString("error"));
        HttpResponse<String> plainText = unit.send("POST", spendings, "amount=1".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(415, plainText.statusCode(), plainText.body());
        assertEquals("The request body must be application/json, sent with the header Content-Type: application/json.", message(plainText));
        assertEquals(0, json(unit.json("GET", api(tenant, "projects/" + underway + "/funds"), null)).getJsonArray("entries").size());
    }

    @Test
    void aHugeBodyIsRefusedWithoutBeingReadWhetherItsLengthIsDeclaredOrNot() throws IOException {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Owned underway = underway(tenant, "大请求");
        String path = URI.create(base.toString()).resolve(api(tenant, "projects/" + underway + "/funds/spendings")).getPath();
        String declared = rawPost(underway.unit(), path, "Content-Length: " + 10 * 1024 * 1024, 64 * 1024);
        assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
        assertTrue(declared.contains("请求内容过大，不能超过 1,024 KB。"), declared);
        String chunked = rawPost(underway.unit(), path, "Transfer-Encoding: chunked", 2 * 1024 * 1024);
        assertTrue(chunked.startsWith("HTTP/1.1 413"), chunked);
        assertEquals(0, json(tenant.admin().json("GET", api(tenant, "projects/" + underway + "/funds"), null))
                .getJsonArray("entries").size());
    }

    /**
     * Sends the head of a JSON post and this many bytes of a body that never ends, then reads the
     * answer: a client that waited for the whole body to be read would hang here.
     */
    private String rawPost(Browser who, String path, String lengthHeader, int sent) throws IOException {
        URI portal = URI.create(base.toString());
        boolean chunked = lengthHeader.startsWith("Transfer-Encoding");
        try (Socket socket = new Socket(portal.getHost(), portal.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + portal.getHost() + ":" + portal.getPort()
                    + "\r\nCookie: " + who.cookieHeader() + "\r\nX-Requested-With: XMLHttpRequest"
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n" + lengthHeader
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                writeBody(out, "{\"purpose\":\"".getBytes(StandardCharsets.US_ASCII), chunked);
                byte[] block = "x".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
                for (int written = 0; written < sent; written += block.length) {
                    writeBody(out, block, chunked);
                }
                out.flush();
            } catch (IOException closedByTheServer) {
                // the server may answer and close before the client has written all it meant to
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            // the answer ends with its JSON refusal; the connection may stay open for more
            while (!answer.toString(StandardCharsets.UTF_8).endsWith("]}")) {
                int read = socket.getInputStream().read(buffer);
                if (read < 0) {
                    break;
                }
                answer.write(buffer, 0, read);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void writeBody(OutputStream out, byte[] part, boolean chunked) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(part.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(part);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void pagesRefuseWhatTheApiRefusesNamingTheFieldAndKeepNothing() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser unit = visitors.unitMember(tenant);

        Page form = unit.get("t/" + tenant.code() + "/projects/declare");
        Element title = Jsoup.parse(form.html()).getElementById("declaration:title");
        assertFalse(title.hasAttr("maxlength"), "the browser would cut a longer title without a word: " + title);
        Page overlong = unit.submitAsShown(form, "declaration", "save",
                Map.of("declaration:title", "长".repeat(201), "declaration:category_input", "innovation"));
        assertTrue(overlong.shows("“项目名称”不能超过 200 个字。"), overlong.html());
        Page nul = unit.submitAsShown(form, "declaration", "save",
                Map.of("declaration:title", "社区\u0000议事厅", "declaration:category_input", "innovation"));
        assertTrue(nul.shows("项目名称：含有不允许的控制字符（如 NUL），请删除后再提交。"), nul.html());
        Page newline = unit.submitAsShown(form, "declaration", "save",
                Map.of("declaration:title", "社区\n议事厅", "declaration:category_input", "innovation"));
        assertTrue(newline.shows("项目名称：含有不允许的控制字符"), "a title is one line: " + newline.html());
        Page hugeAmount = unit.submitAsShown(form, "declaration", "save", Map.of("declaration:title", "社区议事厅",
                "declaration:category_input", "innovation", "declaration:budget:0:item", "桌椅",
                "declaration:budget:0:amount", "1e-999999999"));
        assertEquals(200, hugeAmount.status());
        assertTrue(hugeAmount.shows("投资概算") && hugeAmount.shows("请输入数字"), hugeAmount.html());
        assertEquals(0, json(unit.json("GET", api(tenant, "projects"), null)).getJsonNumber("total").longValue());

        Owned underway = underway(tenant, "页面");
        Page funds = tenant.admin().get("t/" + tenant.code() + "/projects/funds?id=" + underway);
        String today = Visitors.today(tenant).toString();
        for (String hostile : List.of("1e-999999999", "1e999999999", "9".repeat(10_000))) {
            Page refused = tenant.admin().submit(funds, "fund", "grant", Map.of("amount", hostile, "date_input", today, "purpose", "下拨"));
            assertEquals(200, refused.status(), hostile);
            assertTrue(refused.shows("请填写金额，如 12345.60。"), hostile + "\n" + refused.html());
        }
        Page sub = tenant.admin().submit(funds, "fund", "grant", Map.of("amount", "0.001", "date_input", today, "purpose", "下拨"));
        assertTrue(sub.shows("金额最多精确到分（两位小数），收到 0.001。"), sub.html());
        Page control = tenant.admin().submit(funds, "fund", "grant", Map.of("amount", "10", "date_input", today, "purpose", "下\u0007拨"));
        assertTrue(control.shows("含有不允许的控制字符"), control.html());
        assertEquals(0, json(tenant.admin().json("GET", api(tenant, "projects/" + underway + "/funds"), null))
                .getJsonArray("entries").size());

        String scheme = "t/" + tenant.code() + "/settings/scheme";
        Page weights = tenant.admin().submitAsShown(tenant.admin().get(scheme), "scheme", "save",
                Map.of("scheme:channels:0:weight", "1e-999999999"));
        assertEquals(200, weights.status());
        assertTrue(weights.shows("请输入数字"), weights.html());
        assertFalse(weights.shows("已保存为第"), "nothing saved");
    }

    @Test
    void overlongTextOnPagesIsRefusedNamingTheFieldNeverCut() {
        TestTenant tenant = visitors.newTenant();
        Browser admin = tenant.admin();
        Browser host = visitors.host();
        Visitors.Member member = visitors.newUnitMember(tenant);
        String claimants = "t/" + tenant.code() + "/claimants/list";
        String accounts = "t/" + tenant.code() + "/accounts/list";
        for (Page page : List.of(admin.get(claimants), admin.get(accounts), admin.get("t/" + tenant.code() + "/audit/list"),
                member.browser().get("account/password.xhtml"), host.get("host/tenants/new.xhtml"), new Browser(base).get("login.xhtml"))) {
            assertEquals(List.of(), Jsoup.parse(page.html()).select("input[maxlength]").eachAttr("id"),
                    "the browser would cut longer text without a word on " + page.uri());
        }

        Page longName = admin.submit(admin.get(claimants), "claimant", "create",
                Map.of("name", "共".repeat(101), "kind_input", "ENTERPRISE", "contactPerson", "", "contactPhone", ""));
        assertTrue(longName.shows("“共建单位名称”不能超过 100 个字。"), longName.html());
        Page longContact = admin.submit(admin.get(claimants), "claimant", "create",
                Map.of("name", "新桥物业", "kind_input", "ENTERPRISE", "contactPerson", "联".repeat(51), "contactPhone", ""));
        assertTrue(longContact.shows("“联系人”不能超过 50 个字。"), longContact.html());
        assertFalse(admin.get(claimants).shows("新桥物业"), "nothing registered");

        HttpResponse<String> unit = admin.json("POST", api(tenant, "units"), "{\"name\":\"长名支部\",\"kind\":\"BRANCH\"}");
        assertEquals(201, unit.statusCode(), unit.body());
        String unitId = Long.toString(id(unit));
        Page longDisplayName = admin.submit(admin.get(accounts), "account", "create", Map.of("login", "long-name",
                "displayName", "王".repeat(101), "email", "", "role_input", "UNIT_MEMBER", "unit_input", unitId));
        assertTrue(longDisplayName.shows("“姓名”不能超过 100 个字。"), longDisplayName.html());
        Page longEmail = admin.submit(admin.get(accounts), "account", "create", Map.of("login", "long-email",
                "displayName", "王丽", "email", "a".repeat(189) + "@example.org", "role_input", "UNIT_MEMBER", "unit_input", unitId));
        assertTrue(longEmail.shows("“电子邮箱”不能超过 200 个字。"), longEmail.html());
        Page accountList = admin.get(accounts);
        assertFalse(accountList.shows("long-name") || accountList.shows("long-email"), "no account created");

        String code = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, String> tenantForm = Map.of("code", code, "nameZh", "长名党委", "nameEn", "E".repeat(201),
                "kind_input", "STREET", "template_input", Visitors.THREE_TYPES,
                "adminLogin", "admin-" + code, "adminName", "管理员", "adminEmail", "");
        Page longEnglish = host.submit(host.get("host/tenants/new.xhtml"), "tenant", "create", tenantForm);
        assertEquals(200, longEnglish.status());
        assertTrue(longEnglish.shows("“英文名称”不能超过 200 个字。"), longEnglish.html());
        Browser englishHost = visitors.host();
        englishHost.get("lang?to=en&back=/");
        Page inEnglish = englishHost.submit(englishHost.get("host/tenants/new.xhtml"), "tenant", "create", tenantForm);
        assertTrue(inEnglish.shows("&quot;English name&quot; may have at most 200 characters.")
                || inEnglish.shows("\"English name\" may have at most 200 characters."), inEnglish.html());
        assertFalse(host.json("GET", "api/v1/host/tenants", null).body().contains(code), "no tenant created");

        String pasted = "Pasted-pass-2026-".repeat(9).substring(0, 150);
        Page longPassword = member.browser().submit(member.browser().get("account/password.xhtml"), "password", "save",
                Map.of("current", Visitors.CHOSEN_PASSWORD, "chosen", pasted, "repeated", pasted));
        assertTrue(longPassword.shows("新密码不能超过 128 个字符。"), longPassword.html());
        Page cut = new Browser(base).signIn(member.login(), pasted.substring(0, 128));
        assertTrue(cut.shows("登录名或密码不正确。"), "no password was stored, cut or whole: " + cut.html());
        Page kept = new Browser(base).signIn(member.login(), Visitors.CHOSEN_PASSWORD);
        assertTrue(kept.uri().getPath().contains("/t/"), "the password stays as it was: " + kept.uri());

        Page overlongSignIn = new Browser(base).signIn("l".repeat(300), "p".repeat(300));
        assertEquals(200, overlongSignIn.status());
        assertTrue(overlongSignIn.shows("登录名或密码不正确。"), overlongSignIn.html());

        Page audit = admin.get("t/" + tenant.code() + "/audit/list");
        Page filtered = admin.submit(audit, "filter", "apply", Map.of("from_input", "", "until_input", "",
                "actor", tenant.adminLogin() + "x".repeat(300), "action", "account".repeat(40)));
        assertEquals(200, filtered.status());
        assertTrue(filtered.shows("没有符合条件的记录。"), filtered.html());
    }

    /** The terms of a published competition as its organiser changes them: its criteria are frozen and left out. */
    private static String withoutCriteria(String terms) {
        return Json.createObjectBuilder(Json.createReader(new StringReader(terms)).readObject()).remove("criteria").build().toString();
    }

    /** What an endpoint answered wrongly to a corruption, or null when it refused it as it should. */
    private static String problem(HttpResponse<String> response, Corruption corruption) {
        if (response.statusCode() != 400) {
            return "status " + response.statusCode() + " " + shortened(response.body());
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return "not JSON: " + shortened(response.body());
        }
        String message;
        try {
            message = Json.createReader(new StringReader(response.body())).readObject().getString("message");
        } catch (RuntimeException e) {
            return "no message: " + shortened(response.body());
        }
        if (!CHINESE.matcher(message).find()) {
            return "not in the caller's language: " + message;
        }
        if (corruption.expected() != null && !message.contains(corruption.expected())) {
            return "expected \"" + corruption.expected() + "\", got " + message;
        }
        return null;
    }

    /** The valid body corrupted as a whole, then leaf by leaf according to what the leaf holds. */
    private static List<Corruption> corruptions(String valid) {
        List<Corruption> all = new ArrayList<>();
        all.add(new Corruption("unclosed", utf8("{"), UNREADABLE));
        all.add(new Corruption("not json", utf8("not json"), UNREADABLE));
        all.add(new Corruption("array", utf8("[]"), UNREADABLE));
        all.add(new Corruption("null", utf8("null"), "请求须带 JSON 内容"));
        all.add(new Corruption("empty", new byte[0], null));
        all.add(new Corruption("raw NUL outside strings", utf8(valid.replaceFirst("\\{", "{\u0000")), UNREADABLE));
        all.add(new Corruption("invalid UTF-8", invalidUtf8(valid), "不是有效的 UTF-8"));
        JsonObject sample = Json.createReader(new StringReader(valid)).readObject();
        leaves(sample, "", (path, value) -> {
            String pointer = path;
            if (value instanceof JsonString text) {
                String s = text.getString();
                boolean option = s.matches("[A-Z_]+") || pointer.endsWith("/categoryKey") || pointer.endsWith("/key")
                        || pointer.endsWith("/criterion");
                boolean date = s.matches("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2})?");
                all.add(leaf(valid, pointer, "wrong type", "{\"x\":1}", UNREADABLE));
                all.add(leaf(valid, pointer, "raw NUL", "\"" + s + "\u0000\"", UNREADABLE));
                all.add(leaf(valid, pointer, "raw line feed", "\"" + s + "\n\"", UNREADABLE));
                if (date) {
                    all.add(leaf(valid, pointer, "impossible date", "\"2026-13-45\"", UNREADABLE));
                } else if (option) {
                    all.add(leaf(valid, pointer, "unknown option", "\"NOPE\"", null));
                    all.add(leaf(valid, pointer, "escaped NUL in an option", "\"" + s + "\\u0000\"", null));
                } else {
                    all.add(leaf(valid, pointer, "escaped NUL", "\"" + s + "\\u0000\"", CONTROL));
                    all.add(leaf(valid, pointer, "escaped escape", "\"\\u001b[31m" + s + "\"", CONTROL));
                }
            } else if (value.getValueType() == JsonValue.ValueType.NUMBER) {
                all.add(leaf(valid, pointer, "letters", "\"abc\"", NUMBER));
                all.add(leaf(valid, pointer, "1e-999999999", "1e-999999999", NUMBER));
                all.add(leaf(valid, pointer, "1e999999999", "1e999999999", NUMBER));
                all.add(leaf(valid, pointer, "1e-999999999 as a string", "\"1e-999999999\"", NUMBER));
                all.add(leaf(valid, pointer, "ten thousand digits", "1".repeat(10_000), NUMBER));
                all.add(leaf(valid, pointer, "seven decimals", "0.0000001", NUMBER));
                all.add(leaf(valid, pointer, "thirteen digits", "1234567890123", null));
                all.add(leaf(valid, pointer, "too many decimals", "1.001", null));
                all.add(leaf(valid, pointer, "negative", "-5", null));
                all.add(leaf(valid, pointer, "wrong type", "{\"x\":1}", NUMBER));
            } else if (value.getValueType() == JsonValue.ValueType.TRUE) {
                all.add(leaf(valid, pointer, "wrong type", "{\"x\":1}", UNREADABLE));
            } else if (value instanceof JsonArray) {
                all.add(leaf(valid, pointer, "a string for a list", "\"x\"", UNREADABLE));
                all.add(leaf(valid, pointer, "a list of null", "[null]", null));
            }
        });
        return all;
    }

    private static Corruption leaf(String valid, String pointer, String name, String replacement, String expected) {
        JsonObject sample = Json.createReader(new StringReader(valid)).readObject();
        String marker = "\"@@" + UUID.randomUUID() + "@@\"";
        JsonObject marked = Json.createPointer(pointer).replace(sample, Json.createValue(marker.substring(1, marker.length() - 1)));
        return new Corruption(name + " at " + pointer, utf8(marked.toString().replace(marker, replacement)), expected);
    }

    private static void leaves(JsonValue value, String path, java.util.function.BiConsumer<String, JsonValue> each) {
        if (value instanceof JsonObject object) {
            object.forEach((key, child) -> leaves(child, path + "/" + key, each));
        } else if (value instanceof JsonArray array) {
            each.accept(path, value);
            for (int i = 0; i < array.size(); i++) {
                leaves(array.get(i), path + "/" + i, each);
            }
        } else {
            each.accept(path, value);
        }
    }

    private static byte[] invalidUtf8(String valid) {
        int quote = valid.indexOf("\":\"") + 3;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(valid.substring(0, quote).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        bytes.writeBytes(valid.substring(quote).getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /**
     * Sends every endpoint its body corrupted every way; each must be refused with a message in the
     * caller's language and leave the state as it was. Returns how many requests were sent.
     */
    private static int attack(TestTenant tenant, List<Endpoint> endpoints, Supplier<String> state) {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Endpoint endpoint : endpoints) {
            String before = state.get();
            for (Corruption corruption : corruptions(endpoint.body())) {
                HttpResponse<String> response = endpoint.who().send(endpoint.method(),
                        endpoint.path().startsWith("api/") ? endpoint.path() : api(tenant, endpoint.path()), corruption.body(), "application/json");
                sent++;
                String problem = problem(response, corruption);
                if (problem != null) {
                    failures.add(endpoint.method() + " " + endpoint.path() + " " + corruption.name() + ": " + problem);
                }
            }
            String after = state.get();
            if (!before.equals(after)) {
                failures.add(endpoint.method() + " " + endpoint.path() + " changed what is stored:\n" + before + "\n" + after);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " refused wrongly:\n" + String.join("\n", failures));
        return sent;
    }

    /** Everything a corrupted request could have changed: the projects, their records and timelines, the units. */
    private static String state(TestTenant tenant, Browser admin, List<Owned> projects) {
        StringBuilder state = new StringBuilder(body(admin, api(tenant, "projects"))).append(body(admin, api(tenant, "units")));
        for (Owned project : projects) {
            for (String part : List.of("", "/timeline", "/comments", "/ledger", "/progress", "/visits", "/funds")) {
                state.append('\n').append(body(project.unit(), api(tenant, "projects/" + project + part)));
            }
        }
        return state.toString();
    }

    private static String body(Browser who, String path) {
        HttpResponse<String> response = who.json("GET", path, null);
        assertEquals(200, response.statusCode(), path + " " + response.body());
        return response.body();
    }

    /** A project in the state named, declared by a unit of its own (a unit declares two a year). */
    private Owned draft(TestTenant tenant, String title) {
        Browser unit = visitors.unitMember(tenant);
        HttpResponse<String> created = unit.json("POST", api(tenant, "projects"),
                "{\"title\":\"" + title + UUID.randomUUID().toString().substring(0, 6) + "\",\"categoryKey\":\"innovation\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = id(created);
        String due = Visitors.today(tenant).withMonth(12).withDayOfMonth(31).toString();
        HttpResponse<String> saved = unit.json("PUT", api(tenant, "projects/" + id + "/declaration"),
                DECLARATION.formatted(due).replace("\"标题\"", "\"" + title + id + "\""));
        assertEquals(200, saved.statusCode(), saved.body());
        return new Owned(id, unit);
    }

    private Owned submitted(TestTenant tenant, String title) {
        Owned project = draft(tenant, title);
        HttpResponse<String> submitted = project.unit().json("POST", api(tenant, "projects/" + project + "/submit"), null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        return project;
    }

    private Owned approved(TestTenant tenant, String title) {
        Owned project = submitted(tenant, title);
        HttpResponse<String> approved = tenant.admin().json("POST", api(tenant, "projects/" + project + "/approve"), null);
        assertEquals(200, approved.statusCode(), approved.body());
        return project;
    }

    private Owned underway(TestTenant tenant, String title) {
        Owned project = approved(tenant, title);
        HttpResponse<String> fixed = project.unit().json("PUT", api(tenant, "projects/" + project + "/responsibility"),
                "{\"leadLeader\":\"王书记\",\"responsiblePerson\":\"李主任\",\"team\":[{\"name\":\"张三\",\"role\":\"联络员\"}]}");
        assertEquals(200, fixed.statusCode(), fixed.body());
        return project;
    }

    private static List<String> goalKeys(Browser admin, TestTenant tenant, long id) {
        return json(admin.json("GET", api(tenant, "projects/" + id), null)).getJsonObject("declaration").getJsonArray("goals")
                .getValuesAs(JsonObject.class).stream().map(goal -> goal.getString("key")).toList();
    }

    private static String figures(Browser admin, TestTenant tenant, long id) {
        return "{" + goalKeys(admin, tenant, id).stream().map(key -> "\"" + key + "\":3").reduce((a, b) -> a + "," + b).orElseThrow() + "}";
    }

    private static long id(HttpResponse<String> response) {
        return json(response).getJsonNumber("id").longValue();
    }

    private static String message(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject().getString("message");
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 500, response.statusCode() + " " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String shortened(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String api(TestTenant tenant, String path) {
        return "api/v1/t/" + tenant.code() + "/" + path;
    }

    /** A project and the member of the unit that declared it; shown in a path as its id. */
    private record Owned(long id, Browser unit) {

        @Override
        public String toString() {
            return Long.toString(id);
        }
    }

    /** A call with a valid body; its path is under the tenant's API unless it starts with {@code api/}. */
    private record Endpoint(Browser who, String method, String path, String body) {
    }

    /** A corrupted body and a part of the message its refusal must show (any message when null). */
    private record Corruption(String name, byte[] body, String expected) {
    }
}
