package org.gongjian.web.probe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.gongjian.launcher.ItDatabase;
import org.gongjian.web.AcceptedProjects;
import org.gongjian.web.Bidding;
import org.gongjian.web.Browser;
import org.gongjian.web.Visitors;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;

/**
 * The people and records the probe attacks, made through the API and pages as users make them.
 * Tenant A holds the attackers (its admin, a member of unit A1, a claimant, an evaluator) and unit
 * A2, whose records unit A1 must not reach; tenant B is the victim, which the host must not reach
 * through tenant pages either, with units, projects at several stages, ledger entries, visits,
 * funds, progress reports, attachments, comments and messages. Every text the victims write
 * carries a marker that must never come back to an attacker.
 */
final class Victims {

    /** A record of someone, with the record it lives under (a ledger entry's project). */
    record Rec(Kind kind, String id, Rec parent) {
    }

    /** Someone at the portal: the cookies of a signed-in account's session, or nobody. */
    record Actor(String name, String session) {
    }

    /**
     * Records that these actors must not reach, in the tenant of this code; their text carries
     * the marker.
     */
    record Target(String name, String code, List<Rec> records, Set<Actor> attackers, String marker) {
    }

    /** A change the victims made, kept so that the probe sends bodies the portal would accept. */
    record Call(String method, String path, String contentType, byte[] body) {
    }

    static final Actor ANONYMOUS = new Actor("anonymous", null);
    private static final String TENANT_MARKER = "PRBT";
    private static final String UNIT_MARKER = "PRBU";
    private static final String MEMBERS_MARKER = "PRBM";
    private static final String HOST_MARKER = "PRBH";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final String CRITERIA = "[{\"key\":\"quality\",\"name\":{\"zh\":\"方案质量\"},\"weight\":60,\"maxScore\":10},"
            + "{\"key\":\"effect\",\"name\":{\"zh\":\"预期成效\"},\"weight\":40,\"maxScore\":100}]";

    final List<Call> calls = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    final List<Actor> attackers = new ArrayList<>();
    /** Who reads tenant B's records as their own: to show the probe's ids are real. */
    final List<Actor> owners = new ArrayList<>();
    final String attackerCode;
    final String victimCode;
    final int year;
    /** A project of the attacking unit A1, underway, to put other people's records under. */
    final Rec ownProject;

    private final URL base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);

    private Victims(URL base) {
        this.base = base;
        Visitors visitors = new Visitors(base);
        TestTenant a = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant b = visitors.openForDeclarations(Visitors.THREE_TYPES);
        attackerCode = a.code();
        victimCode = b.code();
        year = Visitors.today(a).getYear();

        String tenantMarker = TENANT_MARKER + suffix;
        Member first = visitors.newMember(b, "UNIT_MEMBER", "第一支部" + tenantMarker);
        Member second = visitors.newMember(b, "UNIT_MEMBER", "第二支部" + tenantMarker);
        List<Rec> ofB = new ArrayList<>();
        underway(b, first.browser(), tenantMarker, ofB);
        Rec closing = underway(b, first.browser(), tenantMarker, ofB);
        call(first.browser(), "POST", api(b, "projects/" + closing.id() + "/closure"), closure(b, closing, tenantMarker));
        Member bEvaluator = visitors.newMember(b, "EVALUATOR", "考评组");
        Member fourth = visitors.newMember(b, "UNIT_MEMBER", "第四支部" + tenantMarker);
        Rec evaluatedProject = evaluated(b, fourth.browser(), bEvaluator, tenantMarker, ofB);
        Rec draft = draft(b, second.browser(), tenantMarker, ofB);
        upload(second.browser(), b, draft, "DECLARATION", tenantMarker, ofB);
        Rec submitted = declared(b, second.browser(), tenantMarker, ofB);
        call(b.admin(), "POST", api(b, "projects/" + submitted.id() + "/comments"), "{\"body\":\"请补充材料" + tenantMarker + "\"}");
        Rec nominated = declared(b, second.browser(), tenantMarker, ofB);
        call(b.admin(), "POST", api(b, "projects/" + nominated.id() + "/approve"), null);
        call(b.admin(), "POST", api(b, "projects/" + nominated.id() + "/nomination"), "{\"nominated\":true}");
        Member bClaimant = visitors.newClaimant(b, "共建企业" + tenantMarker);
        board(b, bClaimant.browser(), tenantMarker, ofB);
        ofB.add(new Rec(Kind.JOIN_REQUEST, askToJoin(b, "物业公司" + tenantMarker), null));
        for (Browser reader : List.of(first.browser(), second.browser(), b.admin())) {
            messages(reader, b, ofB);
        }
        for (JsonValue unit : json(b.admin().json("GET", api(b, "units"), null)).asJsonArray()) {
            ofB.add(new Rec(Kind.UNIT, id(unit), null));
        }
        Browser hostBrowser = visitors.host();
        String hostMarker = HOST_MARKER + suffix;
        List<Rec> ofHost = new ArrayList<>();
        // the host reads this unit's name once the bids are opened: it carries no marker of tenant B
        Member third = visitors.newMember(b, "UNIT_MEMBER", "第三支部");
        List<Rec> toOpen = bidding(b, hostBrowser, first.browser(), third.browser(), bEvaluator, tenantMarker, hostMarker, ofB, ofHost);
        showcase(b, third.browser(), hostBrowser, tenantMarker, ofB, ofHost);
        Actor host = actor("the host", hostBrowser);
        owners.add(host);
        owners.add(actor("tenant B's evaluator", bEvaluator.browser()));
        owners.add(actor("tenant B's admin", b.admin()));
        owners.add(actor("a member of unit B1", first.browser()));
        owners.add(actor("a member of unit B2", second.browser()));
        owners.add(actor("tenant B's claimant", bClaimant.browser()));
        owners.add(actor("a member of unit B4", fourth.browser()));

        Member attacker = visitors.newMember(a, "UNIT_MEMBER", "甲支部");
        ownProject = underway(a, attacker.browser(), "", new ArrayList<>());
        String unitMarker = UNIT_MARKER + suffix;
        String membersMarker = MEMBERS_MARKER + suffix;
        Member neighbour = visitors.newMember(a, "UNIT_MEMBER", "乙支部");
        List<Rec> ofUnit = new ArrayList<>();
        underway(a, neighbour.browser(), unitMarker, ofUnit);
        declared(a, neighbour.browser(), unitMarker, ofUnit);
        List<Rec> ofMembers = new ArrayList<>();
        Rec neighboursDraft = draft(a, neighbour.browser(), membersMarker, ofMembers);
        upload(neighbour.browser(), a, neighboursDraft, "DECLARATION", membersMarker, ofMembers);
        messages(neighbour.browser(), a, ofMembers);
        sealedBid(a, neighbour.browser(), membersMarker, ofMembers);
        board(a, neighbour.browser(), unitMarker, ofUnit);
        String neighbourUnit = json(neighbour.browser().json("GET", api(a, "projects/" + neighboursDraft.id()), null))
                .asJsonObject().get("unitId").toString();
        ofUnit.add(new Rec(Kind.UNIT, neighbourUnit, null));

        Actor admin = actor("tenant A's admin", a.admin());
        Actor member = actor("a member of unit A1", attacker.browser());
        Actor claimant = actor("tenant A's claimant", visitors.newClaimant(a, "共建企业" + a.code()).browser());
        Actor evaluator = actor("tenant A's evaluator", visitors.newMember(a, "EVALUATOR", "考评组").browser());
        attackers.addAll(List.of(admin, member, claimant, evaluator, ANONYMOUS));
        Set<Actor> outsiders = new HashSet<>(attackers);
        outsiders.add(host);
        awards(b, evaluatedProject, tenantMarker, hostMarker, ofB, ofHost);
        targets.add(new Target("tenant B", victimCode, List.copyOf(ofB), Set.copyOf(outsiders), tenantMarker));
        targets.add(new Target("unit A2", attackerCode, List.copyOf(ofUnit), Set.of(member, claimant, ANONYMOUS), unitMarker));
        targets.add(new Target("unit A2's members only", attackerCode, List.copyOf(ofMembers), Set.copyOf(attackers), membersMarker));
        ofHost.add(announced(b, hostBrowser, bEvaluator.browser(), toOpen));
        targets.add(new Target("the host's competition", victimCode, List.copyOf(ofHost), Set.copyOf(attackers), hostMarker));
    }

    static Victims build(URL base) {
        return new Victims(base);
    }

    /** The other tenant, whose records the attackers' whole tenant must not reach. */
    Target victimTenant() {
        return targets.stream().filter(target -> target.code().equals(victimCode)).findFirst().orElseThrow();
    }

    /** The markers of every target, which no body the probe sends may carry. */
    List<String> markers() {
        return targets.stream().map(Target::marker).toList();
    }

    /**
     * The tenant's board of the year (confirm after weighing) with a sector, a published item whose
     * public text is plain, a draft item whose title carries the marker, and the organisation's
     * pending claim on the published item, its plan carrying the marker. Drafts and claims are the
     * records; the board and its sector too when the marker is the tenant's.
     */
    private void board(TestTenant tenant, Browser organisation, String marker, List<Rec> records) {
        JsonObject board = json(call(tenant.admin(), "POST", api(tenant, "boards"), "{\"year\":" + year
                + ",\"title\":\"项目认领\",\"mode\":\"CONFIRM\",\"categoryKey\":\"innovation\"}")).asJsonObject();
        Rec boardRec = new Rec(Kind.BOARD, id(board), null);
        JsonObject sector = json(call(tenant.admin(), "POST", api(tenant, "boards/" + boardRec.id() + "/sectors"),
                "{\"name\":\"社区服务\",\"position\":1}")).asJsonObject();
        Rec sectorRec = new Rec(Kind.SECTOR, id(sector), boardRec);
        String window = ",\"opensAt\":\"" + year + "-01-01T00:00\",\"closesAt\":\"" + (year + 1) + "-01-01T00:00\"}";
        String item = "{\"sectorId\":" + sectorRec.id() + ",\"title\":\"%s\",\"need\":\"老人吃饭难\",\"capacity\":2" + window;
        Rec published = new Rec(Kind.ITEM, id(json(call(tenant.admin(), "POST", api(tenant, "boards/" + boardRec.id() + "/items"),
                item.formatted("互助食堂")))), null);
        call(tenant.admin(), "PUT", api(tenant, "items/" + published.id()), item.formatted("互助食堂"));
        call(tenant.admin(), "POST", api(tenant, "items/" + published.id() + "/publish"), null);
        call(tenant.admin(), "POST", api(tenant, "items/" + published.id() + "/capacity"), "{\"places\":3}");
        Rec draft = new Rec(Kind.ITEM, id(json(call(tenant.admin(), "POST", api(tenant, "boards/" + boardRec.id() + "/items"),
                item.formatted("草稿标的" + marker)))), null);
        Rec claim = new Rec(Kind.CLAIM, id(json(call(organisation, "POST", api(tenant, "items/" + published.id() + "/claims"),
                "{\"plan\":\"每周服务" + marker + "\",\"reasons\":\"就近就便" + marker + "\"}"))), null);
        if (marker.startsWith(TENANT_MARKER)) {
            records.addAll(List.of(boardRec, sectorRec, published));
        }
        records.addAll(List.of(draft, claim));
    }

    /**
     * Bidding in tenant B: its own competition and a host competition open to B only, each taking
     * bids for under a minute, with a bid whose plan, file name and file carry the marker (the host
     * competition's its own, as the host reads that bid once opened), B's evaluator on both panels;
     * and a draft competition of B whose topic carries the tenant's marker. The competitions and
     * bids are the records; returns the two competitions to open once their deadline has passed.
     */
    private List<Rec> bidding(TestTenant b, Browser host, Browser first, Browser third, Member evaluator, String tenantMarker,
                              String hostMarker, List<Rec> ofB, List<Rec> ofHost) {
        String deadline = LocalDateTime.now(CHINA).plusSeconds(45).format(LOCAL);
        String own = api(b, "competitions");
        String city = "api/v1/host/competitions";
        String chosen = "";
        for (JsonValue tenant : json(host.json("GET", city + "/tenants", null)).asJsonArray()) {
            if (tenant.asJsonObject().getString("code").equals(b.code())) {
                chosen = id(tenant);
            }
        }
        Rec local = competition(b.admin(), own, "街道竞标", "OWN_UNITS", "", deadline);
        Rec hosts = competition(host, city, "全市竞标", "CHOSEN_TENANTS", chosen, deadline);
        String tomorrow = LocalDateTime.now(CHINA).plusDays(1).format(LOCAL);
        Rec draft = new Rec(Kind.COMPETITION, id(json(call(b.admin(), "POST", own, terms("草稿竞标" + tenantMarker, "OWN_UNITS", "", tomorrow)))),
                null);
        String login = "{\"login\":\"" + evaluator.login() + "\"}";
        call(b.admin(), "POST", own + "/" + local.id() + "/reviewers", login);
        call(host, "POST", city + "/" + hosts.id() + "/reviewers", login);
        bid(b, first, local, declaration(b, tenantMarker), tenantMarker, ofB);
        // the announcement publishes the winner's title and summary (its content): they carry no marker
        String published = Json.createObjectBuilder(Json.createReader(new StringReader(declaration(b, hostMarker))).readObject()).add("title", "社区议事厅")
                .add("content", "建设社区议事厅").build().toString();
        Rec endorsed = bid(b, third, hosts, published, hostMarker, ofHost);
        call(b.admin(), "POST", api(b, "bids/" + endorsed.id() + "/endorse"), null);
        ofB.addAll(List.of(local, draft));
        ofHost.add(hosts);
        return List.of(local, hosts);
    }

    /** A competition written and published by its organiser, taking bids until the deadline (local time in China). */
    private Rec competition(Browser organiser, String path, String topic, String eligibility, String tenants, String deadline) {
        Rec competition = new Rec(Kind.COMPETITION, id(json(call(organiser, "POST", path, terms(topic, eligibility, tenants, deadline)))), null);
        call(organiser, "POST", path + "/" + competition.id() + "/publish", null);
        return competition;
    }

    private static String terms(String topic, String eligibility, String tenants, String deadline) {
        return "{\"year\":" + deadline.substring(0, 4) + ",\"topic\":\"" + topic + "\",\"rules\":\"择优\",\"eligibility\":\""
                + eligibility + "\",\"tenantIds\":[" + tenants + "],\"criteria\":" + CRITERIA + ",\"deadline\":\"" + deadline
                + "\",\"winners\":1,\"fundsPerWinner\":1000.00}";
    }

    /** The unit's bid in the competition with this plan, and a file carrying the marker; submitted (to the committee in a host competition). */
    private Rec bid(TestTenant tenant, Browser unit, Rec competition, String plan, String marker, List<Rec> records) {
        Rec bid = new Rec(Kind.BID, id(json(call(unit, "POST", api(tenant, "bidding/" + competition.id() + "/bid"), null))), competition);
        call(unit, "PUT", api(tenant, "bids/" + bid.id()), plan);
        records.add(bid);
        upload(unit, api(tenant, "bids/" + bid.id() + "/files"), marker, Kind.BID_FILE, bid, records);
        call(unit, "POST", api(tenant, "bids/" + bid.id() + "/submit"), null);
        return bid;
    }

    /** Unit A2's bid in its tenant's own competition, sealed until a deadline a day ahead: not even the tenant's admins read it. */
    private void sealedBid(TestTenant a, Browser unit, String marker, List<Rec> records) {
        Rec competition = competition(a.admin(), api(a, "competitions"), "街道竞标", "OWN_UNITS", "",
                LocalDateTime.now(CHINA).plusDays(1).format(LOCAL));
        bid(a, unit, competition, declaration(a, marker), marker, records);
    }

    /**
     * Opens both competitions once their deadline has passed, and announces the host's: its bid wins
     * once B's evaluator, let past the conflict, scored it. Returns the project the win opened in
     * tenant B, which the host follows.
     */
    private Rec announced(TestTenant b, Browser host, Browser evaluator, List<Rec> competitions) {
        open(b.admin(), host, competitions);
        String city = "api/v1/host/competitions/" + competitions.get(1).id();
        JsonObject bidder = json(call(host, "GET", city + "/bidders", null)).asJsonArray().getJsonObject(0);
        String bid = bidder.get("bidId").toString();
        String login = json(call(host, "GET", city + "/reviewers", null)).asJsonArray().getJsonObject(0).getString("login");
        call(host, "POST", city + "/bids/" + bid + "/override", "{\"login\":\"" + login + "\",\"reason\":\"无往来\"}");
        call(evaluator, "PUT", "api/v1/reviews/" + competitions.get(1).id() + "/bids/" + bid, "{\"scores\":[{\"criterion\":\"quality\","
                + "\"points\":8,\"note\":\"可行\"},{\"criterion\":\"effect\",\"points\":80,\"note\":\"有成效\"}]}");
        call(host, "POST", city + "/bids/" + bid + "/win", null);
        call(host, "POST", city + "/announce", null);
        for (int attempt = 0; attempt < 50; attempt++) {
            JsonObject row = json(call(host, "GET", city + "/bidders", null)).asJsonArray().getJsonObject(0);
            if (row.containsKey("projectId")) {
                return new Rec(Kind.PROJECT, row.get("projectId").toString(), null);
            }
            pause(200);
        }
        throw new AssertionError("no project opened for the winner of " + city);
    }

    /** Opens the competitions once their deadline has passed by the database's clock (409 until then). */
    private void open(Browser tenantAdmin, Browser host, List<Rec> competitions) {
        String[] paths = {api(victimCode, "competitions/" + competitions.get(0).id() + "/open"),
                "api/v1/host/competitions/" + competitions.get(1).id() + "/open"};
        Browser[] organisers = {tenantAdmin, host};
        for (int i = 0; i < paths.length; i++) {
            for (int attempt = 0; ; attempt++) {
                HttpResponse<String> opened = organisers[i].json("POST", paths[i], null);
                if (opened.statusCode() == 200) {
                    break;
                }
                assertTrue(opened.statusCode() == 409 && attempt < 120, paths[i] + " " + opened.statusCode() + " " + opened.body());
                pause(1000);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An organisation asks anonymously to join; the request's id as the tenant's admin finds it. The call is not a sample. */
    private String askToJoin(TestTenant tenant, String name) {
        String body = "{\"name\":\"" + name + "\",\"kind\":\"ENTERPRISE\",\"contactPerson\":\"赵经理\","
                + "\"contactPhone\":\"13800000000\",\"reasons\":\"愿意出力\"}";
        HttpResponse<String> asked = send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/public/boards/" + tenant.code()
                        + "/join-requests")).header("X-Requested-With", "XMLHttpRequest").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertTrue(asked.statusCode() == 201, asked.statusCode() + " " + asked.body());
        for (JsonValue request : json(tenant.admin().json("GET", api(tenant, "join-requests"), null)).asJsonArray()) {
            if (request.asJsonObject().getString("name").equals(name)) {
                return id(request);
            }
        }
        throw new AssertionError("no request to join named " + name);
    }

    private Rec draft(TestTenant tenant, Browser member, String marker, List<Rec> records) {
        JsonObject created = json(call(member, "POST", api(tenant, "projects"),
                "{\"title\":\"草稿" + marker + "\",\"categoryKey\":\"innovation\"}")).asJsonObject();
        Rec project = new Rec(Kind.PROJECT, id(created), null);
        call(member, "PUT", api(tenant, "projects/" + project.id() + "/declaration"), declaration(tenant, marker));
        records.add(project);
        return project;
    }

    private Rec declared(TestTenant tenant, Browser member, String marker, List<Rec> records) {
        Rec project = draft(tenant, member, marker, records);
        call(member, "POST", api(tenant, "projects/" + project.id() + "/submit"), null);
        return project;
    }

    /** A project approved and underway, with one of every kind of implementation record. */
    private Rec underway(TestTenant tenant, Browser member, String marker, List<Rec> records) {
        Rec project = declared(tenant, member, marker, records);
        String path = "projects/" + project.id();
        LocalDate today = Visitors.today(tenant);
        Browser admin = tenant.admin();
        call(admin, "POST", api(tenant, path + "/approve"), null);
        call(member, "PUT", api(tenant, path + "/responsibility"),
                "{\"leadLeader\":\"王书记" + marker + "\",\"responsiblePerson\":\"李主任\",\"team\":[{\"name\":\"张三\",\"role\":\"联络员\"}]}");
        String entry = "{\"kind\":\"TASK\",\"stage\":\"第1阶段\",\"title\":\"走访摸排" + marker + "\",\"owner\":\"%s\",\"deadline\":\""
                + today.plusDays(5) + "\",\"measures\":\"党员包片\"}";
        Rec ledger = new Rec(Kind.LEDGER_ENTRY, id(json(call(member, "POST", api(tenant, path + "/ledger"), entry.formatted("李主任")))),
                project);
        call(member, "PUT", api(tenant, path + "/ledger/" + ledger.id()), entry.formatted("王书记"));
        call(member, "POST", api(tenant, path + "/ledger/" + ledger.id() + "/done"), null);
        call(member, "POST", api(tenant, path + "/ledger/" + ledger.id() + "/reopen"), null);
        call(member, "POST", api(tenant, path + "/progress"), "{\"body\":\"完成入户走访" + marker + "\",\"figures\":{}}");
        Rec visit = new Rec(Kind.VISIT, id(json(call(admin, "POST", api(tenant, path + "/visits"),
                "{\"kind\":\"SUPERVISION\",\"visitedOn\":\"" + today + "\",\"findings\":\"清单未公示" + marker
                        + "\",\"corrections\":\"一周内公示\",\"feedback\":\"请整改" + marker + "\"}"))), project);
        call(member, "POST", api(tenant, path + "/visits/" + visit.id() + "/answer"), "{\"answer\":\"已公示" + marker + "\"}");
        call(admin, "POST", api(tenant, path + "/funds/grants"), "{\"amount\":1000.00,\"date\":\"" + today + "\",\"purpose\":\"专项经费"
                + marker + "\"}");
        call(member, "POST", api(tenant, path + "/funds/spendings"), "{\"amount\":10.50,\"date\":\"" + today + "\",\"purpose\":\"宣传资料"
                + marker + "\"}");
        call(admin, "POST", api(tenant, path + "/comments"), "{\"body\":\"进展良好" + marker + "\"}");
        upload(member, tenant, project, "PROGRESS", marker, records);
        records.add(ledger);
        records.add(visit);
        return project;
    }

    private String declaration(TestTenant tenant, String marker) {
        return Bidding.plan(marker, Visitors.today(tenant));
    }

    /**
     * A project accepted and in the year's evaluation, scored by its unit and by the evaluator
     * assigned to it, whose notes carry the marker; the evaluator is marked related to the unit, a
     * batch of ballot codes is issued, and the evaluation is closed. The score sheets and the
     * relation are records.
     */
    private Rec evaluated(TestTenant tenant, Browser member, Member evaluator, String marker, List<Rec> records) {
        Rec project = underway(tenant, member, marker, records);
        call(member, "POST", api(tenant, "projects/" + project.id() + "/closure"), closure(tenant, project, marker));
        call(tenant.admin(), "POST", api(tenant, "projects/" + project.id() + "/accept"), null);
        call(tenant.admin(), "POST", api(tenant, "evaluations/" + year), null);
        call(tenant.admin(), "PUT", api(tenant, "evaluations/" + year + "/projects/" + project.id() + "/evaluators/" + evaluator.login()), null);
        String points = "{\"points\":[{\"criterion\":\"social-benefit\",\"points\":80},{\"criterion\":\"demonstration-effect\",\"points\":70},"
                + "{\"criterion\":\"mechanism-innovation\",\"points\":90},{\"criterion\":\"member-participation\",\"points\":60},"
                + "{\"criterion\":\"public-satisfaction\",\"points\":100}],\"note\":\"自评说明" + marker + "\"";
        JsonObject self = json(call(member, "PUT", api(tenant, "self-evaluations/" + project.id()), points + "}")).asJsonObject();
        records.add(new Rec(Kind.SCORE_SHEET, id(self.get("sheet")), null));
        JsonObject scored = json(call(evaluator.browser(), "PUT", api(tenant, "assessments/" + project.id()),
                points + ",\"listened\":\"听取汇报" + marker + "\",\"asked\":\"走访居民" + marker + "\"}")).asJsonObject();
        records.add(new Rec(Kind.SCORE_SHEET, id(scored.get("mine")), null));
        String unit = json(member.json("GET", api(tenant, "projects/" + project.id()), null)).asJsonObject().get("unitId").toString();
        JsonValue relations = json(call(tenant.admin(), "POST", api(tenant, "evaluations/relations"),
                "{\"login\":\"" + evaluator.login() + "\",\"unitId\":" + unit + ",\"reason\":\"曾任职" + marker + "\"}"));
        records.add(new Rec(Kind.EVALUATOR_RELATION, id(relations.asJsonArray().get(0)), null));
        call(tenant.admin(), "POST", api(tenant, "evaluations/" + year + "/projects/" + project.id() + "/ballots"), "{\"count\":2}");
        // closed, so that the public opinion pages, which show an open evaluation's projects by title, show none of the marked ones
        call(tenant.admin(), "POST", api(tenant, "evaluations/" + year + "/close"), null);
        return project;
    }

    /**
     * Awards, made by SQL as tenant B's frozen calendar has no award window: B's batch of the year
     * with the evaluated project's application, its case carrying the marker, awarded and published
     * under plain names (the public list shows them); and the host's open city batch with B's
     * nomination of the same project, its case carrying the host's marker. The batches and
     * applications are records.
     */
    private void awards(TestTenant tenant, Rec project, String marker, String hostMarker, List<Rec> ofB, List<Rec> ofHost) {
        try (Connection db = DriverManager.getConnection(ItDatabase.start().jdbcUrl(), "postgres", System.getProperty("it.db.password"))) {
            long tenantId = single(db, "select id from tenant where code = '" + tenant.code() + "'");
            long unit = single(db, "select unit_id from project where id = " + project.id());
            String batch = "insert into award_batch (organiser_tenant_id, year, title, time_zone, opens_on, closes_on, first_prizes,"
                    + " second_prizes, third_prizes, status, created_by) values (%s, %d, '年度表彰', 'Asia/Shanghai',"
                    + " current_date - 1, current_date + 1, 1, 1, 1, 'OPEN', 'probe') returning id";
            String application = "insert into award_application (batch_id, tenant_id, project_id, unit_id, project_title, owner_name,"
                    + " tenant_name, result_number, total, grade_key, grade_zh, grade_en, case_text, applied_by) values (%d, " + tenantId
                    + ", " + project.id() + ", " + unit + ", '邻里守望', '第四支部', '街道', 1, 85.00, 'good', '良好', 'Good', '%s', 'probe') returning id";
            long own = single(db, batch.formatted(tenantId, year));
            long applied = single(db, application.formatted(own, "典型案例" + marker));
            single(db, "select set_config('app.tenant_id', '" + tenantId + "', false)");
            single(db, "with decided as (update award_application set tier = 'FIRST', funds = 1000.00, decided_by = 'probe',"
                    + " decided_at = clock_timestamp() where id = " + applied + " returning 1) select count(*) from decided");
            single(db, "with published as (update award_batch set status = 'PUBLISHED', published_by = 'probe', published_at = clock_timestamp()"
                    + " where id = " + own + " returning 1) select count(*) from published");
            Rec ownBatch = new Rec(Kind.AWARD_BATCH, Long.toString(own), null);
            ofB.addAll(List.of(ownBatch, new Rec(Kind.AWARD_APPLICATION, Long.toString(applied), ownBatch)));
            // the city has one batch a year, and the award tests open this year's: the victims' is an earlier year's
            long city = single(db, batch.formatted("null", year - 20));
            Rec cityBatch = new Rec(Kind.AWARD_BATCH, Long.toString(city), null);
            long nominated = single(db, application.formatted(city, "推荐案例" + hostMarker));
            ofHost.addAll(List.of(cityBatch, new Rec(Kind.AWARD_APPLICATION, Long.toString(nominated), cityBatch)));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the awards of the victims", e);
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return row.getLong(1);
        }
    }

    private String closure(TestTenant tenant, Rec project, String marker) {
        var figures = Json.createObjectBuilder();
        json(tenant.admin().json("GET", api(tenant, "projects/" + project.id()), null)).asJsonObject().getJsonObject("declaration")
                .getJsonArray("goals").getValuesAs(JsonObject.class).forEach(goal -> figures.add(goal.getString("key"), 18));
        return Json.createObjectBuilder().add("summary", "解决难题 18 个" + marker).add("figures", figures).build().toString();
    }

    /** A PDF whose text and file name carry the marker, uploaded to a project through the API. */
    private void upload(Browser member, TestTenant tenant, Rec project, String purpose, String marker, List<Rec> records) {
        upload(member, api(tenant, "projects/" + project.id() + "/attachments") + "?purpose=" + purpose, marker, Kind.ATTACHMENT,
                project, records);
    }

    /** A PDF whose text and file name carry the marker, uploaded to this address; the file is a record of this kind. */
    private void upload(Browser member, String path, String marker, Kind kind, Rec parent, List<Rec> records) {
        byte[] pdf = Bidding.pdf(marker);
        HttpResponse<String> response = Bidding.upload(base, member, path, "材料" + marker + ".pdf", pdf);
        assertTrue(response.statusCode() == 201, path + " " + response.statusCode() + " " + response.body());
        calls.add(new Call("POST", path, "application/octet-stream", pdf));
        records.add(new Rec(kind, id(json(response)), parent));
    }

    /**
     * Tenant B's showcase of the year: a published story whose public text is plain (its project and
     * unit carry no marker), then a draft story whose title and text carry the marker, with a photo;
     * and the host's pick of the published story for the city. The stories and photo are records of
     * B, the pick the host's.
     */
    private void showcase(TestTenant b, Browser plainUnit, Browser host, String marker, List<Rec> ofB, List<Rec> ofHost) {
        long shown = AcceptedProjects.accepted(b, plainUnit, "展评项目");
        long hidden = AcceptedProjects.accepted(b, plainUnit, "未展示项目");
        String stories = api(b, "showcase/" + year + "/stories");
        Rec published = new Rec(Kind.STORY, id(json(call(b.admin(), "POST", stories, "{\"projectId\":" + shown + "}"))), null);
        call(b.admin(), "PUT", api(b, "showcase/stories/" + published.id()), "{\"title\":\"家门口的学堂\",\"body\":\"居民点赞\"}");
        call(b.admin(), "POST", api(b, "showcase/" + year + "/publish"), "{\"title\":\"年度展评\"}");
        Rec draft = new Rec(Kind.STORY, id(json(call(b.admin(), "POST", stories, "{\"projectId\":" + hidden + "}"))), null);
        call(b.admin(), "PUT", api(b, "showcase/stories/" + draft.id()), "{\"title\":\"草稿故事" + marker + "\",\"body\":\"" + marker + "\"}");
        String photos = api(b, "showcase/stories/" + draft.id() + "/photos?kind=AFTER");
        HttpResponse<String> photo = b.admin().send("POST", photos, Bidding.png(), "image/png");
        assertTrue(photo.statusCode() == 201, photos + " " + photo.statusCode() + " " + photo.body());
        calls.add(new Call("POST", photos, "image/png", Bidding.png()));
        Rec pick = new Rec(Kind.CITY_PICK, id(json(call(host, "POST", "api/v1/host/showcase/" + year + "/picks",
                "{\"storyId\":" + published.id() + "}"))), null);
        ofB.addAll(List.of(published, draft, new Rec(Kind.SHOWCASE_PHOTO, id(json(photo)), null)));
        ofHost.add(pick);
    }

    private void messages(Browser reader, TestTenant tenant, List<Rec> records) {
        JsonObject inbox = json(call(reader, "GET", api(tenant, "inbox"), null)).asJsonObject();
        assertTrue(!inbox.getJsonArray("notifications").isEmpty(), "no messages for the probe to try");
        inbox.getJsonArray("notifications").forEach(message -> records.add(new Rec(Kind.NOTIFICATION, id(message), null)));
    }

    /** A change by a victim that must succeed; its body is kept for the probe. */
    private HttpResponse<String> call(Browser who, String method, String path, String body) {
        HttpResponse<String> response = who.json(method, path, body);
        assertTrue(response.statusCode() / 100 == 2, method + " " + path + " " + response.statusCode() + " " + response.body());
        if (!method.equals("GET")) {
            calls.add(new Call(method, path, "application/json", body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Actor actor(String name, Browser browser) {
        return new Actor(name, browser.cookieHeader());
    }

    private static JsonValue json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readValue();
    }

    private static String id(JsonValue value) {
        return value.asJsonObject().get("id").toString();
    }

    private static String api(TestTenant tenant, String path) {
        return api(tenant.code(), path);
    }

    private static String api(String code, String path) {
        return "api/v1/t/" + code + "/" + path;
    }
}
