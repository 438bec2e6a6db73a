package org.gongjian.web;

import static org.gongjian.web.Bidding.array;
import static org.gongjian.web.Bidding.databaseNow;
import static org.gongjian.web.Bidding.object;
import static org.gongjian.web.Bidding.objects;
import static org.gongjian.web.Bidding.plan;
import static org.gongjian.web.Bidding.published;
import static org.gongjian.web.Bidding.save;
import static org.gongjian.web.Bidding.secondsAhead;
import static org.gongjian.web.Bidding.start;
import static org.gongjian.web.Bidding.submit;
import static org.gongjian.web.Bidding.terms;
import static org.gongjian.web.Bidding.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gongjian.web.Bidding.Bidder;
import org.gongjian.web.Bidding.Organiser;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bidding competitions through the JSON API as their people use them: plans sealed from everyone
 * but the bidder's side until the organiser opens them after the deadline (API, inboxes, audit,
 * exports and the database itself), the deadline kept by the database's clock, revisions,
 * re-confirmation and the committee's endorsement, conflicts of interest, the ranking against
 * figures computed here by hand, and the announcement that opens the winners' projects.
 */
class CompetitionsIT extends DeployedPortal {

    private Bidding bidding;

    @BeforeEach
    void bidding() {
        bidding = new Bidding(base);
    }

    @Test
    void noOneButTheBiddersSideReadsAPlanBeforeTheBidsAreOpened() throws Exception {
        String secret = "密封" + UUID.randomUUID().toString().substring(0, 8);
        String draftSecret = "草稿" + UUID.randomUUID().toString().substring(0, 8);
        String ownSecret = "本级" + UUID.randomUUID().toString().substring(0, 8);
        TwoTenants two = twoTenants();
        TestTenant a = two.a();
        TestTenant b = two.b();
        Bidder a1 = two.a1();
        Bidder a2 = two.a2();
        Bidder b1 = two.b1();
        Member hostReviewer = two.evaluatorOfB();
        Member ownReviewer = two.evaluatorOfA();
        Browser host = visitors.host();
        LocalDate today = Visitors.today(a);

        Organiser theHost = Organiser.host(host);
        long city = published(theHost, terms("全市党建项目竞标", "ALL_TENANTS", List.of(), tomorrow(), 2, "50000.00"));
        assertEquals(200, host.json("POST", theHost.at(city, "reviewers"), login(hostReviewer)).statusCode());
        long bid = start(a1, city);
        save(a1, bid, plan(secret, today));
        long file = bidding.attach(a1, bid, secret);
        JsonObject handed = submit(a1, bid);
        assertEquals("AWAITING_ENDORSEMENT", handed.getJsonObject("bid").getString("status"));
        assertTrue(absent(handed, "receipt"), handed.toString());
        HttpResponse<String> endorsed = a.admin().json("POST", a1.api("bids/" + bid + "/endorse"), null);
        assertEquals(200, endorsed.statusCode(), endorsed.body());
        assertTrue(object(endorsed).getJsonObject("receipt").getString("receipt").matches("[0-9a-f]{64}"), endorsed.body());
        long draft = start(b1, city);
        save(b1, draft, plan(draftSecret, today));

        Organiser own = Organiser.of(a);
        long local = published(own, terms("街道书记项目竞标", "OWN_UNITS", List.of(), tomorrow(), 1, "10000.00"));
        assertEquals(200, a.admin().json("POST", own.at(local, "reviewers"), login(ownReviewer)).statusCode());
        long ownBid = start(a2, local);
        save(a2, ownBid, plan(ownSecret, today));
        long ownFile = bidding.attach(a2, ownBid, ownSecret);
        assertEquals("SUBMITTED", submit(a2, ownBid).getJsonObject("bid").getString("status"));

        // the bidder's side reads its plan and file: the secrets are real text the checks below would find
        assertTrue(a1.browser().json("GET", a1.api("bids/" + bid), null).body().contains(secret));
        assertTrue(a.admin().json("GET", a1.api("bids/" + bid), null).body().contains(secret), "the committee endorses what it reads");
        assertArrayEquals(Bidding.pdf(secret), bidding.download(a1.browser(), a1.api("bids/" + bid + "/files/" + file)).body());
        assertTrue(a1.browser().json("GET", a1.api("bids/" + bid + "/files"), null).body().contains("实施方案" + secret + ".pdf"));
        assertEquals(200, a1.browser().json("POST", a1.api("bidding/" + city + "/bid"), null).statusCode(), "the unit has its bid already");
        assertTrue(a2.browser().json("GET", a2.api("bids/" + ownBid), null).body().contains(ownSecret));

        List<String> leaks = new ArrayList<>();
        List<String> secrets = List.of(secret, draftSecret, ownSecret);
        // the organisers: the host for its competition, tenant A's admin for its own
        for (String path : List.of(theHost.path(), theHost.at(city, ""), theHost.at(city, "bidders"), theHost.at(city, "reviewers"))) {
            expect(leaks, secrets, host, "GET", path, 200);
        }
        expect(leaks, secrets, host, "GET", theHost.at(city, "ranking"), 409);
        expect(leaks, secrets, host, "GET", theHost.at(city, "bids/" + bid), 409);
        expect(leaks, secrets, host, "GET", theHost.at(city, "bids/" + bid + "/files/" + file), 409);
        expect(leaks, secrets, host, "POST", theHost.at(city, "open"), 409);
        expect(leaks, secrets, host, "GET", a1.api("bids/" + bid), 404);
        for (String path : List.of(own.path(), own.at(local, ""), own.at(local, "bidders"))) {
            expect(leaks, secrets, a.admin(), "GET", path, 200);
        }
        expect(leaks, secrets, a.admin(), "GET", own.at(local, "ranking"), 409);
        expect(leaks, secrets, a.admin(), "GET", own.at(local, "bids/" + ownBid), 409);
        expect(leaks, secrets, a.admin(), "POST", own.at(local, "open"), 409);
        for (String rest : List.of("bids/" + ownBid, "bids/" + ownBid + "/versions", "bids/" + ownBid + "/files",
                "bids/" + ownBid + "/files/" + ownFile)) {
            expectIn(leaks, secrets, a.admin(), "GET", a.code(), rest, 404);
        }
        expectIn(leaks, secrets, a.admin(), "GET", a.code(), "bids", 200);
        // the bidders list shows who bid and when, never what
        JsonObject counted = objects(host.json("GET", theHost.at(city, "bidders"), null)).stream()
                .filter(row -> row.getJsonNumber("bidId").longValue() == bid).findFirst().orElseThrow();
        assertEquals("SUBMITTED", counted.getString("status"));
        assertFalse(absent(counted, "lastSubmittedAt"), counted.toString());
        // reviewers
        for (Member reviewer : List.of(hostReviewer, ownReviewer)) {
            expect(leaks, secrets, reviewer.browser(), "GET", "api/v1/reviews", 200);
        }
        expect(leaks, secrets, hostReviewer.browser(), "GET", "api/v1/reviews/" + city, 409);
        expect(leaks, secrets, hostReviewer.browser(), "GET", "api/v1/reviews/" + city + "/bids/" + bid + "/files/" + file, 409);
        expect(leaks, secrets, ownReviewer.browser(), "GET", "api/v1/reviews/" + local, 409);
        expect(leaks, secrets, hostReviewer.browser(), "PUT", "api/v1/reviews/" + city + "/bids/" + bid,
                "{\"scores\":[{\"criterion\":\"quality\",\"points\":5,\"note\":\"\"}]}", 409);
        // other bidders, another tenant, the other unit of the same tenant, nobody
        for (String rest : List.of("bids/" + bid, "bids/" + bid + "/versions", "bids/" + bid + "/files", "bids/" + bid + "/files/" + file)) {
            expectIn(leaks, secrets, b1.browser(), "GET", b.code(), rest, 404);
            expectIn(leaks, secrets, b.admin(), "GET", b.code(), rest, 404);
            expectIn(leaks, secrets, a2.browser(), "GET", a.code(), rest, 404);
            expectIn(leaks, secrets, b.admin(), "GET", a.code(), rest, 404);
        }
        expectIn(leaks, secrets, b.admin(), "GET", b.code(), "bids", 200);
        expectIn(leaks, secrets, b1.browser(), "GET", b.code(), "bidding", 200);
        for (String path : List.of("api/v1/public/competitions", "api/v1/public/competitions/" + city,
                "api/v1/public/competitions/" + city + "/receipts", "api/v1/reviews", theHost.path(), a1.api("bids/" + bid))) {
            HttpResponse<String> anonymous = bidding.anonymous(path);
            assertTrue(anonymous.statusCode() != 200 || path.equals("api/v1/public/competitions"), path + " " + anonymous.statusCode());
            secrets.stream().filter(anonymous.body()::contains).forEach(s -> leaks.add("anonymous " + path + " shows " + s));
        }
        // inboxes, audit trails, exports
        for (Bidder bidder : List.of(a1, a2, b1)) {
            expectIn(leaks, secrets, bidder.browser(), "GET", bidder.tenant().code(), "inbox", 200);
        }
        for (TestTenant tenant : List.of(a, b)) {
            expectIn(leaks, secrets, tenant.admin(), "GET", tenant.code(), "inbox", 200);
            String audit = tenant.admin().get("t/" + tenant.code() + "/audit/list").html();
            secrets.stream().filter(audit::contains).forEach(s -> leaks.add("the audit trail of " + tenant.code() + " shows " + s));
            for (String export : List.of("projects/export/list.xlsx", "projects/export/ledger.xlsx")) {
                HttpResponse<byte[]> sheet = bidding.download(tenant.admin(), "api/v1/t/" + tenant.code() + "/" + export);
                assertEquals(200, sheet.statusCode(), export);
                String text = unzipped(sheet.body());
                secrets.stream().filter(text::contains).forEach(s -> leaks.add(export + " of " + tenant.code() + " shows " + s));
            }
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));

        // the database as the application sees it, through the bidder's tenant and through the host's door to its
        // competition (who bid and when): the rows are there, their plans and files ciphertext only
        try (Connection app = AppSql.connect()) {
            AppSql.setTenant(app, AppSql.tenantId(app, a.code()));
            assertCiphertextOnly(app, List.of(bid, ownBid), secrets, List.of("bid where id", "bid_version where bid_id", "bid_file where bid_id"));
            try (PreparedStatement query = app.prepareStatement("select * from bid where id = " + bid); ResultSet rows = query.executeQuery()) {
                assertEquals(List.of("bid.unit_name: 甲一支部"), Bidding.search("bid", rows, List.of("甲一支部")), "the search reads the rows");
            }
            for (String table : List.of("audit_record", "notification")) {
                try (PreparedStatement query = app.prepareStatement("select * from " + table); ResultSet rows = query.executeQuery()) {
                    assertEquals(List.of(), Bidding.search(table, rows, secrets));
                }
            }
            app.rollback();
            AppSql.execute(app, "select set_config('app.host', 'on', true), set_config('app.competition_id', '" + city + "', true)");
            assertCiphertextOnly(app, List.of(bid), secrets, List.of("bid where id", "bid_version where bid_id"));
            assertEquals(0, AppSql.single(app, "select count(*) from bid_file"), "the host sees no file before opening");
            app.rollback();
        }
        assertEquals(List.of(), Bidding.occurrences(secrets), "a dump of the database shows a plan");
    }

    @Test
    void theLastSecondBeforeTheDeadlineIsAcceptedAndTheNextRefusedByTheDatabaseClock() throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Bidder early = new Bidder(tenant, visitors.newUnitMember(tenant));
        Bidder late = new Bidder(tenant, visitors.newUnitMember(tenant));
        Organiser organiser = Organiser.of(tenant);
        LocalDate today = Visitors.today(tenant);
        LocalDateTime deadline = secondsAhead(organiser.zone(), 12);
        long competition = published(organiser, terms("截止测试", "OWN_UNITS", List.of(), deadline, 1, "1000.00"));
        // a member of the bidding unit sits on the panel: a conflict of interest in a tenant's own competition
        assertEquals(200, tenant.admin().json("POST", organiser.at(competition, "reviewers"), login(early.member())).statusCode());
        long inTime = start(early, competition);
        save(early, inTime, plan("按时", today));
        long tooLate = start(late, competition);
        save(late, tooLate, plan("迟到", today));

        HttpResponse<String> openedEarly = tenant.admin().json("POST", organiser.at(competition, "open"), null);
        assertEquals(409, openedEarly.statusCode(), openedEarly.body());
        assertEquals("competition.open.early", object(openedEarly).getString("error"));
        waitUntil(organiser.zone(), deadline.minusNanos(1_500_000_000L));
        JsonObject submitted = submit(early, inTime);
        JsonObject receipt = submitted.getJsonObject("receipt");
        assertTrue(receipt.getString("receipt").matches("[0-9a-f]{64}"), submitted.toString());
        OffsetDateTime at = OffsetDateTime.parse(receipt.getString("submittedAt"));
        assertTrue(at.isBefore(deadline.atZone(ZoneId.of(organiser.zone())).toOffsetDateTime()), at + " vs " + deadline);

        waitUntil(organiser.zone(), deadline.plusNanos(100_000_000));
        HttpResponse<String> refused = late.browser().json("POST", late.api("bids/" + tooLate + "/submit"), null);
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("competition.deadline.passed", object(refused).getString("error"));
        assertTrue(object(refused).getString("message").contains("截止"), refused.body());
        HttpResponse<String> revised = early.browser().json("PUT", early.api("bids/" + inTime), plan("改过", today));
        assertEquals(409, revised.statusCode(), revised.body());
        assertEquals(409, early.browser().json("POST", early.api("bids/" + inTime + "/withdraw"), null).statusCode());

        HttpResponse<String> opened = tenant.admin().json("POST", organiser.at(competition, "open"), null);
        assertEquals(200, opened.statusCode(), opened.body());
        assertEquals("OPENED", object(opened).getJsonObject("competition").getString("status"));
        assertEquals(List.of(receipt.getString("receipt")), object(opened).getJsonArray("receipts").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("receipt")).toList(), "the bid never submitted has no receipt");
        List<JsonObject> bidders = objects(tenant.admin().json("GET", organiser.at(competition, "bidders"), null));
        assertEquals("SUBMITTED", bidders.stream().filter(row -> row.getJsonNumber("bidId").longValue() == inTime).findFirst()
                .orElseThrow().getString("status"));
        JsonObject shown = object(tenant.admin().json("GET", organiser.at(competition, "bids/" + inTime), null));
        assertTrue(shown.toString().contains("按时"), shown.toString());
        assertEquals(404, tenant.admin().json("GET", organiser.at(competition, "bids/" + tooLate), null).statusCode(),
                "a bid never submitted has nothing to open");

        String sheet = "api/v1/reviews/" + competition;
        assertEquals(List.of(), bidIds(object(early.browser().json("GET", sheet, null))), "its own unit's bid is not on its sheet");
        assertEquals(404, early.browser().json("GET", sheet + "/bids/" + inTime + "/files/1", null).statusCode());
        HttpResponse<String> overridden = tenant.admin().json("POST", organiser.at(competition, "bids/" + inTime + "/override"),
                "{\"login\":\"" + early.member().login() + "\",\"reason\":\"本支部书记回避后由委员评审\"}");
        assertEquals(200, overridden.statusCode(), overridden.body());
        assertEquals("本支部书记回避后由委员评审", object(overridden).getString("reason"));
        assertEquals(List.of(inTime), bidIds(object(early.browser().json("GET", sheet, null))));
    }

    @Test
    void theLastSubmittedVersionCountsEveryVersionIsKeptAndAChangedCompetitionNeedsConfirming() throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant other = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Bidder unit = new Bidder(tenant, visitors.newUnitMember(tenant));
        Bidder outsider = new Bidder(other, visitors.newUnitMember(other));
        Browser host = visitors.host();
        Organiser theHost = Organiser.host(host);
        long tenantId = tenantId(tenant);
        LocalDate today = Visitors.today(tenant);
        String terms = terms("选定党委竞标", "CHOSEN_TENANTS", List.of(tenantId), tomorrow(), 1, "20000.00");
        long competition = published(theHost, terms);
        long bid = start(unit, competition);
        String api = "bids/" + bid;

        save(unit, bid, plan("第一稿", today));
        submit(unit, bid);
        HttpResponse<String> returned = tenant.admin().json("POST", unit.api(api + "/return"), "{\"reason\":\"请补充预算明细\"}");
        assertEquals(200, returned.statusCode(), returned.body());
        JsonObject seen = object(unit.browser().json("GET", unit.api(api), null));
        assertEquals("RETURNED", seen.getString("status"));
        assertEquals("请补充预算明细", seen.getString("returnReason"));
        assertTrue(inbox(unit).contains("请补充预算明细"), inbox(unit));
        assertEquals(400, tenant.admin().json("POST", unit.api(api + "/endorse"), null).statusCode(), "a returned bid is the unit's again");

        save(unit, bid, plan("第二稿", today));
        assertEquals("AWAITING_ENDORSEMENT", submit(unit, bid).getJsonObject("bid").getString("status"));
        String first = object(tenant.admin().json("POST", unit.api(api + "/endorse"), null)).getJsonObject("receipt").getString("receipt");
        save(unit, bid, plan("第三稿", today));
        submit(unit, bid);
        String second = object(tenant.admin().json("POST", unit.api(api + "/endorse"), null)).getJsonObject("receipt").getString("receipt");
        assertNotEquals(first, second);
        List<JsonObject> versions = objects(unit.browser().json("GET", unit.api(api + "/versions"), null));
        assertEquals(List.of(2, 1), versions.stream().map(v -> v.getInt("number")).toList());
        assertEquals(List.of(second, first), versions.stream().map(v -> v.getString("receipt")).toList());
        JsonObject row = bidder(host, theHost.at(competition, "bidders"), bid);
        assertEquals(OffsetDateTime.parse(versions.get(0).getString("submittedAt")).toInstant(),
                OffsetDateTime.parse(row.getString("lastSubmittedAt")).toInstant(), "the last version counts");

        int messages = inboxSize(unit);
        JsonObject changed = object(host.json("PUT", theHost.at(competition, ""),
                terms.replace("\"20000.00\"", "30000.00").replace("20000.00", "30000.00")));
        assertEquals(2, changed.getInt("conditionsVersion"), changed.toString());
        assertEquals(0, new BigDecimal("30000.00").compareTo(changed.getJsonNumber("fundsPerWinner").bigDecimalValue()));
        assertTrue(inboxSize(unit) > messages, "the unit is told the conditions changed: " + inbox(unit));
        assertTrue(object(unit.browser().json("GET", unit.api(api), null)).getBoolean("needsConfirmation"));
        assertTrue(bidder(host, theHost.at(competition, "bidders"), bid).getBoolean("needsConfirmation"), "it does not count yet");
        HttpResponse<String> byTheUnit = unit.browser().json("POST", unit.api(api + "/confirm"), null);
        assertEquals(400, byTheUnit.statusCode(), "for a host competition its committee confirms: " + byTheUnit.body());
        HttpResponse<String> confirmed = tenant.admin().json("POST", unit.api(api + "/confirm"), null);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertFalse(object(confirmed).getBoolean("needsConfirmation"), confirmed.body());
        assertFalse(bidder(host, theHost.at(competition, "bidders"), bid).getBoolean("needsConfirmation"));
        assertEquals(400, tenant.admin().json("POST", unit.api(api + "/confirm"), null).statusCode(), "nothing left to confirm");

        assertTrue(objects(outsider.browser().json("GET", outsider.api("bidding"), null)).stream()
                .noneMatch(c -> c.getJsonNumber("id").longValue() == competition), "a tenant not chosen is not invited");
        HttpResponse<String> uninvited = outsider.browser().json("POST", outsider.api("bidding/" + competition + "/bid"), null);
        assertEquals(404, uninvited.statusCode(), uninvited.body());

        HttpResponse<String> withdrawn = unit.browser().json("POST", unit.api(api + "/withdraw"), null);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", object(withdrawn).getString("status"));
        assertEquals(2, objects(unit.browser().json("GET", unit.api(api + "/versions"), null)).size(), "its versions are kept");
    }

    @Test
    void theRankingMatchesTheArithmeticDoneByHandWithItsTieRule() throws Exception {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Organiser organiser = Organiser.of(tenant);
        List<Bidder> units = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            units.add(new Bidder(tenant, visitors.newUnitMember(tenant)));
        }
        Member first = evaluator(tenant);
        Member second = evaluator(tenant);
        LocalDate today = Visitors.today(tenant);
        LocalDateTime deadline = secondsAhead(organiser.zone(), 25);
        long competition = published(organiser, terms("评分测试", "OWN_UNITS", List.of(), deadline, 2, "1000.00"));
        for (Member reviewer : List.of(first, second)) {
            assertEquals(200, tenant.admin().json("POST", organiser.at(competition, "reviewers"), login(reviewer)).statusCode());
        }
        List<Long> bids = new ArrayList<>();
        for (Bidder unit : units) {
            long bid = start(unit, competition);
            save(unit, bid, plan("评分" + bids.size(), today));
            submit(unit, bid);
            bids.add(bid);
        }
        waitUntil(organiser.zone(), deadline.plusNanos(100_000_000));
        assertEquals(200, tenant.admin().json("POST", organiser.at(competition, "open"), null).statusCode());

        // points (quality out of 10, effect out of 100) of the first and the second reviewer
        String[][][] points = {
                {{"8", "70"}, {"9", "80"}},          // A: means 8.5, 75     -> 51 + 30 = 81.00
                {{"7", "90"}, {"7.5", "95"}},        // B: means 7.25, 92.5  -> 43.5 + 37 = 80.50
                {{"8", "80"}, {"8", "85"}},          // C: means 8, 82.5     -> 48 + 33 = 81.00, behind A on quality
                {{"7.33", "66.67"}, {"7.34", "66.66"}}, // D: means 7.335, 66.665 -> 44.01 + 26.666 = 70.676 -> 70.68
                {{"10", "100"}, null}};              // E: the second reviewer has not scored: incomplete, last
        for (int bid = 0; bid < bids.size(); bid++) {
            for (int reviewer = 0; reviewer < 2; reviewer++) {
                if (points[bid][reviewer] == null) {
                    continue;
                }
                Browser who = (reviewer == 0 ? first : second).browser();
                String sheet = "{\"scores\":[{\"criterion\":\"quality\",\"points\":" + points[bid][reviewer][0] + ",\"note\":\"可行\"},"
                        + "{\"criterion\":\"effect\",\"points\":" + points[bid][reviewer][1] + ",\"note\":\"有成效\"}]}";
                HttpResponse<String> scored = who.json("PUT", "api/v1/reviews/" + competition + "/bids/" + bids.get(bid), sheet);
                assertEquals(200, scored.statusCode(), scored.body());
            }
        }
        HttpResponse<String> offScale = first.browser().json("PUT", "api/v1/reviews/" + competition + "/bids/" + bids.get(0),
                "{\"scores\":[{\"criterion\":\"quality\",\"points\":11,\"note\":\"\"},{\"criterion\":\"effect\",\"points\":1,\"note\":\"\"}]}");
        assertEquals(400, offScale.statusCode(), offScale.body());

        JsonObject ranking = object(tenant.admin().json("GET", organiser.at(competition, "ranking"), null));
        List<JsonObject> rows = ranking.getJsonArray("places").getValuesAs(JsonObject.class);
        List<Long> order = rows.stream().map(r -> r.getJsonNumber("bidId").longValue()).toList();
        assertEquals(List.of(bids.get(0), bids.get(2), bids.get(1), bids.get(3), bids.get(4)), order, ranking.toString());
        Map<Long, String> totals = Map.of(bids.get(0), "81.00", bids.get(2), "81.00", bids.get(1), "80.50", bids.get(3), "70.68");
        // means are shown to two decimals, half up; the total is computed from the unrounded means
        Map<Long, String[]> means = Map.of(bids.get(0), new String[] {"8.50", "75.00"}, bids.get(1), new String[] {"7.25", "92.50"},
                bids.get(2), new String[] {"8.00", "82.50"}, bids.get(3), new String[] {"7.34", "66.67"});
        for (JsonObject row : rows) {
            long bid = row.getJsonNumber("bidId").longValue();
            if (bid == bids.get(4)) {
                assertFalse(row.getBoolean("complete"), row.toString());
                continue;
            }
            assertTrue(row.getBoolean("complete"), row.toString());
            assertEquals(totals.get(bid), row.getJsonNumber("total").bigDecimalValue().toPlainString(), row.toString());
            List<JsonObject> lines = row.getJsonArray("lines").getValuesAs(JsonObject.class);
            assertEquals(List.of("quality", "effect"), lines.stream().map(l -> l.getString("criterion")).toList());
            assertEquals(List.of(means.get(bid)[0], means.get(bid)[1]),
                    lines.stream().map(l -> l.getJsonNumber("mean").bigDecimalValue().toPlainString()).toList(), row.toString());
            assertEquals(2, lines.get(0).getJsonObject("points").size(), "each reviewer's points are shown: " + row);
        }
        assertEquals(List.of(1, 2, 3, 4, 5), rows.stream().map(r -> r.getInt("place")).toList());
    }

    @Test
    void openingPublishesTheReceiptsAndTheAnnouncementOpensEachWinnersProjectWithItsGrant() throws Exception {
        TwoTenants two = twoTenants();
        TestTenant a = two.a();
        Bidder a1 = two.a1();
        Bidder a2 = two.a2();
        Bidder b1 = two.b1();
        Member fromA = two.evaluatorOfA();
        Member fromB = two.evaluatorOfB();
        Browser host = visitors.host();
        Organiser theHost = Organiser.host(host);
        LocalDate today = Visitors.today(a);
        LocalDateTime deadline = secondsAhead(theHost.zone(), 30);
        long competition = published(theHost, terms("全市竞标公布", "ALL_TENANTS", List.of(), deadline, 2, "80000.00"));
        for (Member reviewer : List.of(fromA, fromB)) {
            assertEquals(200, host.json("POST", theHost.at(competition, "reviewers"), login(reviewer)).statusCode());
        }
        Map<Bidder, Long> bids = new java.util.LinkedHashMap<>();
        Map<Bidder, String> receipts = new java.util.LinkedHashMap<>();
        long file = 0;
        for (Bidder bidder : List.of(a1, a2, b1)) {
            long bid = start(bidder, competition);
            save(bidder, bid, plan(bidder.member().login(), today));
            if (bidder == b1) {
                file = bidding.attach(b1, bid, b1.member().login());
            }
            submit(bidder, bid);
            HttpResponse<String> endorsed = bidder.tenant().admin().json("POST", bidder.api("bids/" + bid + "/endorse"), null);
            assertEquals(200, endorsed.statusCode(), endorsed.body());
            bids.put(bidder, bid);
            receipts.put(bidder, object(endorsed).getJsonObject("receipt").getString("receipt"));
        }
        waitUntil(theHost.zone(), deadline.plusNanos(100_000_000));
        HttpResponse<String> opened = host.json("POST", theHost.at(competition, "open"), null);
        assertEquals(200, opened.statusCode(), opened.body());
        assertTrue(object(opened).getJsonArray("receipts").getValuesAs(JsonObject.class).stream().allMatch(r -> r.getBoolean("intact")));

        HttpResponse<String> published = bidding.anonymous("api/v1/public/competitions/" + competition + "/receipts");
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(published.headers().firstValue("Set-Cookie").isEmpty(), published.headers().toString());
        List<JsonObject> list = array(published).getValuesAs(JsonObject.class);
        assertEquals(3, list.size(), published.body());
        for (Bidder bidder : bids.keySet()) {
            JsonObject mine = list.stream().filter(r -> r.getString("receipt").equals(receipts.get(bidder))).findFirst().orElseThrow();
            assertTrue(mine.getBoolean("intact"), mine.toString());
            JsonObject version = objects(bidder.browser().json("GET", bidder.api("bids/" + bids.get(bidder) + "/versions"), null)).get(0);
            assertTrue(version.getBoolean("intact"), version.toString());
        }
        assertFalse(published.body().contains(a1.member().login()), "receipts only, no plan: " + published.body());

        // a reviewer of the bidder's own tenant neither sees nor scores its bids, until the host overrides it with a reason
        JsonObject sheetA = object(fromA.browser().json("GET", "api/v1/reviews/" + competition, null));
        assertEquals(List.of(bids.get(b1)), bidIds(sheetA));
        assertTrue(sheetA.toString().contains(b1.member().login()), "the opened plan is on the sheet");
        String fileOfB1 = "/bids/" + bids.get(b1) + "/files/" + file;
        assertArrayEquals(Bidding.pdf(b1.member().login()), bidding.download(fromA.browser(), "api/v1/reviews/" + competition + fileOfB1).body());
        assertArrayEquals(Bidding.pdf(b1.member().login()), bidding.download(host, theHost.at(competition, "") + fileOfB1).body());
        assertEquals(404, bidding.download(fromB.browser(), "api/v1/reviews/" + competition + fileOfB1).statusCode(), "a conflicted reviewer");
        assertFalse(sheetA.toString().contains(a1.member().login()), sheetA.toString());
        String score = "{\"scores\":[{\"criterion\":\"quality\",\"points\":9,\"note\":\"好\"},{\"criterion\":\"effect\",\"points\":90,\"note\":\"好\"}]}";
        HttpResponse<String> conflicted = fromA.browser().json("PUT", "api/v1/reviews/" + competition + "/bids/" + bids.get(a1), score);
        assertEquals(404, conflicted.statusCode(), conflicted.body());
        assertEquals(List.of(bids.get(a1), bids.get(a2)), bidIds(object(fromB.browser().json("GET", "api/v1/reviews/" + competition, null))));
        assertEquals(400, host.json("POST", theHost.at(competition, "bids/" + bids.get(a1) + "/override"),
                "{\"login\":\"" + fromA.login() + "\",\"reason\":\" \"}").statusCode(), "an override needs its reason");
        HttpResponse<String> overridden = host.json("POST", theHost.at(competition, "bids/" + bids.get(a1) + "/override"),
                "{\"login\":\"" + fromA.login() + "\",\"reason\":\"该评审与甲一支部无工作往来\"}");
        assertEquals(200, overridden.statusCode(), overridden.body());
        assertEquals(List.of(bids.get(a1), bids.get(b1)), bidIds(object(fromA.browser().json("GET", "api/v1/reviews/" + competition, null))));
        for (var sheet : List.of(Map.entry(fromA, b1), Map.entry(fromA, a1), Map.entry(fromB, a1), Map.entry(fromB, a2))) {
            HttpResponse<String> scored = sheet.getKey().browser().json("PUT",
                    "api/v1/reviews/" + competition + "/bids/" + bids.get(sheet.getValue()), score);
            assertEquals(200, scored.statusCode(), scored.body());
        }

        // winners up to the number; one gives its place up and the next takes it
        String win = theHost.at(competition, "bids/%d/win");
        assertEquals(200, host.json("POST", win.formatted(bids.get(a1)), null).statusCode());
        assertEquals(200, host.json("POST", win.formatted(bids.get(b1)), null).statusCode());
        HttpResponse<String> full = host.json("POST", win.formatted(bids.get(a2)), null);
        assertEquals(409, full.statusCode(), full.body());
        HttpResponse<String> gaveUp = host.json("POST", theHost.at(competition, "bids/" + bids.get(a1) + "/withdraw-win"),
                "{\"reason\":\"支部书记调整，无力实施\"}");
        assertEquals(200, gaveUp.statusCode(), gaveUp.body());
        Map<Long, String> outcomes = new java.util.HashMap<>();
        object(gaveUp).getJsonArray("places").getValuesAs(JsonObject.class).forEach(p -> outcomes.put(p.getJsonNumber("bidId").longValue(),
                absent(p, "outcome") ? null : p.getString("outcome")));
        assertEquals(Map.of(bids.get(a1), "WITHDREW", bids.get(a2), "WON", bids.get(b1), "WON"), outcomes, "the next takes the place");
        HttpResponse<String> announced = host.json("POST", theHost.at(competition, "announce"), null);
        assertEquals(200, announced.statusCode(), announced.body());
        assertEquals("ANNOUNCED", object(announced).getString("status"));

        assertTrue(objects(bidding.anonymous("api/v1/public/competitions")).stream()
                .anyMatch(c -> c.getJsonNumber("id").longValue() == competition));
        JsonObject announcement = object(bidding.anonymous("api/v1/public/competitions/" + competition));
        List<JsonObject> winners = announcement.getJsonArray("winners").getValuesAs(JsonObject.class);
        assertEquals(java.util.Set.of("甲二支部", "乙一支部"), winners.stream().map(w -> w.getString("unitName")).collect(java.util.stream.Collectors.toSet()),
                announcement.toString());
        assertTrue(winners.stream().allMatch(w -> w.getString("summary").length() > 0), announcement.toString());
        assertTrue(announcement.toString().contains("社区议事厅" + a2.member().login()), "the winner's plan title: " + announcement);
        assertFalse(announcement.toString().contains(a1.member().login()), "the one who withdrew is not announced");

        for (Bidder winner : List.of(a2, b1)) {
            JsonObject bid = opened(winner, bids.get(winner));
            assertEquals("WON", bid.getString("outcome"));
            long project = bid.getJsonNumber("projectId").longValue();
            JsonObject won = object(winner.browser().json("GET", winner.api("projects/" + project), null));
            assertEquals("APPROVED", won.getString("status"));
            assertTrue(won.getString("title").contains(winner.member().login()), won.toString());
            JsonObject funds = object(winner.tenant().admin().json("GET", winner.api("projects/" + project + "/funds"), null));
            assertTrue(funds.toString().contains("80000"), funds.toString());
            assertEquals(404, (winner == a2 ? b1 : a2).browser().json("GET", (winner == a2 ? b1 : a2).api("projects/" + project), null)
                    .statusCode(), "the project lives in the winner's tenant only");
        }
        assertTrue(absent(object(a1.browser().json("GET", a1.api("bids/" + bids.get(a1)), null)), "projectId"));
    }

    /** Two tenants with their declaration rounds open: units 甲一 and 甲二 of A, 乙一 of B, and an evaluator in each. */
    private record TwoTenants(TestTenant a, TestTenant b, Bidder a1, Bidder a2, Bidder b1, Member evaluatorOfA, Member evaluatorOfB) {
    }

    private TwoTenants twoTenants() {
        TestTenant a = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant b = visitors.openForDeclarations(Visitors.THREE_TYPES);
        return new TwoTenants(a, b, new Bidder(a, visitors.newMember(a, "UNIT_MEMBER", "甲一支部")),
                new Bidder(a, visitors.newMember(a, "UNIT_MEMBER", "甲二支部")), new Bidder(b, visitors.newMember(b, "UNIT_MEMBER", "乙一支部")),
                evaluator(a), evaluator(b));
    }

    private Member evaluator(TestTenant tenant) {
        return visitors.newMember(tenant, "EVALUATOR", "考评组" + UUID.randomUUID().toString().substring(0, 6));
    }

    /** The winner's bid once its project is open (the project opens in the winner's tenant right after the announcement commits). */
    private static JsonObject opened(Bidder winner, long bid) throws InterruptedException {
        for (int i = 0; ; i++) {
            JsonObject seen = object(winner.browser().json("GET", winner.api("bids/" + bid), null));
            if (!absent(seen, "projectId") || i == 50) {
                return seen;
            }
            Thread.sleep(200);
        }
    }

    /** Each bid has its rows in these tables in view of this transaction, and none of them holds the plain text. */
    private static void assertCiphertextOnly(Connection app, List<Long> bids, List<String> secrets, List<String> tables)
            throws SQLException {
        for (long shown : bids) {
            for (String table : tables) {
                try (PreparedStatement query = app.prepareStatement("select * from " + table + " = ?")) {
                    query.setLong(1, shown);
                    try (ResultSet rows = query.executeQuery()) {
                        assertEquals(List.of(), Bidding.search(table, rows, secrets));
                    }
                }
                assertTrue(AppSql.single(app, "select count(*) from " + table + " = " + shown) >= 1, table + " " + shown);
            }
        }
    }

    /** Whether the answer leaves the property out (as the API does with nothing to say) or gives it as null. */
    private static boolean absent(JsonObject object, String property) {
        return !object.containsKey(property) || object.isNull(property);
    }

    private static LocalDateTime tomorrow() throws Exception {
        return databaseNow(Bidding.HOST_ZONE).plusDays(1).withNano(0);
    }

    private static String login(Member member) {
        return "{\"login\":\"" + member.login() + "\"}";
    }

    private static List<Long> bidIds(JsonObject sheet) {
        return sheet.getJsonArray("bids").getValuesAs(JsonObject.class).stream().map(bid -> bid.getJsonObject("bid").getJsonNumber("bidId").longValue())
                .sorted().toList();
    }

    private static JsonObject bidder(Browser organiser, String path, long bid) {
        return objects(organiser.json("GET", path, null)).stream().filter(row -> row.getJsonNumber("bidId").longValue() == bid)
                .findFirst().orElseThrow();
    }

    private static String inbox(Bidder bidder) {
        return bidder.browser().json("GET", bidder.api("inbox"), null).body();
    }

    private static int inboxSize(Bidder bidder) {
        return object(bidder.browser().json("GET", bidder.api("inbox"), null)).getInt("total");
    }

    private static long tenantId(TestTenant tenant) throws SQLException, IOException {
        try (Connection db = Bidding.superuser()) {
            return AppSql.tenantId(db, tenant.code());
        }
    }

    /** The call answers this status and shows none of the secrets. */
    private static void expectIn(List<String> leaks, List<String> secrets, Browser who, String method, String code, String rest, int status) {
        expect(leaks, secrets, who, method, "api/v1/t/" + code + "/" + rest, status);
    }

    private static void expect(List<String> leaks, List<String> secrets, Browser who, String method, String path, int status) {
        expect(leaks, secrets, who, method, path, null, status);
    }

    private static void expect(List<String> leaks, List<String> secrets, Browser who, String method, String path, String body, int status) {
        HttpResponse<String> answer = who.json(method, path, body);
        if (answer.statusCode() != status) {
            leaks.add(method + " " + path + " answered " + answer.statusCode() + " instead of " + status + ": " + answer.body());
        }
        secrets.stream().filter(answer.body()::contains).forEach(s -> leaks.add(method + " " + path + " shows " + s));
    }

    /** Every entry of a workbook as text; read from a file, as its entries carry their sizes in the central directory only. */
    private static String unzipped(byte[] bytes) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        StringBuilder text = new StringBuilder();
        try {
            java.nio.file.Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        return text.toString();
    }
}
