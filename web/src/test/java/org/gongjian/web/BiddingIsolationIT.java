package org.gongjian.web;

import static org.gongjian.web.Bidding.databaseNow;
import static org.gongjian.web.Bidding.object;
import static org.gongjian.web.Bidding.objects;
import static org.gongjian.web.Bidding.plan;
import static org.gongjian.web.Bidding.published;
import static org.gongjian.web.Bidding.save;
import static org.gongjian.web.Bidding.start;
import static org.gongjian.web.Bidding.submit;
import static org.gongjian.web.Bidding.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gongjian.web.Bidding.Bidder;
import org.gongjian.web.Bidding.Organiser;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * Bids of a host competition stay in their bidders' tenants: one tenant's admin never reaches
 * another's, by list or by id; a tenant's own competition is not there for another tenant's units
 * or admins nor for the host; reviewers reach only the panels they sit on; other roles and nobody
 * are refused the organiser's and the reviewers' calls.
 */
class BiddingIsolationIT extends DeployedPortal {

    private static final String REASON = "{\"reason\":\"请补充\"}";

    @Test
    void aHostCompetitionsBidsAreReachedOnlyFromTheirOwnTenant() throws Exception {
        TestTenant a = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant b = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Bidder a1 = new Bidder(a, visitors.newUnitMember(a));
        Bidder a2 = new Bidder(a, visitors.newUnitMember(a));
        Bidder b1 = new Bidder(b, visitors.newUnitMember(b));
        Browser host = visitors.host();
        Organiser theHost = Organiser.host(host);
        long competition = published(theHost, terms("全市隔离测试", "ALL_TENANTS", List.of(), tomorrow(), 2, "1000.00"));
        LocalDate today = Visitors.today(a);
        long ofA = bid(a1, competition, today);
        long ofA2 = start(a2, competition);
        long ofB = bid(b1, competition, today);
        for (Bidder bidder : List.of(a1, b1)) {
            long bid = bidder == a1 ? ofA : ofB;
            assertEquals(200, bidder.tenant().admin().json("POST", bidder.api("bids/" + bid + "/endorse"), null).statusCode());
        }

        assertEquals(List.of(ofA, ofA2), ids(a.admin().json("GET", a1.api("bids"), null)).stream().sorted().toList(),
                "A's admin lists A's bids only");
        assertEquals(List.of(ofB), ids(b.admin().json("GET", b1.api("bids"), null)));
        assertEquals(List.of(ofA), ids(a1.browser().json("GET", a1.api("bids/mine"), null)), "a unit lists its own bid only");
        assertEquals(List.of(ofA, ofA2, ofB), ids(host.json("GET", theHost.at(competition, "bidders"), null), "bidId").stream().sorted().toList(),
                "the host sees who bid from every tenant");

        List<String> wrong = new ArrayList<>();
        for (String call : List.of("GET bids/%d", "GET bids/%d/versions", "GET bids/%d/files", "GET bids/%d/files/1", "PUT bids/%d",
                "POST bids/%d/submit", "POST bids/%d/endorse", "POST bids/%d/return", "POST bids/%d/withdraw", "POST bids/%d/confirm",
                "DELETE bids/%d/files/1")) {
            // a call of the other role (an admin's submit, a unit's endorsement) may be refused for the role first
            expect(wrong, a.admin(), a.code(), call.formatted(ofB), 404, 403);
            expect(wrong, a.admin(), b.code(), call.formatted(ofB), 404);
            expect(wrong, a1.browser(), a.code(), call.formatted(ofB), 404, 403);
            expect(wrong, a1.browser(), a.code(), call.formatted(ofA2), 404, 403);
            expect(wrong, host, a.code(), call.formatted(ofA), 404);
            expect(wrong, new Browser(base), a.code(), call.formatted(ofA), 401);
        }
        for (String call : List.of("GET ", "POST ", "GET " + competition, "PUT " + competition, "POST " + competition + "/open",
                "GET " + competition + "/bidders", "GET " + competition + "/ranking", "GET " + competition + "/reviewers")) {
            String method = call.substring(0, call.indexOf(' '));
            String path = theHost.path() + (call.endsWith(" ") ? "" : "/" + call.substring(method.length() + 1));
            for (Browser who : List.of(a.admin(), a1.browser(), new Browser(base))) {
                HttpResponse<String> answer = who.json(method, path, method.equals("GET") ? null : "{}");
                if (answer.statusCode() != 403) {
                    wrong.add(method + " " + path + " answered " + answer.statusCode() + " instead of 403: " + answer.body());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals("SUBMITTED", status(b1, ofB), "nothing changed B's bid");

        HttpResponse<String> unproven = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve(a2.api("bids/" + ofA2 + "/withdraw")))
                .header("Cookie", a2.browser().cookieHeader()).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, unproven.statusCode(), "a change without X-Requested-With: " + unproven.body());
        assertEquals("api.proofMissing", object(unproven).getString("error"));
        assertEquals("DRAFT", status(a2, ofA2));
        assertEquals(1, Bidding.objects(b1.browser().json("GET", b1.api("bids/" + ofB + "/versions"), null)).size());
    }

    @Test
    void aTenantsOwnCompetitionIsNotThereForAnotherTenantNorForTheHost() throws Exception {
        TestTenant a = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant b = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Bidder a1 = new Bidder(a, visitors.newUnitMember(a));
        Bidder b1 = new Bidder(b, visitors.newUnitMember(b));
        Browser host = visitors.host();
        Organiser own = Organiser.of(a);
        long competition = published(own, terms("街道内部竞标", "OWN_UNITS", List.of(), tomorrow(), 1, "1000.00"));
        HttpResponse<String> draft = a.admin().json("POST", own.path(), terms("未发布竞标", "OWN_UNITS", List.of(), tomorrow(), 1, "1000.00"));
        assertEquals(201, draft.statusCode(), draft.body());
        long unpublished = Bidding.id(draft);

        assertTrue(ids(a1.browser().json("GET", a1.api("bidding"), null)).contains(competition), "A's units are invited");
        assertTrue(!ids(a1.browser().json("GET", a1.api("bidding"), null)).contains(unpublished), "a draft invites nobody");
        assertEquals(404, a1.browser().json("GET", a1.api("bidding/" + unpublished), null).statusCode());
        assertTrue(!ids(b1.browser().json("GET", b1.api("bidding"), null)).contains(competition), "B's units are not invited");
        assertTrue(!ids(b.admin().json("GET", "api/v1/t/" + b.code() + "/competitions", null)).contains(competition));
        assertTrue(!ids(host.json("GET", "api/v1/host/competitions", null)).contains(competition));

        List<String> wrong = new ArrayList<>();
        expect(wrong, b1.browser(), b.code(), "GET bidding/" + competition, 404);
        expect(wrong, b1.browser(), b.code(), "POST bidding/" + competition + "/bid", 404);
        for (String call : List.of("GET competitions/%d", "PUT competitions/%d", "POST competitions/%d/publish", "POST competitions/%d/open",
                "POST competitions/%d/cancel", "GET competitions/%d/bidders", "GET competitions/%d/reviewers",
                "GET competitions/%d/ranking")) {
            expect(wrong, b.admin(), b.code(), call.formatted(competition), 404);
            expect(wrong, a1.browser(), a.code(), call.formatted(competition), 403);
            expect(wrong, host, "", call.formatted(competition).replace(" competitions/", " host/competitions/"), 404);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals("PUBLISHED", object(a.admin().json("GET", own.at(competition, ""), null)).getString("status"));
    }

    @Test
    void reviewersReachOnlyThePanelsTheySitOn() throws Exception {
        TestTenant a = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant b = visitors.newTenant();
        Member ofA = visitors.newMember(a, "EVALUATOR", "考评组" + UUID.randomUUID().toString().substring(0, 6));
        Member ofB = visitors.newMember(b, "EVALUATOR", "考评组" + UUID.randomUUID().toString().substring(0, 6));
        Member unit = visitors.newUnitMember(a);
        Browser host = visitors.host();
        Organiser own = Organiser.of(a);
        Organiser theHost = Organiser.host(host);
        long local = published(own, terms("街道评审隔离", "OWN_UNITS", List.of(), tomorrow(), 1, "1000.00"));
        long city = published(theHost, terms("全市评审隔离", "ALL_TENANTS", List.of(), tomorrow(), 1, "1000.00"));
        assertEquals(200, a.admin().json("POST", own.at(local, "reviewers"), login(ofA)).statusCode());
        assertEquals(200, host.json("POST", theHost.at(city, "reviewers"), login(ofB)).statusCode());
        HttpResponse<String> outsider = a.admin().json("POST", own.at(local, "reviewers"), login(ofB));
        assertEquals(400, outsider.statusCode(), "a tenant's panel takes its own accounts: " + outsider.body());

        assertEquals(List.of(local), ids(ofA.browser().json("GET", "api/v1/reviews", null)));
        assertEquals(List.of(city), ids(ofB.browser().json("GET", "api/v1/reviews", null)));
        assertEquals(List.of(), ids(unit.browser().json("GET", "api/v1/reviews", null)));
        String score = "{\"scores\":[{\"criterion\":\"quality\",\"points\":5,\"note\":\"\"},{\"criterion\":\"effect\",\"points\":50,\"note\":\"\"}]}";
        List<String> wrong = new ArrayList<>();
        expectAt(wrong, ofA.browser(), "GET", "api/v1/reviews/" + local, null, 409);
        expectAt(wrong, ofB.browser(), "GET", "api/v1/reviews/" + city, null, 409);
        for (long competition : List.of(local, city)) {
            Browser notOnIt = competition == local ? ofB.browser() : ofA.browser();
            for (Browser who : List.of(notOnIt, unit.browser(), a.admin(), host)) {
                expectAt(wrong, who, "GET", "api/v1/reviews/" + competition, null, 404);
                expectAt(wrong, who, "PUT", "api/v1/reviews/" + competition + "/bids/1", score, 404);
            }
            expectAt(wrong, new Browser(base), "GET", "api/v1/reviews/" + competition, null, 401);
            expectAt(wrong, new Browser(base), "PUT", "api/v1/reviews/" + competition + "/bids/1", score, 401);
        }
        expectAt(wrong, new Browser(base), "GET", "api/v1/reviews", null, 401);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));

        HttpResponse<String> removed = a.admin().json("DELETE", own.at(local, "reviewers") + "?login=" + ofA.login(), null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(List.of(), ids(ofA.browser().json("GET", "api/v1/reviews", null)));
        assertEquals(404, ofA.browser().json("GET", "api/v1/reviews/" + local, null).statusCode());
    }

    private static long bid(Bidder bidder, long competition, LocalDate today) {
        long bid = start(bidder, competition);
        save(bidder, bid, plan(bidder.member().login(), today));
        submit(bidder, bid);
        return bid;
    }

    private static String status(Bidder bidder, long bid) {
        return object(bidder.browser().json("GET", bidder.api("bids/" + bid), null)).getString("status");
    }

    private static LocalDateTime tomorrow() throws Exception {
        return databaseNow(Bidding.HOST_ZONE).plusDays(1).withNano(0);
    }

    private static String login(Member member) {
        return "{\"login\":\"" + member.login() + "\"}";
    }

    private static List<Long> ids(HttpResponse<String> response) {
        return ids(response, "id");
    }

    private static List<Long> ids(HttpResponse<String> response, String property) {
        return objects(response).stream().map(JsonObject.class::cast).map(o -> o.getJsonNumber(property).longValue()).toList();
    }

    /**
     * A call such as {@code GET bids/5} under the tenant's API (the host's when the code is empty)
     * answers one of these statuses, and shows nothing of a bid's plan (the bidders' logins are in their plans).
     */
    private static void expect(List<String> wrong, Browser who, String code, String call, int... statuses) {
        String method = call.substring(0, call.indexOf(' '));
        String rest = call.substring(method.length() + 1);
        String path = code.isEmpty() ? "api/v1/" + rest : "api/v1/t/" + code + "/" + rest;
        HttpResponse<String> answer = who.json(method, path, method.equals("GET") || method.equals("DELETE") ? null
                : rest.endsWith("/return") || rest.endsWith("/cancel") ? REASON : "{}");
        if (java.util.Arrays.stream(statuses).noneMatch(status -> status == answer.statusCode()) || answer.body().contains("社区议事厅")) {
            wrong.add(method + " " + path + " answered " + answer.statusCode() + " instead of " + java.util.Arrays.toString(statuses)
                    + ": " + answer.body());
        }
    }

    private static void expectAt(List<String> wrong, Browser who, String method, String path, String body, int status) {
        HttpResponse<String> answer = who.json(method, path, body);
        if (answer.statusCode() != status) {
            wrong.add(method + " " + path + " answered " + answer.statusCode() + " instead of " + status + ": " + answer.body());
        }
    }
}
