package org.gongjian.web.journeys;

import static org.gongjian.web.journeys.Portal.CHOSEN_PASSWORD;
import static org.gongjian.web.journeys.Portal.HOST_LOGIN;
import static org.gongjian.web.journeys.Portal.HOST_PASSWORD;

import java.io.File;
import java.net.URL;
import org.gongjian.web.journeys.Portal.Tenant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each role's main journey in a real Chromium against the built WAR on Payara Micro with a real
 * PostgreSQL: Chinese unless a journey switches to English. Each journey makes its own tenants.
 * Screenshots of every checked step land in {@code web/target/journeys/}.
 */
@ExtendWith(ArquillianExtension.class)
class JourneysIT {

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Journeys journeys = new Journeys(() -> base);

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("gongjian.war")));
    }

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
}
