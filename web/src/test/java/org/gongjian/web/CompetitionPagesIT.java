package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * The pages of bidding competitions for each role: the host organises, a unit drafts, its committee
 * submits (呈报), reviewers score after opening, the host names the winner and announces it on the
 * public page. What a bid says never shows on the organiser's pages before the bids are opened;
 * each page is refused to the wrong role; the public pages give visitors no session.
 */
class CompetitionPagesIT extends DeployedPortal {

    private static final ZoneId HOST_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern COMPETITION_ID = Pattern.compile("[?&]id=(\\d+)");
    private static final Pattern BID_ID = Pattern.compile("[?&]bid=(\\d+)");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aBidStaysSealedOnTheOrganisersPagesUntilOpenedThenIsScoredAndItsWinnerAnnounced() throws InterruptedException {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant reviewers = visitors.newTenant();
        Member first = visitors.newMember(reviewers, "EVALUATOR", "评审一组");
        Member second = visitors.newMember(reviewers, "EVALUATOR", "评审二组");
        Member unit = visitors.newUnitMember(tenant);
        Member insider = visitors.newMember(tenant, "EVALUATOR", "本委评审组");
        Browser host = visitors.host();
        String secret = "密封内容" + UUID.randomUUID();
        LocalDateTime deadline = LocalDateTime.now(HOST_ZONE).plusSeconds(40).withNano(0);

        String topic = "社区治理创新竞标" + tenant.code();
        long competition = hostCompetition(host, topic, deadline);
        Page panel = host.submit(host.get(view(competition)), "panel", "add", Map.of("login", first.login()));
        assertTrue(panel.shows("已将“" + first.login() + "”加入评审组。"), panel.html());
        host.submit(panel, "panel", "add", Map.of("login", second.login()));
        host.submit(panel, "panel", "add", Map.of("login", insider.login()));
        Page published = host.submitAsShown(host.get(view(competition)), "moves", "publish", Map.of());
        assertEquals("接受投标中", published.textOf("competition-status"), published.html());

        Page bid = startBid(unit.browser(), tenant, topic);
        Page attached = unit.browser().upload(bid, "attach", "upload", "file", "测算表.pdf", PDF);
        assertTrue(attached.shows("测算表.pdf"), attached.html());
        Page handedOver = unit.browser().submitAsShown(attached, "declaration", "submit", plan(secret));
        assertTrue(handedOver.shows("方案已交党委审核呈报。"), handedOver.html());
        assertEquals("待党（工）委呈报", handedOver.textOf("bid-status"));

        long bidId = idIn(BID_ID, handedOver.uri().toString());
        Page awaiting = tenant.admin().get(page(tenant, "bids/index"));
        assertTrue(awaiting.shows("待党（工）委呈报"), awaiting.html());
        Page endorsed = tenant.admin().submit(tenant.admin().get(page(tenant, "bids/view?bid=" + bidId)), "endorsement", "endorse", Map.of());
        assertTrue(endorsed.shows("已呈报，方案已密封为第 1 版。"), endorsed.html());
        String receipt = endorsed.textOf("receipt-hash");
        assertTrue(receipt.matches("[0-9a-f]{64}"), receipt);

        Page sealed = host.get(view(competition));
        assertTrue(sealed.shows("已递交"), "who bid and when shows: " + sealed.html());
        Page asked = host.get(view(competition) + "&bid=" + bidId);
        assertEquals(404, asked.status(), "a sealed bid has no page before opening");
        for (Page organisers : new Page[] {sealed, asked}) {
            assertFalse(organisers.shows(secret), "the plan is sealed on the organiser's page before opening");
            assertFalse(organisers.shows("社区议事平台"), "not even its title shows");
        }
        Page tooEarly = first.browser().get("review/sheet.xhtml?competition=" + competition);
        assertTrue(tooEarly.shows("开标之前"), tooEarly.html());
        assertFalse(tooEarly.shows(secret), "a reviewer reads nothing before opening");

        waitUntil(deadline);
        Page opened = host.submit(host.get(view(competition)), "opening", "open", Map.of());
        assertTrue(opened.shows("已开标，核验了 1 份方案的回执。"), opened.html());
        Page plan = host.get(view(competition) + "&bid=" + bidId);
        assertTrue(plan.shows(secret), "after opening the organiser reads the plan: " + plan.html());

        Page kept = insider.browser().get("review/sheet.xhtml?competition=" + competition);
        assertTrue(kept.shows("没有需要您评分的方案。") && !kept.shows(secret), "a reviewer of the bidder's own committee is kept out");
        Page conflicts = host.get(view(competition));
        assertTrue(conflicts.shows("回避的评审人员：" + insider.login()), conflicts.html());
        Page blankReason = host.submitAsShown(conflicts, "override", "save", Map.of("override:bid_input", Long.toString(bidId),
                "override:reviewer_input", insider.login(), "override:reason", ""));
        assertTrue(blankReason.shows("请填写“理由”。"), blankReason.html());
        Page overridden = host.submitAsShown(conflicts, "override", "save", Map.of("override:bid_input", Long.toString(bidId),
                "override:reviewer_input", insider.login(), "override:reason", "本委唯一熟悉社区治理的评审人员。"));
        assertTrue(overridden.shows("已解除“" + insider.login() + "”对"), overridden.html());

        Map<Member, String> given = Map.of(first, "8", second, "9", insider, "7");
        for (Member reviewer : new Member[] {first, second, insider}) {
            Page sheet = reviewer.browser().get("review/sheet.xhtml?competition=" + competition);
            assertTrue(sheet.shows(secret), sheet.html());
            Page file = reviewer.browser().submitAsShown(sheet, "sheet", "bids:0:files:0:download", Map.of());
            assertEquals(new String(PDF, StandardCharsets.ISO_8859_1), file.html(), "the reviewer opens the bid's file");
            Page scored = reviewer.browser().submitAsShown(sheet, "sheet", "bids:0:save", points(sheet, given.get(reviewer)));
            assertTrue(scored.shows("已保存对"), scored.html());
        }
        Page ranking = host.get(view(competition));
        given.forEach((reviewer, points) -> assertTrue(ranking.shows(reviewer.login() + " " + points), "each reviewer's points: " + ranking.html()));
        assertTrue(ranking.textOf("ranking:rows").contains("80.00"), "a mean of 8 out of 10 on every criterion makes 80.00 of 100: " + ranking.html());
        Page won = host.submitAsShown(ranking, "ranking", "rows:0:win", Map.of());
        assertTrue(won.shows("已确定“"), won.html());
        Page announced = host.submitAsShown(won, "announcing", "announce", Map.of());
        assertEquals("已通报", announced.textOf("competition-status"), announced.html());

        Browser visitor = new Browser(base);
        Page list = visitor.get("competitions");
        assertEquals(200, list.status());
        assertTrue(list.shows(topic), list.html());
        Page announcement = visitor.get("competitions/" + competition);
        assertEquals(200, announcement.status());
        assertTrue(announcement.shows("社区议事平台") && announcement.shows(receipt), announcement.html());
        assertNull(announcement.header("Set-Cookie"), "the public page gives visitors no session");
        assertNull(list.header("Set-Cookie"));
        assertNull(visitor.sessionId());
    }

    @Test
    void aWinnerWhoGivesUpPassesItsPlaceToTheNextInTheRanking() throws InterruptedException {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Member reviewer = visitors.newMember(visitors.newTenant(), "EVALUATOR", "评审组");
        Browser[] units = {visitors.unitMember(tenant), visitors.unitMember(tenant)};
        Browser host = visitors.host();
        String topic = "名额顺延竞标" + tenant.code();
        LocalDateTime deadline = LocalDateTime.now(HOST_ZONE).plusSeconds(30).withNano(0);
        long competition = hostCompetition(host, topic, deadline);
        host.submit(host.get(view(competition)), "panel", "add", Map.of("login", reviewer.login()));
        host.submitAsShown(host.get(view(competition)), "moves", "publish", Map.of());
        String[] contents = {"甲支部的方案", "乙支部的方案"};
        for (int i = 0; i < units.length; i++) {
            Browser unit = units[i];
            Page handedOver = unit.submitAsShown(startBid(unit, tenant, topic), "declaration", "submit", plan(contents[i]));
            long bidId = idIn(BID_ID, handedOver.uri().toString());
            tenant.admin().submit(tenant.admin().get(page(tenant, "bids/view?bid=" + bidId)), "endorsement", "endorse", Map.of());
        }
        waitUntil(deadline);
        host.submit(host.get(view(competition)), "opening", "open", Map.of());
        Page sheet = reviewer.browser().get("review/sheet.xhtml?competition=" + competition);
        assertTrue(sheet.shows(contents[0]) && sheet.shows(contents[1]), "each bid's own plan: " + sheet.html());
        Page first = reviewer.browser().submitAsShown(sheet, "sheet", "bids:0:save", points(sheet, "6"));
        assertTrue(first.shows("已保存对"), first.html());
        sheet = reviewer.browser().get("review/sheet.xhtml?competition=" + competition);
        Map<String, String> second = new HashMap<>();
        points(sheet, "9").forEach((name, points) -> second.put(name.replace("sheet:bids:0:", "sheet:bids:1:"), points));
        Page saved = reviewer.browser().submitAsShown(sheet, "sheet", "bids:1:save", second);
        assertTrue(saved.shows("已保存对"), saved.html());

        Page ranking = host.get(view(competition));
        assertTrue(ranking.textOf("ranking:rows").matches(".*1 .*90\\.00.*2 .*60\\.00.*"), ranking.textOf("ranking:rows"));
        Page won = host.submitAsShown(ranking, "ranking", "rows:0:win", Map.of());
        assertTrue(won.shows("已确定“"), won.html());
        Page full = host.submitAsShown(won, "ranking", "rows:1:win", Map.of());
        assertTrue(full.shows("中标名额（1 个）已满。"), full.html());
        Page noReason = host.submitAsShown(host.get(view(competition)), "giving-up", "list:0:withdraw", Map.of());
        assertTrue(noReason.shows("请填写“理由”。"), noReason.html());
        Page passed = host.submitAsShown(host.get(view(competition)), "giving-up", "list:0:withdraw",
                Map.of("giving-up:list:0:reason", "单位班子调整，无力实施。"));
        assertTrue(passed.shows("名额顺延给排名下一位的单位"), passed.html());
        String rows = passed.textOf("ranking:rows");
        assertTrue(rows.matches(".*90\\.00.*放弃中标.*60\\.00.*中标.*"), "the place passed to the second: " + rows);
    }

    @Test
    void theCommitteeReturnsABidWithAReasonAndConfirmsItAgainAfterAChangeOfConditions() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser unit = visitors.unitMember(tenant);
        Browser host = visitors.host();
        String topic = "条件变更竞标" + tenant.code();
        long competition = hostCompetition(host, topic, LocalDateTime.now(HOST_ZONE).plusDays(5).withNano(0));
        host.submitAsShown(host.get(view(competition)), "moves", "publish", Map.of());
        Page handedOver = unit.submitAsShown(startBid(unit, tenant, topic), "declaration", "submit", plan("第一稿"));
        long bidId = idIn(BID_ID, handedOver.uri().toString());
        String endorsement = page(tenant, "bids/view?bid=" + bidId);

        Page blank = tenant.admin().submit(tenant.admin().get(endorsement), "endorsement", "return", Map.of("reason", ""));
        assertTrue(blank.shows("请填写“理由”。"), blank.html());
        Page returned = tenant.admin().submit(tenant.admin().get(endorsement), "endorsement", "return", Map.of("reason", "请补充经费测算依据。"));
        assertTrue(returned.shows("已退回"), returned.html());
        Page revised = unit.get(page(tenant, "bidding/bid?bid=" + bidId));
        assertTrue(revised.textOf("return-reason").contains("请补充经费测算依据。"), revised.html());
        unit.submitAsShown(revised, "declaration", "submit", plan("第二稿"));
        Page endorsed = tenant.admin().submit(tenant.admin().get(endorsement), "endorsement", "endorse", Map.of());
        assertTrue(endorsed.shows("已呈报，方案已密封为第 1 版。"), endorsed.html());

        Map<String, String> changed = new HashMap<>();
        changed.put("terms:winners", "2");
        Page change = host.get("host/competitions/edit.xhtml?id=" + competition);
        assertTrue(change.shows("变更竞标条件"), change.html());
        Page saved = host.submitAsShown(change, "terms", "save", changed);
        assertTrue(saved.shows("已通知投标单位重新确认"), saved.html());
        assertEquals("2", saved.textOf("conditions-version"));

        Page flagged = unit.get(page(tenant, "bidding/bid?bid=" + bidId));
        assertTrue(flagged.textOf("needs-confirmation").contains("竞标条件已变更"), flagged.html());
        assertTrue(unit.get(page(tenant, "bidding/index")).shows("条件已变更，待确认"), "flagged in the unit's list too");
        Page toConfirm = tenant.admin().get(endorsement);
        Page confirmed = tenant.admin().submit(toConfirm, "confirming", "confirm", Map.of());
        assertTrue(confirmed.shows("已确认接受变更后的竞标条件。"), confirmed.html());
        assertFalse(unit.get(page(tenant, "bidding/bid?bid=" + bidId)).shows("id=\"needs-confirmation\""), "no longer flagged");
    }

    @Test
    void aCommitteesOwnCompetitionTakesItsUnitsBidsDirectly() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser unit = visitors.unitMember(tenant);
        String topic = "支部品牌项目竞标" + tenant.code();
        Page form = tenant.admin().get(page(tenant, "competitions/edit"));
        assertFalse(form.shows("terms:eligibility"), "a committee's competition is for its own units");
        Map<String, String> terms = terms(topic, LocalDateTime.now(HOST_ZONE).plusDays(3).format(DEADLINE));
        terms.remove("terms:eligibility");
        Page saved = tenant.admin().submitAsShown(form, "terms", "save", terms);
        assertTrue(saved.shows("已保存竞标活动“" + topic + "”。"), saved.html());
        long competition = idIn(COMPETITION_ID, saved.uri().toString());
        Page published = tenant.admin().submitAsShown(saved, "moves", "publish", Map.of());
        assertEquals("接受投标中", published.textOf("competition-status"), published.html());

        Page submitted = unit.submitAsShown(startBid(unit, tenant, topic), "declaration", "submit", plan("本级竞标方案"));
        assertTrue(submitted.shows("已提交第 1 版方案"), submitted.html());
        assertEquals("已递交", submitted.textOf("bid-status"));
        assertTrue(tenant.admin().get(page(tenant, "competitions/view?id=" + competition)).shows("已递交"));
        assertFalse(tenant.admin().get(page(tenant, "competitions/view?id=" + competition)).shows("本级竞标方案"), "sealed until opened");
        assertFalse(tenant.admin().get(page(tenant, "bids/index")).shows(topic), "the committee endorses only host competitions' bids");
    }

    @Test
    void aCompetitionOpenToChosenTenantsIsOfferedToTheirUnitsOnly() {
        TestTenant chosen = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant left = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser host = visitors.host();
        String topic = "指定范围竞标" + chosen.code();
        Page form = host.get("host/competitions/edit.xhtml");
        Matcher label = Pattern.compile("<label for=\"terms:tenants:(\\d+)\">" + Pattern.quote(chosen.name()) + "</label>").matcher(form.html());
        assertTrue(label.find(), form.html());
        Matcher box = Pattern.compile("id=\"terms:tenants:" + label.group(1) + "\"[^>]*value=\"(\\d+)\"").matcher(form.html());
        assertTrue(box.find(), form.html());
        Map<String, String> terms = terms(topic, LocalDateTime.now(HOST_ZONE).plusDays(4).format(DEADLINE));
        terms.put("terms:eligibility", "CHOSEN_TENANTS");
        terms.put("terms:tenants", box.group(1));
        Page saved = host.submitAsShown(form, "terms", "save", terms);
        assertTrue(saved.shows("已保存竞标活动“" + topic + "”。"), saved.html());
        long competition = idIn(COMPETITION_ID, saved.uri().toString());
        host.submitAsShown(saved, "moves", "publish", Map.of());

        Page edit = host.get("host/competitions/edit.xhtml?id=" + competition);
        assertTrue(edit.html().matches("(?s).*id=\"terms:tenants:" + label.group(1) + "\"[^>]*value=\"" + box.group(1) + "\"[^>]*checked.*"),
                "the chosen tenant stays ticked: " + edit.html());
        assertTrue(visitors.unitMember(chosen).get(page(chosen, "bidding/index")).shows(topic));
        assertFalse(visitors.unitMember(left).get(page(left, "bidding/index")).shows(topic), "a tenant not chosen is not offered it");
    }

    @Test
    void eachPageIsRefusedToTheWrongRole() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant other = visitors.newTenant();
        Browser unit = visitors.unitMember(tenant);
        Browser host = visitors.host();
        String topic = "城市基层党建竞标" + tenant.code();
        long competition = hostCompetition(host, topic, LocalDateTime.now(HOST_ZONE).plusDays(5).withNano(0));
        host.submitAsShown(host.get(view(competition)), "moves", "publish", Map.of());
        Page bid = startBid(unit, tenant, topic);
        long bidId = idIn(BID_ID, bid.uri().toString());

        assertEquals(200, host.get("host/competitions/index.xhtml").status());
        assertEquals(200, tenant.admin().get(page(tenant, "competitions/index")).status());
        assertEquals(200, tenant.admin().get(page(tenant, "bids/view?bid=" + bidId)).status());
        assertEquals(200, unit.get(page(tenant, "bidding/index")).status());
        assertEquals(200, unit.get("review/index.xhtml").status());

        assertEquals(403, unit.get(page(tenant, "competitions/index")).status(), "a unit organises nothing");
        assertEquals(403, unit.get(page(tenant, "bids/index")).status(), "a unit endorses nothing");
        assertEquals(403, tenant.admin().get("host/competitions/index.xhtml").status(), "a tenant's admin is not the host");
        assertEquals(403, tenant.admin().get(page(tenant, "bidding/index")).status(), "an admin bids for no unit");
        assertEquals(404, other.admin().get(page(other, "bids/view?bid=" + bidId)).status(), "another tenant's bid is found nowhere");
        assertEquals(404, other.admin().get(page(tenant, "bids/view?bid=" + bidId)).status());
        assertEquals(404, tenant.admin().get(page(tenant, "competitions/view?id=" + competition)).status(), "the host's competition is not the tenant's");
        assertEquals(404, unit.get("review/sheet.xhtml?competition=" + competition).status(), "only the panel reviews");
        Page anonymous = new Browser(base).get("review/index.xhtml");
        assertTrue(anonymous.uri().getPath().endsWith("/login.xhtml"), "reviewers sign in: " + anonymous.uri());
    }

    @Test
    void thePublicPagesShowOnlyWhatWasOpenedAndKeepNoSession() {
        Browser visitor = new Browser(base);
        Page list = visitor.get("competitions");
        assertEquals(200, list.status());
        assertNull(list.header("Set-Cookie"), list.headers().toString());
        assertEquals(404, visitor.get("competitions/999999999").status());
        assertEquals(404, visitor.get("competitions/abc").status());
        assertEquals(404, visitor.get("competitions/1/2").status());
        HttpResponse<String> posted = visitor.send("POST", "competitions", new byte[0], "text/plain");
        assertEquals(405, posted.statusCode());
        assertTrue(visitor.get("").shows("/competitions\""), "the front page links to the announcements");

        Browser host = visitors.host();
        long draft = hostCompetition(host, "未发布的竞标" + UUID.randomUUID(), LocalDateTime.now(HOST_ZONE).plusDays(3).withNano(0));
        assertEquals(404, visitor.get("competitions/" + draft).status(), "a draft is not public");
        host.submitAsShown(host.get(view(draft)), "moves", "publish", Map.of());
        assertEquals(404, visitor.get("competitions/" + draft).status(), "nor is a competition taking bids");
        Page noReason = host.submitAsShown(host.get(view(draft)), "moves", "cancel", Map.of("moves:reason", ""));
        assertTrue(noReason.shows("请填写“理由”。"), noReason.html());
        Page cancelled = host.submitAsShown(host.get(view(draft)), "moves", "cancel", Map.of("moves:reason", "经费渠道调整，改为下半年组织。"));
        assertEquals("已取消", cancelled.textOf("competition-status"), cancelled.html());
        assertTrue(cancelled.textOf("cancel-reason").contains("经费渠道调整"));
        assertEquals(404, visitor.get("competitions/" + draft).status(), "nor a cancelled one");
        assertNull(visitor.sessionId());
    }

    @Test
    void aBadDeadlineOrWeightIsToldAndNothingIsMade() {
        Browser host = visitors.host();
        String topic = "有误的竞标" + UUID.randomUUID();
        Page form = host.get("host/competitions/edit.xhtml");
        Page badDeadline = host.submitAsShown(form, "terms", "save", terms(topic, "明天下午"));
        assertEquals(200, badDeadline.status());
        assertTrue(badDeadline.shows("截止时间格式不正确"), badDeadline.html());
        Map<String, String> heavy = terms(topic, LocalDateTime.now(HOST_ZONE).plusDays(2).format(DEADLINE));
        heavy.put("terms:criteria:0:weight", "1000");
        Page badWeight = host.submitAsShown(form, "terms", "save", heavy);
        assertTrue(badWeight.shows("的权重合计为") && badWeight.shows("须为 100%。"), badWeight.html());
        assertTrue(badWeight.shows("value=\"1000\""), "what the host typed stays in the form");
        assertFalse(host.get("host/competitions/index.xhtml").shows(topic), "nothing was made");
    }

    /**
     * A host competition open to every tenant, made through the form with the criteria it is
     * pre-filled with, weighted to add up to 100 on a scale of 10 points each.
     */
    private static long hostCompetition(Browser host, String topic, LocalDateTime deadline) {
        Page form = host.get("host/competitions/edit.xhtml");
        assertTrue(form.shows("terms:criteria:0:weight"), "the criteria are pre-filled: " + form.html());
        assertEquals("合计 100%", form.textOf("terms:criteria-sum"), "from a configuration whose weights add up");
        Map<String, String> terms = terms(topic, deadline.format(DEADLINE));
        int rows = 0;
        for (Matcher row = Pattern.compile("name=\"terms:criteria:\\d+:weight\"").matcher(form.html()); row.find(); ) {
            rows++;
        }
        int each = 100 / rows;
        for (int i = 0; i < rows; i++) {
            terms.put("terms:criteria:" + i + ":weight", Integer.toString(i == 0 ? 100 - each * (rows - 1) : each));
            terms.put("terms:criteria:" + i + ":maxScore", "10");
        }
        Page saved = host.submitAsShown(form, "terms", "save", terms);
        assertTrue(saved.shows("已保存竞标活动“" + topic + "”。"), saved.html());
        return idIn(COMPETITION_ID, saved.uri().toString());
    }

    private static Map<String, String> terms(String topic, String deadline) {
        Map<String, String> terms = new HashMap<>();
        terms.put("terms:topic", topic);
        terms.put("terms:rules", "各基层党组织围绕社区治理提出实施方案，择优支持。");
        terms.put("terms:eligibility", "ALL_TENANTS");
        terms.put("terms:deadline_input", deadline);
        terms.put("terms:winners", "1");
        terms.put("terms:funds", "50000");
        return terms;
    }

    /** The unit's bid page, its draft started from the list of competitions open to it. */
    private static Page startBid(Browser unit, TestTenant tenant, String topic) {
        Page open = unit.get(page(tenant, "bidding/index"));
        Matcher row = Pattern.compile(Pattern.quote(topic) + "</td>.*?id=\"open:competitions:(\\d+):start\"", Pattern.DOTALL)
                .matcher(open.html());
        assertTrue(row.find(), open.html());
        Page bid = unit.submitAsShown(open, "open", "competitions:" + row.group(1) + ":start", Map.of());
        assertEquals(200, bid.status(), bid.html());
        assertTrue(bid.uri().toString().contains("bidding/bid"), bid.uri() + bid.html());
        return bid;
    }

    private static Map<String, String> plan(String secret) {
        return Map.ofEntries(Map.entry("declaration:title", "社区议事平台"), Map.entry("declaration:category_input", "innovation"),
                Map.entry("declaration:importance", "居民议事缺平台。"), Map.entry("declaration:content", secret),
                Map.entry("declaration:method", "每月议事。"), Map.entry("declaration:steps:0:description", "调研"),
                Map.entry("declaration:steps:0:due_input", LocalDateTime.now(HOST_ZONE).plusMonths(1).toLocalDate().toString()),
                Map.entry("declaration:budget:0:item", "宣传"), Map.entry("declaration:budget:0:amount", "3000"),
                Map.entry("declaration:measures", "书记牵头。"), Map.entry("declaration:goals:0:description", "议事会"),
                Map.entry("declaration:goals:0:target", "12"), Map.entry("declaration:goals:0:unit", "场"));
    }

    /** The same points on every criterion of the first bid of a score sheet. */
    private static Map<String, String> points(Page sheet, String given) {
        Map<String, String> fields = new HashMap<>();
        Matcher field = Pattern.compile("name=\"(sheet:bids:0:scores:\\d+:points)\"").matcher(sheet.html());
        while (field.find()) {
            fields.put(field.group(1), given);
        }
        assertFalse(fields.isEmpty(), sheet.html());
        return fields;
    }

    private static void waitUntil(LocalDateTime deadline) throws InterruptedException {
        while (!LocalDateTime.now(HOST_ZONE).isAfter(deadline.plusSeconds(1))) {
            Thread.sleep(500);
        }
    }

    private static long idIn(Pattern pattern, String uri) {
        Matcher id = pattern.matcher(uri);
        assertTrue(id.find(), uri);
        return Long.parseLong(id.group(1));
    }

    private static String view(long competition) {
        return "host/competitions/view.xhtml?id=" + competition;
    }

    private static String page(TestTenant tenant, String path) {
        return "t/" + tenant.code() + "/" + path;
    }
}
