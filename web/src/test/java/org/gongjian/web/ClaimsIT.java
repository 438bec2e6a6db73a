package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.gongjian.launcher.ItDatabase;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The claim board's API on a real PostgreSQL through the real HTTP endpoints: bursts of claims and
 * confirmations never take more places than an item has nor make two live claims of one
 * organisation, windows open and end by the database's clock, places, withdrawals, releases and
 * withdrawn items behave as the rules say, and other tenants and roles are refused.
 */
class ClaimsIT extends DeployedPortal {

    private static final String CLAIM = "{\"plan\":\"组织党员志愿者每周服务\",\"reasons\":\"就近就便\",\"partyResources\":\"党员 12 名\"}";
    private static final String REASON = "{\"reason\":\"方案与需求不符\"}";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final ExecutorService pool = Executors.newFixedThreadPool(400);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aBurstOfClaimsFromDistinctOrganisationsNeverTakesMoreThanThePlaces() throws Exception {
        Board board = board("FIRST_COME");
        List<String> crowd = crowd(board.tenant(), 300);
        int[] places = {5, 3, 2};
        for (int round = 0; round < 3; round++) {
            List<Long> items = new ArrayList<>();
            for (int place : places) {
                items.add(publishedItem(board, place, LocalDateTime.now().minusYears(1), LocalDateTime.now().plusYears(1)));
            }
            List<Call> calls = new ArrayList<>();
            for (int i = 0; i < crowd.size(); i++) {
                calls.add(new Call(crowd.get(i), "POST", api(board, "items/" + items.get((i + round) % items.size()) + "/claims"), CLAIM));
            }
            List<HttpResponse<String>> answers = atOnce(calls);

            for (int i = 0; i < items.size(); i++) {
                String path = "items/" + items.get(i) + "/claims";
                List<HttpResponse<String>> onItem = answers.stream().filter(a -> a.request().uri().getPath().endsWith(path)).toList();
                assertEquals(100, onItem.size());
                assertEquals(places[i], onItem.stream().filter(a -> a.statusCode() == 201).count(), statuses(onItem));
                assertEquals(100 - places[i], onItem.stream().filter(a -> a.statusCode() == 409).count(), statuses(onItem));
                assertTrue(onItem.stream().filter(a -> a.statusCode() == 409).allMatch(a -> object(a).getString("error").equals("claim.full")
                        && object(a).getString("message").equals("该标的名额已满。")), statuses(onItem));
                onItem.stream().filter(a -> a.statusCode() == 201).forEach(a -> assertTrue(
                        a.headers().firstValue("Location").orElse("").endsWith("/claims/" + object(a).getJsonNumber("id")), a.headers().toString()));
                JsonArray held = array(board.admin().json("GET", api(board, path), null));
                assertEquals(places[i], held.size(), held.toString());
                assertEquals(places[i], held.getValuesAs(JsonObject.class).stream().map(c -> c.getJsonNumber("claimantId").longValue())
                        .distinct().count(), held.toString());
                assertTrue(held.getValuesAs(JsonObject.class).stream().allMatch(c -> c.getString("status").equals("ACCEPTED")));
                JsonObject item = object(board.admin().json("GET", api(board, "items/" + items.get(i)), null));
                assertEquals(places[i], item.getInt("accepted"));
                assertEquals(0, item.getInt("remaining"));
            }
        }
        assertEquals(0, serverErrors, "server errors in the bursts");
    }

    @Test
    void oneOrganisationClaimingTenTimesAtOnceMakesOneClaim() throws Exception {
        Board board = board("FIRST_COME");
        long item = publishedItem(board, 5, LocalDateTime.now().minusYears(1), LocalDateTime.now().plusYears(1));
        String session = crowd(board.tenant(), 1).get(0);
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(new Call(session, "POST", api(board, "items/" + item + "/claims"), CLAIM));
        }
        List<HttpResponse<String>> answers = atOnce(calls);

        assertEquals(1, answers.stream().filter(a -> a.statusCode() == 201).count(), statuses(answers));
        assertEquals(9, answers.stream().filter(a -> a.statusCode() == 200).count(), statuses(answers));
        assertEquals(1, answers.stream().filter(a -> a.statusCode() / 100 == 2).map(a -> object(a).getJsonNumber("id").longValue())
                .distinct().count());
        assertEquals(1, array(board.admin().json("GET", api(board, "items/" + item + "/claims"), null)).size());
        assertEquals(4, object(board.admin().json("GET", api(board, "items/" + item), null)).getInt("remaining"));
    }

    @Test
    void confirmationsAtOnceOnAWeighingBoardNeverExceedThePlaces() throws Exception {
        Board board = board("CONFIRM");
        List<String> crowd = crowd(board.tenant(), 40);
        for (int round = 0; round < 3; round++) {
            long item = publishedItem(board, 3, LocalDateTime.now().minusYears(1), LocalDateTime.now().plusYears(1));
            List<Call> claims = crowd.stream().map(s -> new Call(s, "POST", api(board, "items/" + item + "/claims"), CLAIM)).toList();
            List<HttpResponse<String>> claimed = atOnce(claims);
            assertEquals(crowd.size(), claimed.stream().filter(a -> a.statusCode() == 201
                    && object(a).getString("status").equals("PENDING")).count(), statuses(claimed));
            List<HttpResponse<String>> pending = claimed.stream().filter(a -> a.statusCode() == 201).toList();
            String admin = board.admin().cookieHeader();
            List<Call> confirmations = pending.stream()
                    .map(a -> new Call(admin, "POST", api(board, "claims/" + object(a).getJsonNumber("id") + "/confirm"), null)).toList();
            List<HttpResponse<String>> decided = atOnce(confirmations);

            assertEquals(3, decided.stream().filter(a -> a.statusCode() == 200).count(), statuses(decided));
            assertEquals(pending.size() - 3, decided.stream().filter(a -> a.statusCode() == 409).count(), statuses(decided));
            JsonArray claimsOfItem = array(board.admin().json("GET", api(board, "items/" + item + "/claims"), null));
            assertEquals(3, claimsOfItem.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("status").equals("ACCEPTED")).count());
            assertEquals(pending.size() - 3, claimsOfItem.getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("status").equals("PENDING")).count());
            assertEquals(3, object(board.admin().json("GET", api(board, "items/" + item), null)).getInt("accepted"));
        }
        assertEquals(0, serverErrors, "server errors in the bursts");
    }

    @Test
    void claimingOpensAndEndsByTheDatabaseClock() throws Exception {
        Board board = board("FIRST_COME");
        List<String> crowd = crowd(board.tenant(), 3);
        LocalDateTime now = databaseNow(board);
        long item = publishedItem(board, 5, now.plusSeconds(5), now.plusSeconds(10));
        String path = api(board, "items/" + item + "/claims");

        HttpResponse<String> early = one(new Call(crowd.get(0), "POST", path, CLAIM));
        assertEquals(409, early.statusCode(), early.body());
        assertEquals("该标的尚未开始认领。", object(early).getString("message"));
        waitUntil(board, now.plusSeconds(6));
        HttpResponse<String> inTime = one(new Call(crowd.get(1), "POST", path, CLAIM));
        assertEquals(201, inTime.statusCode(), inTime.body());
        assertEquals("ACCEPTED", object(inTime).getString("status"));
        waitUntil(board, now.plusSeconds(11));
        HttpResponse<String> late = one(new Call(crowd.get(2), "POST", path, CLAIM));
        assertEquals(409, late.statusCode(), late.body());
        assertEquals("claim.window.ended", object(late).getString("error"));
        assertEquals(1, array(board.admin().json("GET", api(board, "items/" + item + "/claims"), null)).size());
    }

    @Test
    void placesNeverDropBelowTheAcceptedAndAReleaseWithAReasonFreesOne() throws Exception {
        Board board = board("FIRST_COME");
        List<String> crowd = crowd(board.tenant(), 3);
        long item = publishedItem(board, 2, LocalDateTime.now().minusYears(1), LocalDateTime.now().plusYears(1));
        String places = "api/v1/public/boards/" + board.tenant().code() + "/places";
        HttpResponse<String> before = one(new Call(null, "GET", places, null));
        assertTrue(before.headers().firstValue("Set-Cookie").isEmpty(), before.headers().toString());
        String tag = before.headers().firstValue("ETag").orElseThrow();
        assertEquals(2, object(before).getJsonObject("places").getInt(Long.toString(item)));
        assertEquals(304, one(new Call(null, "GET", places, null, Map.of("If-None-Match", tag))).statusCode());

        long first = object(one(new Call(crowd.get(0), "POST", api(board, "items/" + item + "/claims"), CLAIM))).getJsonNumber("id").longValue();
        assertEquals(201, one(new Call(crowd.get(1), "POST", api(board, "items/" + item + "/claims"), CLAIM)).statusCode());
        HttpResponse<String> after = one(new Call(null, "GET", places, null, Map.of("If-None-Match", tag)));
        assertEquals(200, after.statusCode());
        assertEquals(0, object(after).getJsonObject("places").getInt(Long.toString(item)));

        HttpResponse<String> fewer = board.admin().json("POST", api(board, "items/" + item + "/capacity"), "{\"places\":1}");
        assertEquals(400, fewer.statusCode(), fewer.body());
        assertEquals("已确认 2 家认领，名额不能少于 2。", object(fewer).getString("message"));
        HttpResponse<String> byClaimant = one(new Call(crowd.get(0), "POST", api(board, "claims/" + first + "/release"), REASON));
        assertEquals(403, byClaimant.statusCode(), byClaimant.body());
        HttpResponse<String> withdrawn = one(new Call(crowd.get(0), "POST", api(board, "claims/" + first + "/withdraw"), null));
        assertEquals(400, withdrawn.statusCode(), withdrawn.body());
        assertEquals(400, board.admin().json("POST", api(board, "claims/" + first + "/release"), "{\"reason\":\" \"}").statusCode());
        HttpResponse<String> released = board.admin().json("POST", api(board, "claims/" + first + "/release"), REASON);
        assertEquals(200, released.statusCode(), released.body());
        assertEquals("RELEASED", object(released).getString("status"));
        assertTrue(inbox(crowd.get(0), board).contains("对标的“互助食堂”的认领已被撤销，理由：方案与需求不符"));

        HttpResponse<String> third = one(new Call(crowd.get(2), "POST", api(board, "items/" + item + "/claims"), CLAIM));
        assertEquals(201, third.statusCode(), third.body());
        HttpResponse<String> more = board.admin().json("POST", api(board, "items/" + item + "/capacity"), "{\"places\":3}");
        assertEquals(200, more.statusCode(), more.body());
        assertEquals(1, object(more).getInt("remaining"));
    }

    @Test
    void aClaimantWithdrawsOnlyBeforeTheDecision() throws Exception {
        Board board = board("CONFIRM");
        List<String> crowd = crowd(board.tenant(), 2);
        long item = publishedItem(board, 2, LocalDateTime.now().minusYears(1), LocalDateTime.now().plusYears(1));
        String claims = api(board, "items/" + item + "/claims");
        long first = object(one(new Call(crowd.get(0), "POST", claims, CLAIM))).getJsonNumber("id").longValue();
        HttpResponse<String> withdrawn = one(new Call(crowd.get(0), "POST", api(board, "claims/" + first + "/withdraw"), null));
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", object(withdrawn).getString("status"));

        HttpResponse<String> again = one(new Call(crowd.get(0), "POST", claims, CLAIM));
        assertEquals(201, again.statusCode(), again.body());
        long second = object(again).getJsonNumber("id").longValue();
        assertEquals(200, board.admin().json("POST", api(board, "claims/" + second + "/confirm"), null).statusCode());
        HttpResponse<String> late = one(new Call(crowd.get(0), "POST", api(board, "claims/" + second + "/withdraw"), null));
        assertEquals(400, late.statusCode(), late.body());
        assertEquals("ACCEPTED", object(one(new Call(crowd.get(0), "GET", api(board, "claims/" + second), null))).getString("status"));

        long other = object(one(new Call(crowd.get(1), "POST", claims, CLAIM))).getJsonNumber("id").longValue();
        HttpResponse<String> refused = board.admin().json("POST", api(board, "claims/" + other + "/refuse"), REASON);
        assertEquals("REFUSED", object(refused).getString("status"));
        assertEquals(400, one(new Call(crowd.get(1), "POST", api(board, "claims/" + other + "/withdraw"), null)).statusCode());
        JsonArray mine = array(one(new Call(crowd.get(0), "GET", api(board, "claims"), null)));
        assertEquals(List.of("ACCEPTED", "WITHDRAWN"), mine.getValuesAs(JsonObject.class).stream().map(c -> c.getString("status")).toList());
    }

    @Test
    void aWithdrawnItemCancelsItsLiveClaimsAndTellsTheirOrganisations() throws Exception {
        Board board = board("CONFIRM");
        List<String> crowd = crowd(board.tenant(), 2);
        long item = publishedItem(board, 2, LocalDateTime.now().minusYears(1), LocalDateTime.now().plusYears(1));
        String claims = api(board, "items/" + item + "/claims");
        long accepted = object(one(new Call(crowd.get(0), "POST", claims, CLAIM))).getJsonNumber("id").longValue();
        board.admin().json("POST", api(board, "claims/" + accepted + "/confirm"), null);
        long pending = object(one(new Call(crowd.get(1), "POST", claims, CLAIM))).getJsonNumber("id").longValue();

        assertEquals(400, board.admin().json("POST", api(board, "items/" + item + "/withdraw"), "{}").statusCode());
        HttpResponse<String> withdrawn = board.admin().json("POST", api(board, "items/" + item + "/withdraw"), "{\"reason\":\"需求已由街道解决\"}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", object(withdrawn).getString("status"));
        assertEquals(0, object(withdrawn).getInt("accepted"));
        for (int i = 0; i < 2; i++) {
            long claim = i == 0 ? accepted : pending;
            assertEquals("CANCELLED", object(one(new Call(crowd.get(i), "GET", api(board, "claims/" + claim), null))).getString("status"));
            assertTrue(inbox(crowd.get(i), board).contains("标的“互助食堂”已撤下，认领随之取消，理由：需求已由街道解决"));
        }
        assertEquals(404, one(new Call(null, "GET", "api/v1/public/boards/" + board.tenant().code() + "/items/" + item, null)).statusCode());
        assertEquals(409, one(new Call(crowd.get(0), "POST", claims, CLAIM)).statusCode());
    }

    @Test
    void thePublicBoardShowsPublishedItemsAndWhoHoldsThemButNoDraftOrPlan() throws Exception {
        Board board = board("FIRST_COME");
        long item = publishedItem(board, 2, LocalDateTime.now().minusYears(1), LocalDateTime.now().plusYears(1));
        String draft = Json.createObjectBuilder().add("sectorId", board.sector()).add("title", "未发布的标的").add("need", "内部讨论")
                .add("capacity", 1).add("opensAt", LocalDateTime.now().minusYears(1).toString())
                .add("closesAt", LocalDateTime.now().plusYears(1).toString()).build().toString();
        long draftId = object(board.admin().json("POST", api(board, "boards/" + board.id() + "/items"), draft)).getJsonNumber("id").longValue();
        Member claimant = visitors.newClaimant(board.tenant(), "红星物业" + UUID.randomUUID().toString().substring(0, 6));
        HttpResponse<String> claimed = claimant.browser().json("POST", api(board, "items/" + item + "/claims"),
                "{\"plan\":\"只给委员会看的方案\",\"reasons\":\"只给委员会看的理由\"}");
        assertEquals(201, claimed.statusCode(), claimed.body());
        String code = board.tenant().code();

        HttpResponse<String> shown = one(new Call(null, "GET", "api/v1/public/boards/" + code, null));
        assertEquals(200, shown.statusCode(), shown.body());
        JsonObject tenantBoard = object(shown);
        assertEquals(List.of(item), tenantBoard.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList());
        JsonObject shownItem = tenantBoard.getJsonArray("items").getJsonObject(0);
        assertEquals(1, shownItem.getInt("remaining"));
        assertEquals("OPEN", shownItem.getString("phase"));
        HttpResponse<String> page = one(new Call(null, "GET", "api/v1/public/boards/" + code + "/items/" + item, null));
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(List.of(object(claimed).getString("organisation")), object(page).getJsonArray("holders").getValuesAs(JsonObject.class)
                .stream().map(h -> h.getString("name")).toList());
        assertFalse(page.body().contains("只给委员会看"), page.body());
        assertEquals(404, one(new Call(null, "GET", "api/v1/public/boards/" + code + "/items/" + draftId, null)).statusCode());
        JsonObject city = object(one(new Call(null, "GET", "api/v1/public/boards?tenant=" + code + "&q=%E9%A3%9F%E5%A0%82", null)));
        assertEquals(1, city.getInt("total"));
        assertFalse(shown.body().contains("未发布的标的") || city.toString().contains("未发布的标的"));
        assertEquals(400, one(new Call(null, "GET", "api/v1/public/boards?size=1000", null)).statusCode());
    }

    @Test
    void otherTenantsAndOtherRolesAreRefusedOnEveryClaimBoardEndpoint() throws Exception {
        Board board = board("CONFIRM");
        long item = publishedItem(board, 2, LocalDateTime.now().minusYears(1), LocalDateTime.now().plusYears(1));
        Member claimant = visitors.newClaimant(board.tenant(), "共建企业" + UUID.randomUUID().toString().substring(0, 6));
        long claim = object(claimant.browser().json("POST", api(board, "items/" + item + "/claims"), CLAIM)).getJsonNumber("id").longValue();
        long request = askToJoin(board, "物业公司" + UUID.randomUUID().toString().substring(0, 6));
        TestTenant other = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser evaluator = visitors.newMember(board.tenant(), "EVALUATOR", "考评组").browser();
        Browser member = visitors.unitMember(board.tenant());

        String item0 = "items/" + item;
        Map<String, String> admin = Map.ofEntries(Map.entry("GET boards", ""), Map.entry("POST boards", "{\"year\":2030}"),
                Map.entry("GET boards/" + board.id(), ""), Map.entry("PUT boards/" + board.id(), "{\"title\":\"x\"}"),
                Map.entry("POST boards/" + board.id() + "/sectors", "{\"name\":\"x\",\"position\":1}"),
                Map.entry("PUT boards/" + board.id() + "/sectors/" + board.sector(), "{\"name\":\"x\",\"position\":1}"),
                Map.entry("DELETE boards/" + board.id() + "/sectors/" + board.sector(), ""),
                Map.entry("GET boards/" + board.id() + "/items", ""), Map.entry("POST boards/" + board.id() + "/items", "{}"),
                Map.entry("PUT " + item0, "{}"), Map.entry("POST " + item0 + "/publish", ""), Map.entry("POST " + item0 + "/close", ""),
                Map.entry("POST " + item0 + "/withdraw", REASON), Map.entry("POST " + item0 + "/capacity", "{\"places\":5}"),
                Map.entry("GET " + item0 + "/claims", ""), Map.entry("POST claims/" + claim + "/confirm", ""),
                Map.entry("POST claims/" + claim + "/refuse", REASON), Map.entry("POST claims/" + claim + "/release", REASON),
                Map.entry("GET join-requests", ""), Map.entry("POST join-requests/" + request + "/accept", "{\"login\":\"probe-x\"}"),
                Map.entry("POST join-requests/" + request + "/decline", REASON));
        Map<String, String> organisations = Map.of("GET " + item0, "", "POST " + item0 + "/claims", CLAIM, "GET claims/" + claim, "",
                "POST claims/" + claim + "/withdraw", "");
        List<String> wrong = new ArrayList<>();
        for (var call : admin.entrySet()) {
            expect(wrong, claimant.browser(), board.tenant().code(), call, 403);
            expect(wrong, evaluator, board.tenant().code(), call, 403);
            expect(wrong, member, board.tenant().code(), call, 403);
        }
        for (var call : organisations.entrySet()) {
            expect(wrong, evaluator, board.tenant().code(), call, 403);
        }
        Map<String, String> every = new HashMap<>(admin);
        every.putAll(organisations);
        for (var call : every.entrySet()) {
            boolean idLess = call.getKey().equals("GET boards") || call.getKey().equals("POST boards") || call.getKey().equals("GET join-requests");
            if (!idLess) {
                boolean organisationsOnly = call.getKey().endsWith("/claims") && call.getKey().startsWith("POST")
                        || call.getKey().endsWith("/withdraw") && call.getKey().contains("claims/");
                expect(wrong, other.admin(), other.code(), call, organisationsOnly ? 403 : 404);
            }
            expect(wrong, other.admin(), board.tenant().code(), call, 404);
            expect(wrong, new Browser(base), board.tenant().code(), call, 401);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals("PENDING", object(board.admin().json("GET", api(board, "claims/" + claim), null)).getString("status"));
        assertEquals("PUBLISHED", object(board.admin().json("GET", api(board, item0), null)).getString("status"));
    }

    @Test
    void anOrganisationAskingAnonymouslyIsAcceptedAndClaimsWithItsNewAccount() throws Exception {
        Board board = board("FIRST_COME");
        long item = publishedItem(board, 2, LocalDateTime.now().minusYears(1), LocalDateTime.now().plusYears(1));
        String name = "蓝天社工" + UUID.randomUUID().toString().substring(0, 6);
        String ask = "api/v1/public/boards/" + board.tenant().code() + "/join-requests";
        String body = "{\"name\":\"" + name + "\",\"kind\":\"SOCIAL_ORGANISATION\",\"contactPerson\":\"王敏\",\"contactPhone\":\"13800000000\","
                + "\"reasons\":\"长期服务社区老人\"}";
        HttpResponse<String> unproven = http.send(HttpRequest.newBuilder(URI.create(base + ask)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, unproven.statusCode(), unproven.body());
        HttpResponse<String> asked = one(new Call(null, "POST", ask, body));
        assertEquals(201, asked.statusCode(), asked.body());
        assertTrue(asked.headers().firstValue("Set-Cookie").isEmpty(), asked.headers().toString());
        assertEquals(404, one(new Call(null, "POST", "api/v1/public/boards/nosuchtenant/join-requests", body)).statusCode());

        JsonObject pending = array(board.admin().json("GET", api(board, "join-requests?status=PENDING"), null)).getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("name").equals(name)).findFirst().orElseThrow();
        assertEquals("13800000000", pending.getString("contactPhone"));
        String login = "c-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> accepted = board.admin().json("POST", api(board, "join-requests/" + pending.getJsonNumber("id") + "/accept"),
                "{\"login\":\"" + login + "\"}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertTrue(accepted.headers().firstValue("Cache-Control").orElse("").contains("no-store"), accepted.headers().toString());
        assertEquals(400, board.admin().json("POST", api(board, "join-requests/" + pending.getJsonNumber("id") + "/accept"),
                "{\"login\":\"" + login + "x\"}").statusCode());

        Browser organisation = visitors.firstSignIn(login, object(accepted).getString("password"));
        HttpResponse<String> claimed = organisation.json("POST", api(board, "items/" + item + "/claims"), CLAIM);
        assertEquals(201, claimed.statusCode(), claimed.body());
        assertEquals(name, object(claimed).getString("organisation"));
        assertEquals("ACCEPTED", object(claimed).getString("status"));
    }

    // ---- the board, its people and the burst ----

    private record Board(TestTenant tenant, long id, long sector) {

        Browser admin() {
            return tenant.admin();
        }
    }

    private record Call(String session, String method, String path, String body, Map<String, String> headers) {

        Call(String session, String method, String path, String body) {
            this(session, method, path, body, Map.of());
        }
    }

    private int serverErrors;

    /** A new tenant with this year's round open and a board of this mode with one sector. */
    private Board board(String mode) {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        int year = Visitors.today(tenant).getYear();
        HttpResponse<String> board = tenant.admin().json("POST", "api/v1/t/" + tenant.code() + "/boards",
                "{\"year\":" + year + ",\"title\":\"" + year + " 年项目认领\",\"mode\":\"" + mode + "\",\"categoryKey\":\"innovation\"}");
        assertEquals(201, board.statusCode(), board.body());
        long id = object(board).getJsonNumber("id").longValue();
        HttpResponse<String> sector = tenant.admin().json("POST", "api/v1/t/" + tenant.code() + "/boards/" + id + "/sectors",
                "{\"name\":\"社区服务\",\"position\":1}");
        assertEquals(201, sector.statusCode(), sector.body());
        return new Board(tenant, id, object(sector).getJsonNumber("id").longValue());
    }

    /** A published item with these places, claimed between these local times of the tenant. */
    private long publishedItem(Board board, int places, LocalDateTime opens, LocalDateTime closes) {
        String item = Json.createObjectBuilder().add("sectorId", board.sector()).add("title", "互助食堂").add("need", "老人吃饭难")
                .add("capacity", places).add("opensAt", opens.toString()).add("closesAt", closes.toString()).build().toString();
        HttpResponse<String> created = board.admin().json("POST", api(board, "boards/" + board.id() + "/items"), item);
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created).getJsonNumber("id").longValue();
        HttpResponse<String> published = board.admin().json("POST", api(board, "items/" + id + "/publish"), null);
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    /**
     * Sessions of this many new claimant organisations of the tenant, one account each. One is made
     * through the pages; the others are copies of it written straight into the database with the
     * same chosen password (hashing hundreds of first passwords would take minutes), then sign in.
     */
    private List<String> crowd(TestTenant tenant, int size) throws Exception {
        Member model = visitors.newClaimant(tenant, "共建企业" + UUID.randomUUID().toString().substring(0, 8));
        List<String> logins = new ArrayList<>();
        try (Connection db = superuser()) {
            db.setAutoCommit(false);
            long tenantId;
            String hash;
            try (PreparedStatement query = db.prepareStatement("select tenant_id, password_hash from account where login = ?")) {
                query.setString(1, model.login());
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    tenantId = row.getLong(1);
                    hash = row.getString(2);
                }
            }
            for (int i = 1; i < size; i++) {
                String login = "crowd-" + UUID.randomUUID().toString().substring(0, 12);
                long claimant = insert(db, "insert into claimant (tenant_id, name, kind) values (?, ?, 'ENTERPRISE') returning id",
                        tenantId, "共建单位" + login);
                long account = insert(db, "insert into account (login, password_hash, display_name, tenant_id, must_change_password)"
                        + " values (?, ?, '联络人', ?, false) returning id", login, hash, tenantId);
                insert(db, "insert into membership (tenant_id, account_id, role, claimant_id) values (?, ?, 'CLAIMANT', ?) returning id",
                        tenantId, account, claimant);
                logins.add(login);
            }
            db.commit();
        }
        List<Future<String>> sessions = new ArrayList<>();
        ExecutorService signing = Executors.newFixedThreadPool(4);
        try {
            for (String login : logins) {
                sessions.add(signing.submit(() -> {
                    Browser browser = new Browser(base);
                    Browser.Page home = browser.signIn(login, Visitors.CHOSEN_PASSWORD);
                    assertTrue(home.uri().getPath().contains("/t/"), home.uri().toString());
                    return browser.cookieHeader();
                }));
            }
            List<String> all = new ArrayList<>();
            all.add(model.browser().cookieHeader());
            for (Future<String> session : sessions) {
                all.add(session.get());
            }
            return all;
        } finally {
            signing.shutdown();
        }
    }

    /** Sends every call at the same moment, each from its own thread, and returns the answers in the calls' order. */
    private List<HttpResponse<String>> atOnce(List<Call> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (Call call : calls) {
            answers.add(pool.submit(() -> {
                start.await();
                return one(call);
            }));
        }
        start.countDown();
        List<HttpResponse<String>> all = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            all.add(answer.get());
        }
        return all;
    }

    private HttpResponse<String> one(Call call) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(call.path()))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json")
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.session() != null) {
            request.header("Cookie", call.session());
        }
        if (!call.method().equals("GET")) {
            request.header("X-Requested-With", "XMLHttpRequest");
        }
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        call.headers().forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            synchronized (this) {
                serverErrors++;
            }
        }
        return response;
    }

    private void expect(List<String> wrong, Browser who, String code, Map.Entry<String, String> call, int status) {
        String method = call.getKey().substring(0, call.getKey().indexOf(' '));
        String path = "api/v1/t/" + code + "/" + call.getKey().substring(method.length() + 1);
        HttpResponse<String> answer = who.json(method, path, call.getValue().isEmpty() ? null : call.getValue());
        if (answer.statusCode() != status) {
            wrong.add(method + " " + path + " answered " + answer.statusCode() + " instead of " + status + ": " + answer.body());
        }
    }

    /** Asks anonymously to join the board's tenant; the id of the request as its admin finds it. */
    private long askToJoin(Board board, String name) throws Exception {
        HttpResponse<String> asked = one(new Call(null, "POST", "api/v1/public/boards/" + board.tenant().code() + "/join-requests",
                "{\"name\":\"" + name + "\",\"kind\":\"ENTERPRISE\",\"contactPerson\":\"赵经理\",\"email\":\"zhao@example.org\","
                        + "\"reasons\":\"愿意出力\"}"));
        assertEquals(201, asked.statusCode(), asked.body());
        return array(board.admin().json("GET", api(board, "join-requests"), null)).getValuesAs(JsonObject.class).stream()
                .filter(request -> request.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private String inbox(String session, Board board) throws Exception {
        return one(new Call(session, "GET", api(board, "inbox"), null)).body();
    }

    /** The database's time now in the tenant's zone. */
    private LocalDateTime databaseNow(Board board) throws SQLException, IOException {
        try (Connection db = superuser(); PreparedStatement query = db.prepareStatement(
                "select (clock_timestamp() at time zone time_zone)::timestamp(3) from tenant where code = ?")) {
            query.setString(1, board.tenant().code());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, LocalDateTime.class);
            }
        }
    }

    private void waitUntil(Board board, LocalDateTime moment) throws Exception {
        while (databaseNow(board).isBefore(moment)) {
            Thread.sleep(200);
        }
    }

    private static Connection superuser() throws SQLException, IOException {
        return DriverManager.getConnection(ItDatabase.start().jdbcUrl(), "postgres", System.getProperty("it.db.password"));
    }

    private static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String api(Board board, String path) {
        return "api/v1/t/" + board.tenant().code() + "/" + path;
    }

    private static String statuses(List<HttpResponse<String>> answers) {
        return answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting())) + " "
                + answers.stream().filter(a -> a.statusCode() != 200 && a.statusCode() != 201 && a.statusCode() != 409)
                        .map(HttpResponse::body).findFirst().orElse("");
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
