package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongjian.web.Browser.Page;

/** The people of the integration tests: the host, and tenants the host makes through its pages. */
public final class Visitors {

    public static final String HOST_LOGIN = "it-host";
    public static final String HOST_PASSWORD = System.getProperty("it.db.password") + "-Host";
    public static final String CHOSEN_PASSWORD = "Chosen-pass-2026";
    public static final String THREE_TYPES = "three-types";
    public static final String PARTY_BUILDING_PLUS = "party-building-plus";
    /** Rows of the calendar page: declaration (申报) and award application (表彰申报). */
    private static final int DECLARATION_WINDOW = 0;
    private static final int AWARD_WINDOW = 7;

    private final URL base;

    public Visitors(URL base) {
        this.base = base;
    }

    public Browser host() {
        Browser host = new Browser(base);
        host.signIn(HOST_LOGIN, HOST_PASSWORD);
        return host;
    }

    TestTenant newTenant() {
        return newTenant(THREE_TYPES);
    }

    /** A tenant made by the host through the page from a template, its first admin signed in on a chosen password. */
    TestTenant newTenant(String template) {
        String code = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String name = "测试党委" + code;
        Browser host = host();
        Page form = host.get("host/tenants/new.xhtml");
        Page created = host.submit(form, "tenant", "create", Map.of("code", code, "nameZh", name, "nameEn", "",
                "kind_input", "STREET", "template_input", template,
                "adminLogin", "admin-" + code, "adminName", "管理员", "adminEmail", ""));
        assertTrue(created.shows("已创建租户“" + name + "”"), created.html());
        Browser admin = firstSignIn("admin-" + code, created.textOf("issued-password"));
        return new TestTenant(code, name, "admin-" + code, admin);
    }

    /**
     * A new tenant whose calendar has this year's declaration window open around today (by the
     * database clock) and no other window, with this year's round opened on that configuration.
     */
    public TestTenant openForDeclarations(String template) {
        return openForDeclarations(template, configured -> { });
    }

    /** The same, with the configuration changed (e.g. through its pages) before the round freezes it. */
    public TestTenant openForDeclarations(String template, Consumer<TestTenant> configure) {
        return openWithWindows(template, configure, DECLARATION_WINDOW);
    }

    /** The same, with the award application window (表彰申报) open around today as well. */
    public TestTenant openForDeclarationsAndAwards(String template) {
        return openWithWindows(template, configured -> { }, DECLARATION_WINDOW, AWARD_WINDOW);
    }

    private TestTenant openWithWindows(String template, Consumer<TestTenant> configure, int... phases) {
        TestTenant tenant = newTenant(template);
        configure.accept(tenant);
        LocalDate today = today(tenant);
        LocalDate opens = today.minusDays(10).getYear() == today.getYear() ? today.minusDays(10) : today.withDayOfYear(1);
        LocalDate closes = today.plusDays(10).getYear() == today.getYear() ? today.plusDays(10) : today.withMonth(12).withDayOfMonth(31);
        Map<String, String> windows = new HashMap<>();
        for (int phase = 0; phase < 9; phase++) {
            windows.put("calendar:windows:" + phase + ":opens_input", "");
            windows.put("calendar:windows:" + phase + ":closes_input", "");
        }
        for (int phase : phases) {
            windows.put("calendar:windows:" + phase + ":opens_input", opens.toString());
            windows.put("calendar:windows:" + phase + ":closes_input", closes.toString());
        }
        String calendar = "t/" + tenant.code() + "/settings/calendar";
        Page saved = tenant.admin().submitAsShown(tenant.admin().get(calendar), "calendar", "save", windows);
        assertTrue(saved.shows("已保存为第 "), saved.html());
        String versions = "t/" + tenant.code() + "/settings/versions";
        Page opened = tenant.admin().submit(tenant.admin().get(versions), "round", "open",
                Map.of("year", Integer.toString(today.getYear())));
        assertTrue(opened.shows("已开启 " + today.getYear() + " 年度轮次，冻结第 "), opened.html());
        return tenant;
    }

    /** The tenant's "today": the database's date in the tenant's time zone. */
    public static LocalDate today(TestTenant tenant) {
        HttpResponse<String> open = tenant.admin().json("GET", "api/v1/t/" + tenant.code() + "/configuration/open-windows", null);
        assertEquals(200, open.statusCode(), open.body());
        return LocalDate.parse(Json.createReader(new StringReader(open.body())).readObject().getString("today"));
    }

    /** A member of a new unit of the tenant, made by its admin through the account page and signed in. */
    public Browser unitMember(TestTenant tenant) {
        return newUnitMember(tenant).browser();
    }

    /** The same, with the member's login for signing in elsewhere (on {@link #CHOSEN_PASSWORD}). */
    public Member newUnitMember(TestTenant tenant) {
        return newMember(tenant, "UNIT_MEMBER", "支部" + UUID.randomUUID().toString().substring(0, 8));
    }

    /**
     * A member in this role, made by the tenant's admin through the account page and signed in,
     * with a new unit of this name that a unit member speaks for (other roles keep no unit).
     */
    public Member newMember(TestTenant tenant, String role, String unitName) {
        String login = "m-" + UUID.randomUUID().toString().substring(0, 10);
        Page created = createMember(tenant, login, role, unitName);
        assertTrue(created.shows("已创建账号 " + login), created.html());
        return new Member(login, firstSignIn(login, created.textOf("issued-password")));
    }

    /** The admin's account page after creating a member of a new unit with this login (the first password is shown there). */
    Page createUnitMember(TestTenant tenant, String login) {
        return createMember(tenant, login, "UNIT_MEMBER", "支部" + UUID.randomUUID().toString().substring(0, 8));
    }

    private Page createMember(TestTenant tenant, String login, String role, String unitName) {
        HttpResponse<String> unit = tenant.admin().json("POST", "api/v1/t/" + tenant.code() + "/units",
                "{\"name\":\"" + unitName + "\",\"kind\":\"BRANCH\"}");
        assertEquals(201, unit.statusCode(), unit.body());
        long unitId = Json.createReader(new StringReader(unit.body())).readObject().getJsonNumber("id").longValue();
        Page accounts = tenant.admin().get("t/" + tenant.code() + "/accounts/list");
        return tenant.admin().submit(accounts, "account", "create", Map.of("login", login,
                "displayName", "党员", "email", "", "role_input", role, "unit_input", Long.toString(unitId)));
    }

    /**
     * A contact of a new co-building organisation of this name, made by the tenant's admin through
     * the pages (choosing the role asks the page for the organisation list, as the browser does) and signed in.
     */
    public Member newClaimant(TestTenant tenant, String organisation) {
        Page claimants = tenant.admin().get("t/" + tenant.code() + "/claimants/list");
        Page registered = tenant.admin().submit(claimants, "claimant", "create", Map.of("name", organisation,
                "kind_input", "ENTERPRISE", "contactPerson", "", "contactPhone", ""));
        assertTrue(registered.shows(organisation), registered.html());
        Page accounts = tenant.admin().get("t/" + tenant.code() + "/accounts/list");
        Page organisations = tenant.admin().partial(accounts, "account", "account:role", "account:organisation", Map.of(
                "jakarta.faces.behavior.event", "change", "jakarta.faces.partial.event", "change", "account:role_input", "CLAIMANT"));
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(organisation) + "<").matcher(organisations.html());
        assertTrue(option.find(), organisations.html());
        String login = "c-" + UUID.randomUUID().toString().substring(0, 10);
        Page created = tenant.admin().submit(accounts, "account", "create", Map.of("login", login, "displayName", "联络人",
                "email", "", "role_input", "CLAIMANT", "claimant_input", option.group(1)));
        assertTrue(created.shows("已创建账号 " + login), created.html());
        return new Member(login, firstSignIn(login, created.textOf("issued-password")));
    }

    /** Signs in with a first password, which the portal makes the person replace before anything else. */
    Browser firstSignIn(String login, String firstPassword) {
        Browser browser = new Browser(base);
        Page landing = browser.signIn(login, firstPassword);
        assertTrue(landing.uri().getPath().endsWith("/account/password.xhtml"), landing.uri().toString());
        Page home = browser.submit(landing, "password", "save",
                Map.of("current", firstPassword, "chosen", CHOSEN_PASSWORD, "repeated", CHOSEN_PASSWORD));
        assertTrue(home.uri().getPath().contains("/t/"), home.uri() + "\n" + home.html());
        return browser;
    }

    /** A tenant of the tests, with its admin signed in. */
    public record TestTenant(String code, String name, String adminLogin, Browser admin) {
    }

    /** A signed-in person of a tenant and their login. */
    public record Member(String login, Browser browser) {
    }
}
