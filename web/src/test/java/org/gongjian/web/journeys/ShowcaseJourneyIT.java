package org.gongjian.web.journeys;

import static org.gongjian.web.journeys.Portal.CHOSEN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.gongjian.web.AcceptedProjects;
import org.gongjian.web.DeployedPortal;
import org.gongjian.web.Visitors;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The annual showcase in a real Chromium: the admin features an accepted project, writes its story
 * and publishes the year; a visitor reads the showcase and its chart on a phone and at a desk, and
 * the story itself, each page checked by axe.
 */
class ShowcaseJourneyIT extends DeployedPortal {

    @RegisterExtension
    final Journeys journeys = new Journeys(() -> base);

    @Test
    void theAdminPublishesAStoryThatReadsOnAPhoneAndAtADesk() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        String code = tenant.code();
        int year = Visitors.today(tenant).getYear();
        Member unit = visitors.newUnitMember(tenant);
        long project = AcceptedProjects.accepted(tenant, unit.browser(), "楼道议事");
        HttpResponse<String> read = tenant.admin().json("GET", "api/v1/t/" + code + "/projects/" + project, null);
        assertEquals(200, read.statusCode(), read.body());
        String title = Json.createReader(new StringReader(read.body())).readObject().getString("title");

        Journey admin = journeys.start("admin").signIn(tenant.adminLogin(), CHOSEN_PASSWORD).waitForPath("t/" + code + "/")
                .follow("年度展评").waitForText("candidates", title).check("the year's candidates")
                .click("candidates:candidate-table:0:feature").waitForText("已加入展评").check("project featured")
                .follow(title).type("story:title", "楼道里的议事会").type("story:body", "每月一次，居民自己定规矩。\n停车难解决了。")
                .click("story:save").waitForText("已保存。").check("story written")
                .follow("返回年度展评").type("publish:title", year + " 年度项目展评").click("publish:publish-year")
                .waitForText("已发布第 1 版。").check("year published");
        assertTrue(admin.textOf("edition").contains("1"), admin.textOf("edition"));

        Journey phone = journeys.start("phone").onPhone().open("showcase").follow(tenant.name())
                .waitForText("story-list", "楼道里的议事会").waitForText("by-category", "1").check("the showcase on a phone")
                .follow("楼道里的议事会").waitForText("停车难解决了。").check("the story on a phone");
        assertTrue(phone.currentUrl().matches(".*/showcase/" + code + "/" + year + "/[0-9]+"), "a shareable address: " + phone.currentUrl());

        journeys.start("desk").open("showcase/" + code + "/" + year).waitForText("figures-summary", "1 / 1")
                .waitForText("by-status", "已验收").check("the showcase and its chart at a desk");
    }
}
