package org.gongjian.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * The public claim board as anyone meets it, without signing in: what it shows and hides, that
 * it gives nobody a session, and that its kept pages are never stale after a change.
 */
class PublicBoardIT extends DeployedPortal {

    static final String CHINESE_PLACES = "剩余 %d 个名额（共 %d 个）";
    private final HttpClient anonymous = HttpClient.newHttpClient();

    @Test
    void anonymousBoardPagesGiveNoSessionAndShowOnlyWhatIsPublished() throws Exception {
        PublishedBoard board = PublishedBoard.open(visitors);
        long draft = board.item("未发布草稿" + board.tenant().code(), 3, false);
        Visitors.Member unit = visitors.newUnitMember(board.tenant());
        claim(unit, board, "绝密认领方案" + board.tenant().code());
        Page asked = askToJoin(board.tenant(), "申请单位" + board.tenant().code(), "13912345678");
        assertTrue(asked.shows("申请已提交"), asked.html());

        for (String page : new String[] {"board?q=" + URLEncoder.encode(board.itemTitle(), UTF_8), "board/" + board.tenant().code(), "board/" + board.tenant().code() + "/items/" + board.itemId(),
                "board?tenant=" + board.tenant().code()}) {
            HttpResponse<String> shown = get(page);
            assertEquals(200, shown.statusCode(), page);
            assertTrue(shown.headers().firstValue("Set-Cookie").isEmpty(), page + " sets a cookie");
            assertTrue(shown.body().contains(board.itemTitle()), page);
            assertFalse(shown.body().contains("未发布草稿"), page + " shows a draft");
            assertFalse(shown.body().contains("绝密认领方案"), page + " shows a claimant's plan");
            assertFalse(shown.body().contains("13912345678"), page + " shows a phone number");
            assertFalse(shown.body().contains("nonce"), page + " hands out a script nonce");
            assertFalse(shown.headers().firstValue("Content-Security-Policy").orElseThrow().contains("nonce"), page);
        }
        String itemPage = get("board/" + board.tenant().code() + "/items/" + board.itemId()).body();
        assertTrue(itemPage.contains("党群服务中心 8888"), "the committee's contact is public");
        assertTrue(itemPage.contains("/t/" + board.tenant().code() + "/claims/new?item=" + board.itemId()), "an open item offers the claim page");
        assertEquals(404, get("board/" + board.tenant().code() + "/items/" + draft).statusCode(), "a draft has no page");
    }

    @Test
    void anAcceptedClaimShowsOnTheVeryNextRequest() throws Exception {
        PublishedBoard board = PublishedBoard.open(visitors);
        String page = "board/" + board.tenant().code();
        HttpResponse<String> before = get(page);
        assertTrue(before.body().contains(String.format(CHINESE_PLACES, 2, 2)), before.body());
        assertEquals(etag(before), etag(get(page)));

        Visitors.Member unit = visitors.newUnitMember(board.tenant());
        claim(unit, board, "方案");

        HttpResponse<String> after = get(page);
        assertTrue(after.body().contains(String.format(CHINESE_PLACES, 1, 2)), after.body());
        assertNotEquals(etag(before), etag(after));
        assertTrue(get("board/" + board.tenant().code() + "/items/" + board.itemId()).body().contains(String.format(CHINESE_PLACES, 1, 2)));
        assertTrue(get("board?tenant=" + board.tenant().code()).body().contains(String.format(CHINESE_PLACES, 1, 2)));
    }

    @Test
    void aChangeDropsTheKeptPagesOfItsTenantOnly() throws Exception {
        PublishedBoard changed = PublishedBoard.open(visitors);
        PublishedBoard untouched = PublishedBoard.open(visitors);
        String changedPage = "board/" + changed.tenant().code();
        String untouchedPage = "board/" + untouched.tenant().code();
        String untouchedCity = "board?tenant=" + untouched.tenant().code();
        assertEquals(200, get(changedPage).statusCode());
        assertEquals(200, get(untouchedPage).statusCode());
        assertEquals(200, get(untouchedCity).statusCode());
        // behind the portal's back: only a page rendered again can show it
        retitle(untouched, "库中改名" + untouched.tenant().code());
        retitle(changed, "库中改名" + changed.tenant().code());
        assertFalse(get(untouchedCity).body().contains("库中改名"), "pages are kept");
        assertFalse(get(changedPage).body().contains("库中改名"), "pages are kept");

        claim(visitors.newUnitMember(changed.tenant()), changed, "方案");

        assertTrue(get(changedPage).body().contains("库中改名" + changed.tenant().code()), "the changed tenant's page is rendered again");
        String kept = get(untouchedPage).body();
        assertTrue(kept.contains(untouched.itemTitle()), "the other tenant's page is still the kept one");
        assertFalse(kept.contains("库中改名"));
        assertTrue(get(untouchedCity).body().contains("库中改名" + untouched.tenant().code()),
                "the city-wide pages are dropped on any change");
    }

    @Test
    void eachLanguageHasItsOwnPageAndAnUnchangedPageAnswers304() throws Exception {
        PublishedBoard board = PublishedBoard.open(visitors);
        String page = "board/" + board.tenant().code();
        HttpResponse<String> chinese = get(page);
        HttpResponse<String> english = get(page, "Cookie", "gj-lang=en");
        assertTrue(chinese.body().contains(String.format(CHINESE_PLACES, 2, 2)), chinese.body());
        assertTrue(english.body().contains("2 of 2 places left"), english.body());
        assertTrue(english.body().contains("lang=\"en\""));
        assertNotEquals(etag(chinese), etag(english));
        assertTrue(get(page).body().contains(String.format(CHINESE_PLACES, 2, 2)), "the English page is not served to Chinese readers");

        HttpResponse<String> unchanged = get(page, "If-None-Match", etag(chinese));
        assertEquals(304, unchanged.statusCode());
        assertEquals("", unchanged.body());
        assertEquals(200, get(page, "If-None-Match", etag(english)).statusCode(), "another language's tag does not match");
    }

    @Test
    void unknownTenantsItemsAndBadInputAreRefused() throws Exception {
        PublishedBoard board = PublishedBoard.open(visitors);
        String code = board.tenant().code();
        assertEquals(404, get("board/nosuchtenant").statusCode());
        assertEquals(404, get("board/nosuchtenant/join").statusCode());
        assertEquals(404, get("board/" + code + "/items/999999999").statusCode());
        assertEquals(404, get("board/" + code + "/items/" + board.itemId() + "/photos/999999999").statusCode());
        assertEquals(404, get("board/" + code + "/elsewhere").statusCode());
        assertEquals(403, get("public/board/tenant.xhtml").statusCode(), "the views are reached through /board only");

        for (int time = 0; time < 2; time++) {
            HttpResponse<String> badYear = get("board/" + code + "?year=abc");
            assertEquals(400, badYear.statusCode(), "a refusal is never kept and sent as a page");
            assertTrue(badYear.body().contains("年度须在 2000 年至 2100 年之间"), badYear.body());
        }
        HttpResponse<String> longSearch = get("board?q=" + URLEncoder.encode("很".repeat(51), UTF_8));
        assertEquals(400, longSearch.statusCode());
        assertTrue(longSearch.body().contains("“搜索词”不能超过 50 个字"), longSearch.body());
        assertTrue(get("board?q=" + URLEncoder.encode(board.itemTitle(), UTF_8))
                .body().contains(board.itemTitle()), "a Chinese search finds the item");
    }

    @Test
    void aRequestToJoinReachesTheAdminsAndARefusedOneSaysWhy() {
        TestTenant tenant = PublishedBoard.open(visitors).tenant();
        String name = "新申请单位" + tenant.code();
        Page refused = askToJoin(tenant, name, "");
        assertEquals(400, refused.status());
        assertTrue(refused.shows("请至少填写联系电话或电子邮箱中的一项"), refused.html());

        Page sent = askToJoin(tenant, name, "13800001111");
        assertEquals(200, sent.status());
        assertTrue(sent.shows("已收到“" + name + "”的申请"), sent.html());
        assertNull(sent.header("Set-Cookie"), "asking gives no session");
        String pending = tenant.admin().json("GET", "api/v1/t/" + tenant.code() + "/join-requests?status=PENDING", null).body();
        assertTrue(pending.contains(name), pending);
        assertTrue(pending.contains("13800001111"), "the admins see the phone to call back");
    }

    @Test
    void theCityWideBoardShowsOpenItemsFirstAndCountsUpToAThousandHonestly() throws Exception {
        PublishedBoard board = PublishedBoard.open(visitors);
        String code = board.tenant().code();
        String marker = "排序" + code;
        long later = items(board, marker + "后截止", 1, "PUBLISHED", "2 days").get(0);
        List<Long> sameDeadline = items(board, marker + "同截止", 2, "PUBLISHED", "1 day");
        long closedEarly = items(board, marker + "提前结束", 1, "CLOSED", "5 days").get(0);
        long lapsed = items(board, marker + "已过期", 1, "PUBLISHED", "-1 day").get(0);
        long closedLong = items(board, marker + "早已结束", 1, "CLOSED", "-3 days").get(0);
        items(board, marker + "草稿", 1, "DRAFT", "1 day");
        String search = "api/v1/public/boards?tenant=" + code + "&q=" + URLEncoder.encode(marker, UTF_8);

        JsonObject found = json(get(search));
        assertEquals(List.of(sameDeadline.get(1), sameDeadline.get(0), later, closedEarly, lapsed, closedLong), ids(found),
                "open by the soonest deadline, then ended by the latest: " + found);
        assertEquals(6, found.getInt("total"));
        assertFalse(found.getBoolean("more"));
        assertEquals(List.of(later, closedEarly), ids(json(get(search + "&first=2&size=2"))), "a page across the open and the ended");

        items(board, "批量" + code, 1001, "PUBLISHED", "30 days");
        JsonObject many = json(get("api/v1/public/boards?tenant=" + code));
        assertEquals(1000, many.getInt("total"));
        assertTrue(many.getBoolean("more"), many.toString());
        assertEquals(sameDeadline.get(1), ids(many).get(0));
        String chinese = get("board?tenant=" + code).body();
        assertTrue(chinese.contains("超过 1,000 个标的"), chinese);
        assertTrue(chinese.contains("第 1 页") && !chinese.contains("第 1 页，共"), "no page count is made up: " + chinese);
        assertTrue(get("board?tenant=" + code + "&page=2").body().contains("批量" + code), "the next page is there");
        assertTrue(get("board?tenant=" + code, "Cookie", "gj-lang=en").body().contains("More than 1,000 items"));
    }

    /** The member claims the board's item with this plan, through the API. */
    static void claim(Visitors.Member member, PublishedBoard board, String plan) {
        HttpResponse<String> claimed = member.browser().json("POST", "api/v1/t/" + board.tenant().code() + "/items/" + board.itemId() + "/claims",
                "{\"plan\":\"" + plan + "\",\"reasons\":\"就在本社区\",\"partyResources\":\"党员志愿者\"}");
        assertEquals(201, claimed.statusCode(), claimed.body());
    }

    private Page askToJoin(TestTenant tenant, String name, String phone) {
        Browser visitor = new Browser(base);
        Page form = visitor.get("board/" + tenant.code() + "/join");
        assertEquals(200, form.status());
        return visitor.submit(form, "join", "ask", Map.of("name", name, "kind", "ENTERPRISE", "contactPerson", "李经理",
                "contactPhone", phone, "email", "", "reasons", "愿意参与社区共建"));
    }

    /** Items of the board's sector written straight in the database, ids ascending: as many as a test of the count needs. */
    private static List<Long> items(PublishedBoard board, String title, int count, String status, String closesIn) throws SQLException, IOException {
        try (Connection app = AppSql.connect()) {
            AppSql.setTenant(app, AppSql.tenantId(app, board.tenant().code()));
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement insert = app.prepareStatement("""
                    insert into claimable_item (tenant_id, board_id, sector_id, title, need, capacity, opens_at, closes_at, status)
                    select b.tenant_id, b.id, ?, ? || n, '独居老人需要陪伴', 1, now() - interval '30 days', now() + cast(? as interval), ?
                      from claim_board b, generate_series(1, ?) n where b.id = ? order by n returning id""")) {
                insert.setLong(1, board.sectorId());
                insert.setString(2, title);
                insert.setString(3, closesIn);
                insert.setString(4, status);
                insert.setInt(5, count);
                insert.setLong(6, board.boardId());
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            app.commit();
            ids.sort(null);
            return ids;
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    /** Changes an item's title in the database itself, as no page of the portal would, so no change is announced. */
    private static void retitle(PublishedBoard board, String title) throws SQLException, IOException {
        try (Connection app = AppSql.connect()) {
            AppSql.setTenant(app, AppSql.tenantId(app, board.tenant().code()));
            try (PreparedStatement update = app.prepareStatement("update claimable_item set title = ? where id = ?")) {
                update.setString(1, title);
                update.setLong(2, board.itemId());
                assertEquals(1, update.executeUpdate());
            }
            app.commit();
        }
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return anonymous.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }
}
