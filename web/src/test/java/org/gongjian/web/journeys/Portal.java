package org.gongjian.web.journeys;

import java.util.UUID;

/** What many journeys begin with, done in the browser as people do it: the host makes a tenant, its admin signs in. */
final class Portal {

    /** The host admin the integration tests' portal is started with (see web/pom.xml). */
    static final String HOST_LOGIN = "it-host";
    static final String HOST_PASSWORD = System.getProperty("it.db.password") + "-Host";
    static final String CHOSEN_PASSWORD = "Chosen-pass-2026";

    private Portal() {
    }

    /** A tenant of a journey, its admin's login and the first password the portal issued once. */
    record Tenant(String code, String name, String adminLogin, String firstPassword) {

        /** A page of this tenant, e.g. {@code page("settings/scheme")}. */
        String page(String path) {
            return "t/" + code + "/" + path;
        }
    }

    /** A new tenant on the three-types template, made by the host, whose admin then signs in and chooses a password. */
    static Tenant tenantWithAdminSignedIn(Journey journey) {
        journey.signIn(HOST_LOGIN, HOST_PASSWORD).open("host/tenants/new.xhtml");
        Tenant tenant = createTenant(journey, "三型党建项目");
        journey.signOut();
        firstSignIn(journey, tenant);
        return tenant;
    }

    /** The host fills in the new-tenant page (open in its browser); the page then shows the admin's first password once. */
    static Tenant createTenant(Journey host, String templateLabel) {
        String code = "j" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String name = "旅程测试党委" + code;
        host.type("tenant:code", code)
                .type("tenant:nameZh", name)
                .choose("tenant:kind", "街道（镇）党（工）委")
                .choose("tenant:template", templateLabel)
                .type("tenant:adminLogin", "admin-" + code)
                .type("tenant:adminName", "王管理员")
                .click("tenant:create")
                .waitForText("已创建租户“" + name + "”");
        return new Tenant(code, name, "admin-" + code, host.textOf("issued-password"));
    }

    /** Signs in on the first password; the portal asks for a new one before anything else and then shows the tenant. */
    static void firstSignIn(Journey journey, Tenant tenant) {
        journey.signIn(tenant.adminLogin(), tenant.firstPassword())
                .waitForPath("account/password.xhtml")
                .type("password:current", tenant.firstPassword())
                .type("password:chosen", CHOSEN_PASSWORD)
                .type("password:repeated", CHOSEN_PASSWORD)
                .click("password:save")
                .waitForPath(tenant.page(""));
    }
}
