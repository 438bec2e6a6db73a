package org.gongjian.web.journeys;

import static org.gongjian.web.journeys.Portal.CHOSEN_PASSWORD;
import static org.gongjian.web.journeys.Portal.HOST_LOGIN;
import static org.gongjian.web.journeys.Portal.HOST_PASSWORD;

import java.time.LocalDate;
import org.gongjian.web.DeployedPortal;
import org.gongjian.web.Visitors;
import org.gongjian.web.Visitors.TestTenant;
import org.gongjian.web.journeys.Portal.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each role's main journey in a real Chromium against the built WAR on Payara Micro with a real
 * PostgreSQL: Chinese unless a journey switches to English. Each journey makes its own tenants.
 * Screenshots of every checked step land in {@code web/target/journeys/}.
 */
class JourneysIT extends DeployedPortal {

    @RegisterExtension
    final Journeys journeys = new Journeys(() -> base);

    @Test
    void hostCreatesTenantWhoseAdminChoosesOwnPassword() {
        Journey host = journeys.start()
                .open("login.xhtml").check("sign-in page")
                .signIn(HOST_LOGIN, HOST_PASSWORD).waitForPath("host/tenants/list.xhtml").check("host tenant list")
                .follow("新建租户").waitForPath("host/tenants/new.xhtml").check("new tenant form");
        Tenant tenant = Portal.createTenant(host, "党建+");
        host.check("first password shown once")
                .signOut()
                .signIn(tenant.adminLogin(), tenant.firstPassword()).waitForPath("account/password.xhtml")
                .waitForText("首次登录请设置您自己的密码").check("asked to choose a password")
                .type("password:current", tenant.firstPassword())
                .type("password:chosen", CHOSEN_PASSWORD)
                .type("password:repeated", CHOSEN_PASSWORD)
                .click("password:save").waitForPath(tenant.page("")).waitForText(tenant.name()).check("tenant home");
    }

    @Test
    void tenantAdminEditsCategoryAndSetsChannelWeightsThatAddUpTo100() {
        Journey admin = journeys.start();
        Tenant tenant = Portal.tenantWithAdminSignedIn(admin);
        admin.open(tenant.page("settings/categories")).check("categories")
                .type("categories:rows:0:nameZh", "党建引领攻坚")
                .click("categories:save").waitForText("已保存为第 2 版").check("category saved")
                .follow("评价方案").waitForPath(tenant.page("settings/scheme")).waitForText("scheme:channels:sum", "合计 100%")
                .check("evaluation scheme")
                .type("scheme:channels:2:weight", "45").waitForText("scheme:channels:sum", "合计 95%").check("live sum is 95")
                .click("scheme:save").waitForText("评价渠道的权重合计为 95%，须为 100%").check("weights refused")
                .type("scheme:channels:0:weight", "25").waitForText("scheme:channels:sum", "合计 100%")
                .click("scheme:save").waitForText("已保存为第 3 版").check("weights saved")
                .open(tenant.page("config/index")).waitForText("党建引领攻坚").check("configuration as members read it");
    }

    @Test
    void tenantAdminOpeningAnotherTenantsPageFindsNothing() {
        Journey admin = journeys.start().signIn(HOST_LOGIN, HOST_PASSWORD).open("host/tenants/new.xhtml");
        Tenant other = Portal.createTenant(admin, "党建+");
        admin.open("host/tenants/new.xhtml");
        Tenant mine = Portal.createTenant(admin, "三型党建项目");
        admin.signOut();
        Portal.firstSignIn(admin, mine);
        admin.check("own tenant home")
                .openRefused(other.page("config/index"), 404).waitForText("页面不存在").check("another tenant's page is not found")
                .openRefused(other.page("settings/scheme"), 404).waitForText("页面不存在");
    }

    @Test
    void inEnglishTheAdminIsToldWhyWeightsAreRefused() {
        Journey admin = journeys.start();
        Tenant tenant = Portal.tenantWithAdminSignedIn(admin);
        admin.open(tenant.page("settings/scheme"))
                .follow("English").waitForText("Channels and their weights").check("scheme in english")
                .type("scheme:channels:1:weight", "25").waitForText("scheme:channels:sum", "Total 95%")
                .click("scheme:save").waitForText("the weights add up to 95%, not 100%").check("weights refused in english");
    }

    @Test
    void unitDeclaresTenantReturnsItUnitRevisesAndTheProjectRunsToAcceptance() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        String member = visitors.newUnitMember(tenant).login();
        LocalDate today = Visitors.today(tenant);
        String projects = "t/" + tenant.code() + "/projects/";

        Journey journey = journeys.start().signIn(member, CHOSEN_PASSWORD).waitForPath("t/" + tenant.code() + "/")
                .open(projects + "index").check("unit's project list")
                .follow("新建申报").waitForPath(projects + "declare").check("declaration form")
                .type("declaration:title", "邻里议事厅")
                .choose("declaration:category", "创新探索型")
                .type("declaration:importance", "老旧小区矛盾多，居民缺少表达诉求的平台。")
                .type("declaration:content", "建设邻里议事厅，党员骨干轮值主持。")
                .type("declaration:method", "每月一次议事会，问题清单化、办理闭环。")
                .type("declaration:steps:0:description", "调研摸底")
                .pickDate("declaration:steps:0:due_input", today)
                .type("declaration:budget:0:item", "宣传和培训")
                .type("declaration:budget:0:amount", "3000")
                .type("declaration:measures", "支部书记牵头，每月调度。")
                .type("declaration:goals:0:description", "解决社区难题")
                .type("declaration:goals:0:target", "20")
                .type("declaration:goals:0:unit", "个")
                .check("declaration filled in")
                .click("declaration:submit").waitForText("已提交申报，等待党委审核。").waitForText("status", "已申报待审")
                .check("declaration submitted")
                .signOut();

        asAdmin(journey, tenant).open(projects + "index").follow("邻里议事厅").waitForText("status", "已申报待审")
                .check("admin reviews the declaration")
                .type("review:reason", "请把目标细化，写明解决难题的数量依据。")
                .click("review:return").waitForText("已退回申报单位修改。").waitForText("status", "退回修改")
                .check("declaration returned")
                .signOut();

        journey.signIn(member, CHOSEN_PASSWORD).open(projects + "index").follow("邻里议事厅")
                .waitForText("decision-reason", "请把目标细化").check("unit reads why it was returned")
                .follow("修改申报书").waitForPath(projects + "declare")
                .type("declaration:goals:0:target", "24")
                .click("declaration:submit").waitForText("status", "已申报待审").check("revision submitted")
                .signOut();

        asAdmin(journey, tenant).open(projects + "index").follow("邻里议事厅")
                .follow("比较第 1 版与第 2 版").waitForText("第 1 版 → 第 2 版").waitForText("解决社区难题 · 24 个")
                .check("versions compared")
                .follow("概况与审核").click("review:approve").waitForText("已批准立项。").waitForText("status", "已立项")
                .click("nomination:nominate").waitForText("已择优上报。").check("approved and nominated")
                .signOut();

        journey.signIn(member, CHOSEN_PASSWORD).open(projects + "index").follow("邻里议事厅").follow("五定")
                .type("responsibility:leadLeader", "陈建华")
                .type("responsibility:responsiblePerson", "王秀英")
                .type("responsibility:team:0:name", "李敏")
                .type("responsibility:team:0:role", "议事会主持")
                .click("responsibility:save").waitForText("实施中").check("responsibility fixed")
                .follow("台账")
                .choose("entry:kind", "任务")
                .type("entry:stage", "第一阶段")
                .type("entry:title", "制定议事规则")
                .type("entry:owner", "王秀英")
                .pickDate("entry:deadline_input", today)
                .type("entry:measures", "专人负责，每周跟进")
                .click("entry:save").waitForText("已添加台账事项“制定议事规则”。").check("ledger entry added")
                .follow("进展报告")
                .type("report:body", "议事厅已挂牌，召开议事会 4 次，已办结难题 8 个。")
                .type("report:goals:0:figure", "8")
                .click("report:submit").waitForText("已提交第 1 次进展报告。").check("progress reported")
                .signOut();

        asAdmin(journey, tenant).open(projects + "index").follow("邻里议事厅").follow("督查指导")
                .choose("visit:kind", "督查")
                .pickDate("visit:visitedOn_input", today)
                .type("visit:findings", "议事台账记录不完整。")
                .type("visit:feedback", "请补齐台账并书面答复。")
                .click("visit:save").waitForText("已记录督查指导，书面反馈已送达项目单位。").check("supervision visit recorded")
                .signOut();

        journey.signIn(member, CHOSEN_PASSWORD).open(projects + "index").follow("邻里议事厅").follow("结题验收")
                .type("closure:summary", "议事厅运行一年，解决社区难题 24 个。")
                .type("closure:goals:0:figure", "24")
                .click("closure:submit").waitForText("已提交第 1 版结题报告，等待验收。").check("closure submitted")
                .signOut();

        asAdmin(journey, tenant).open(projects + "index").follow("邻里议事厅").follow("结题验收")
                .click("decision:accept").waitForText("项目已验收通过。").check("project accepted")
                .follow("概况与审核").waitForText("status", "已验收").check("timeline of the whole project");
    }

    @Test
    void visitorFindsAnItemOnAPhoneItsOrganisationJoinsClaimsItAndCarriesOutTheProject() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        LocalDate today = Visitors.today(tenant);
        String code = tenant.code();
        String organisation = "新桥爱心志愿者协会" + code;
        String login = "c-" + code;

        Journey admin = asAdmin(journeys.start("admin"), tenant)
                .follow("认领栏目").waitForPath("t/" + code + "/boards/index").check("claim boards")
                .type("board:title", "为民服务项目认领")
                .choose("board:category", "创新探索型")
                .click("board:create").waitForText("已新建认领栏目“为民服务项目认领”").check("new board")
                .type("sector:name", "民生服务").click("sector:add").waitForText("已添加板块“民生服务”。")
                .choose("item:sector", "民生服务")
                .type("item:title", "老年助餐点")
                .type("item:need", "辖区高龄独居老人多，做饭难、吃饭难。")
                .type("item:expectedResults", "每天为 50 位老人送餐上门。")
                .type("item:offer", "提供场地和业务指导。")
                .type("item:offeredFunds", "20000")
                .type("item:contact", "镇党委组织办 王老师")
                .type("item:capacity", "2")
                .type("item:opensAt_input", today + " 00:00")
                .type("item:closesAt_input", today.plusDays(30) + " 18:00")
                .check("item filled in")
                .click("item:create").waitForText("已保存标的“老年助餐点”（草稿）").check("draft item")
                .click("moves:publish").waitForText("标的已发布到公开认领栏目。").waitForText("item-status", "已发布")
                .check("item published");

        journeys.start("visitor").onPhone()
                .open("board/" + code).waitForText("老年助餐点").check("public board on a phone")
                .follow("老年助餐点").waitForText("我要认领").check("item on a phone")
                .open("board/" + code).follow("申请成为共建单位").waitForPath("board/" + code + "/join")
                .type("join:name", organisation)
                .choose("join:kind", "社会组织")
                .type("join:contactPerson", "刘芳")
                .type("join:contactPhone", "13800001111")
                .type("join:reasons", "协会有 60 名助老志愿者，想认领助餐服务。")
                .click("join:ask").waitForText("申请已提交").check("asked to join");

        admin.follow("入驻申请").waitForText(organisation).check("request to join")
                .type("requests:list:0:login", login)
                .click("requests:list:0:accept").waitForText("已同意“" + organisation + "”入驻").check("accepted with a first account");
        String firstPassword = admin.textOf("issued-password");

        Journey claimant = journeys.start("claimant").onPhone()
                .signIn(login, firstPassword).waitForPath("account/password.xhtml")
                .type("password:current", firstPassword)
                .type("password:chosen", CHOSEN_PASSWORD)
                .type("password:repeated", CHOSEN_PASSWORD)
                .click("password:save").waitForPath("t/" + code + "/").check("claimant home on a phone")
                .follow("查看公开认领栏目").waitForText("老年助餐点")
                .follow("老年助餐点").follow("我要认领").waitForPath("t/" + code + "/claims/new").check("claim form on a phone")
                .type("claim-form:plan", "设立助餐点，志愿者每天分两批送餐上门。")
                .type("claim-form:reasons", "协会扎根本镇，熟悉独居老人情况。")
                .type("claim-form:partyResources", "协会党支部党员 12 名带头服务。")
                .click("claim-form:submit").waitForText("claim-status", "待确认").check("claim made");

        admin.follow("认领栏目").follow("为民服务项目认领").follow("老年助餐点").waitForText(organisation)
                .check("claims weighed")
                .click("claims:list:0:confirm").waitForText("已确认“" + organisation + "”的认领")
                .waitForText("item-places", "1 / 2").check("claim confirmed");

        claimant.follow("我的认领").waitForText("已确认").check("my claims")
                .follow("项目").follow("老年助餐点").waitForText("status", "已立项").check("claimed project")
                .follow("五定")
                .type("responsibility:leadLeader", "陈建华")
                .type("responsibility:responsiblePerson", "刘芳")
                .type("responsibility:team:0:name", "李敏")
                .type("responsibility:team:0:role", "送餐组长")
                .click("responsibility:save").waitForText("实施中").check("responsibility fixed on a phone");
    }

    @Test
    void theAdminAndTheHostReadTheYearAtAGlanceOnAPhoneAndOnTheBigScreen() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        asAdmin(journeys.start(), tenant)
                .follow("年度工作总览").waitForPath("t/" + tenant.code() + "/dashboard/").waitForText("按类别统计项目").check("tenant dashboard")
                .signOut()
                .signIn(HOST_LOGIN, HOST_PASSWORD).open("host/dashboard/").waitForText("各单位年度数据对比").check("host dashboard")
                .open("host/dashboard/" + tenant.code()).waitForText("返回全市总览").check("one tenant as the host reads it")
                .open("host/dashboard/screen").waitForText("数据更新于").check("big screen");
    }

    private static Journey asAdmin(Journey journey, TestTenant tenant) {
        return journey.signIn(tenant.adminLogin(), CHOSEN_PASSWORD).waitForPath("t/" + tenant.code() + "/");
    }
}
