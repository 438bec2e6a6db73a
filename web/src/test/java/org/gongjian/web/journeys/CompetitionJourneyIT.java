package org.gongjian.web.journeys;

import static org.gongjian.web.journeys.Portal.CHOSEN_PASSWORD;
import static org.gongjian.web.journeys.Portal.HOST_LOGIN;
import static org.gongjian.web.journeys.Portal.HOST_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.gongjian.web.DeployedPortal;
import org.gongjian.web.Visitors;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A host competition from start to announcement in a real Chromium: the host sets it up with two
 * weighted criteria and a panel, a unit drafts its plan, its committee submits it (呈报), the host
 * opens the bids after the deadline, two reviewers from another committee score it, the host
 * confirms the winner and a visitor on a phone reads the announcement reached from the front page.
 */
class CompetitionJourneyIT extends DeployedPortal {

    private static final ZoneId HOST_ZONE = ZoneId.of("Asia/Shanghai");
    /** Long enough for the unit to fill in its plan and the committee to submit it, typing as people do. */
    private static final int SECONDS_TO_DEADLINE = 150;

    @RegisterExtension
    final Journeys journeys = new Journeys(() -> base);

    @Test
    void aUnitsBidIsEndorsedOpenedScoredAndAnnouncedOnThePublicPage() throws InterruptedException {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        TestTenant panelTenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Member unit = visitors.newUnitMember(tenant);
        List<Member> reviewers = List.of(visitors.newMember(panelTenant, "EVALUATOR", "评审一组"),
                visitors.newMember(panelTenant, "EVALUATOR", "评审二组"));
        String topic = "社区治理创新竞标" + tenant.code();
        String code = tenant.code();

        Journey host = journeys.start("host").signIn(HOST_LOGIN, HOST_PASSWORD)
                .follow("竞标活动").waitForPath("host/competitions/index.xhtml").check("host competitions")
                .follow("新建竞标活动").waitForPath("host/competitions/edit.xhtml").waitForText("terms:criteria-sum", "合计");
        int prefilled = host.count("[id^='terms:criteria:'][id$=':weight']");
        for (int extra = prefilled - 1; extra >= 2; extra--) {
            host.click("terms:criteria:" + extra + ":remove").waitForText("terms:criteria-sum", "合计");
        }
        LocalDateTime deadline = LocalDateTime.now(HOST_ZONE).plusSeconds(SECONDS_TO_DEADLINE).withNano(0);
        host.type("terms:topic", topic)
                .type("terms:rules", "各基层党组织围绕社区治理提出实施方案，由评审组按指标评分，择优支持。")
                .type("terms:criteria:0:nameZh", "可行性").type("terms:criteria:0:weight", "60")
                .type("terms:criteria:1:nameZh", "示范效应").type("terms:criteria:1:weight", "40")
                .type("terms:deadline_input", deadline.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")))
                .waitForText("terms:criteria-sum", "合计 100%")
                .type("terms:winners", "1")
                .type("terms:funds", "50000")
                .check("competition filled in")
                .click("terms:save").waitForText("已保存竞标活动“" + topic + "”。");
        for (Member reviewer : reviewers) {
            host.type("panel:login", reviewer.login()).click("panel:add").waitForText("已将“" + reviewer.login() + "”加入评审组。");
        }
        host.click("moves:publish").waitForText("competition-status", "接受投标中").check("competition published");

        Journey member = journeys.start("unit").signIn(unit.login(), CHOSEN_PASSWORD).waitForPath("t/" + code + "/")
                .follow("参加竞标").waitForText(topic).check("competitions open to the unit")
                .click("open:competitions:0:start").waitForPath("t/" + code + "/bidding/bid").check("bid form")
                .type("declaration:title", "楼道微治理")
                .choose("declaration:category", "创新探索型")
                .type("declaration:importance", "楼道堆物、噪音等小事多，邻里缺少商量的地方。")
                .type("declaration:content", "每个楼道推选楼组长，党员带头议小事、办实事。")
                .type("declaration:method", "楼道议事会每月一次，办理结果张贴公示。")
                .type("declaration:steps:0:description", "走访楼组")
                .pickDate("declaration:steps:0:due_input", Visitors.today(tenant))
                .type("declaration:budget:0:item", "议事场地布置")
                .type("declaration:budget:0:amount", "5000")
                .type("declaration:measures", "楼组长分片负责，支部每季度调度。")
                .type("declaration:goals:0:description", "召开楼道议事会")
                .type("declaration:goals:0:target", "12")
                .type("declaration:goals:0:unit", "场")
                .click("declaration:submit").waitForText("方案已交党委审核呈报。").waitForText("bid-status", "待党（工）委呈报")
                .check("bid handed to the committee");

        Journey committee = journeys.start("committee").signIn(tenant.adminLogin(), CHOSEN_PASSWORD).waitForPath("t/" + code + "/")
                .follow("单位竞标呈报").waitForText(topic).check("units' bids")
                .follow(topic).waitForText("楼道微治理").check("bid to endorse")
                .click("endorsement:endorse").waitForText("已呈报，方案已密封为第 1 版。").check("bid submitted with its receipt");
        String receipt = committee.textOf("receipt-hash");
        member.open("t/" + code + "/bidding/bid?bid=" + bidOf(member)).waitForText(receipt).check("the unit keeps the receipt");

        host.open("host/competitions/index.xhtml").follow(topic).waitForText("已递交")
                .waitForText("open-when", "之后方可开标").check("bids sealed until the deadline");
        while (!LocalDateTime.now(HOST_ZONE).isAfter(deadline.plusSeconds(1))) {
            Thread.sleep(1000);
        }
        host.open("host/competitions/index.xhtml").follow(topic)
                .click("opening:open").waitForText("已开标，核验了 1 份方案的回执。").check("bids opened");

        String[] points = {"8", "9"};
        for (int i = 0; i < reviewers.size(); i++) {
            Journey reviewer = journeys.start("reviewer-" + (i + 1)).signIn(reviewers.get(i).login(), CHOSEN_PASSWORD)
                    .follow("我的评审").waitForPath("review/index.xhtml").check("reviewer's panels")
                    .follow(topic).waitForText("楼道微治理").check("score sheet")
                    .type("sheet:bids:0:scores:0:points", points[i]).type("sheet:bids:0:scores:0:note", "方案可行。")
                    .type("sheet:bids:0:scores:1:points", points[i]).type("sheet:bids:0:scores:1:note", "有示范意义。")
                    .click("sheet:bids:0:save").waitForText("已保存对");
            reviewer.check("scores saved").signOut();
        }

        host.open("host/competitions/index.xhtml").follow(topic)
                .waitForText(reviewers.get(0).login() + " 8").waitForText(reviewers.get(1).login() + " 9").check("ranking with its arithmetic")
                .click("ranking:rows:0:win").waitForText("已确定“").check("winner confirmed")
                .click("announcing:announce").waitForText("competition-status", "已通报").check("results announced");

        Journey visitor = journeys.start("visitor").onPhone().open("").check("front page on a phone")
                .follow("竞标结果通报").waitForPath("competitions").waitForText(topic).check("announcements on a phone")
                .follow(topic).waitForText("楼道微治理").waitForText(receipt).check("announcement on a phone");
        assertTrue(visitor.textOf("winners").contains("楼道微治理"), "the winner's plan is summarised");
    }

    /** The id of the bid the unit's browser shows, from its address. */
    private static String bidOf(Journey member) {
        String url = member.currentUrl();
        return url.substring(url.indexOf("bid=") + 4).replaceAll("[^0-9].*$", "");
    }
}
