package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * Requests another site makes a signed-in visitor's browser send: API calls, a sign-in into an
 * account of the other site's choosing, and an API used on a password the portal issued.
 */
class CrossSiteIT extends DeployedPortal {

    private static final String OTHER_ORIGIN = "http://127.0.0.1:9999";

    @Test
    void apiCallsThatMayChangeSomethingNeedTheProofHeaderAndTheirOwnOrigin() {
        TestTenant tenant = visitors.newTenant();
        String units = "api/v1/t/" + tenant.code() + "/units";

        HttpResponse<String> bare = call(tenant.admin(), "POST", units, unit("无凭据支部"), Map.of("Content-Type", "application/json"));
        assertEquals(403, bare.statusCode(), bare.body());
        assertTrue(bare.body().contains("X-Requested-With") && bare.body().contains("\"message\""), bare.body());

        HttpResponse<String> foreign = call(tenant.admin(), "POST", units, unit("跨站支部"),
                Map.of("Content-Type", "application/json", "X-Requested-With", "XMLHttpRequest", "Origin", OTHER_ORIGIN));
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertTrue(foreign.body().contains("本门户以外"), foreign.body());

        HttpResponse<String> sameSite = call(tenant.admin(), "POST", units, unit("同站支部"),
                Map.of("Content-Type", "application/json", "X-Requested-With", "XMLHttpRequest", "Sec-Fetch-Site", "same-site"));
        assertEquals(403, sameSite.statusCode(), sameSite.body());

        HttpResponse<String> readAll = call(tenant.admin(), "POST", "api/v1/t/" + tenant.code() + "/inbox/read-all", null, Map.of());
        assertEquals(403, readAll.statusCode(), "a call without a body needs the proof too: " + readAll.body());

        HttpResponse<String> own = call(tenant.admin(), "POST", units, unit("本站支部"), Map.of("Content-Type", "application/json",
                "X-Requested-With", "XMLHttpRequest", "Origin", originOf(base), "Sec-Fetch-Site", "same-origin"));
        assertEquals(201, own.statusCode(), own.body());
        assertEquals(201, tenant.admin().json("POST", units, unit("脚本支部")).statusCode());

        HttpResponse<String> read = call(tenant.admin(), "GET", units, null, Map.of("Origin", OTHER_ORIGIN));
        assertEquals(200, read.statusCode());
        assertFalse(read.body().contains("无凭据支部") || read.body().contains("跨站支部") || read.body().contains("同站支部"), read.body());
        assertTrue(read.body().contains("本站支部") && read.body().contains("脚本支部"), read.body());

        HttpResponse<String> english = call(tenant.admin(), "POST", units, unit("x"),
                Map.of("Content-Type", "application/json", "Cookie", "gj-lang=en"));
        assertTrue(english.body().contains("must carry the header X-Requested-With"), english.body());
    }

    @Test
    void aBodyOfAnotherTypeIsRefusedWith415SayingWhatIsRead() {
        TestTenant tenant = visitors.newTenant();
        HttpResponse<String> text = call(tenant.admin(), "POST", "api/v1/t/" + tenant.code() + "/units", unit("文本支部"),
                Map.of("Content-Type", "text/plain", "X-Requested-With", "XMLHttpRequest"));
        assertEquals(415, text.statusCode(), text.body());
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), text.body());
        assertTrue(text.body().contains("application/json") && text.body().contains("请求内容须为"), text.body());
    }

    @Test
    void aSignInPostedFromAnotherOriginOrWithoutThePagesViewStateSignsNobodyIn() {
        TestTenant tenant = visitors.newTenant();
        String home = "t/" + tenant.code() + "/";

        Browser lured = new Browser(base).header("Origin", OTHER_ORIGIN);
        Page refused = lured.signIn(tenant.adminLogin(), Visitors.CHOSEN_PASSWORD);
        assertTrue(refused.shows("登录请求来自本门户以外的页面"), refused.html());
        assertTrue(lured.get(home).uri().getPath().endsWith("/login.xhtml"), "not signed in");

        Browser crossSite = new Browser(base).header("Sec-Fetch-Site", "cross-site");
        crossSite.signIn(tenant.adminLogin(), Visitors.CHOSEN_PASSWORD);
        assertTrue(crossSite.get(home).uri().getPath().endsWith("/login.xhtml"), "not signed in");

        Browser forged = new Browser(base);
        Page posted = forged.post("login.xhtml", Map.of("login", "login", "login:username", tenant.adminLogin(),
                "login:password", Visitors.CHOSEN_PASSWORD, "login:submit", "", "jakarta.faces.ViewState", "stateless"));
        assertNotEquals(500, posted.status(), posted.html());
        assertTrue(forged.get(home).uri().getPath().endsWith("/login.xhtml"), "not signed in");

        Browser own = new Browser(base).header("Origin", originOf(base)).header("Sec-Fetch-Site", "same-origin");
        own.signIn(tenant.adminLogin(), Visitors.CHOSEN_PASSWORD);
        Page signedIn = own.get(home);
        assertEquals(200, signedIn.status());
        assertTrue(signedIn.shows(tenant.name()));
    }

    @Test
    void anIssuedPasswordOpensNoApiUntilItIsChanged() {
        TestTenant tenant = visitors.newTenant();
        String login = "m-" + UUID.randomUUID().toString().substring(0, 10);
        Page created = visitors.createUnitMember(tenant, login);
        assertTrue(created.shows("已创建账号 " + login), created.html());
        String issued = created.textOf("issued-password");

        Browser member = new Browser(base);
        Page landing = member.signIn(login, issued);
        assertTrue(landing.uri().getPath().endsWith("/account/password.xhtml"), landing.uri().toString());
        String units = "api/v1/t/" + tenant.code() + "/units";
        HttpResponse<String> list = member.json("GET", units, null);
        assertEquals(403, list.statusCode(), list.body());
        assertTrue(list.body().contains("/account/password.xhtml") && list.body().contains("初始密码"), list.body());
        assertEquals(403, member.json("POST", units, unit("初始密码支部")).statusCode());

        member.submit(landing, "password", "save", Map.of("current", issued, "chosen", Visitors.CHOSEN_PASSWORD,
                "repeated", Visitors.CHOSEN_PASSWORD));
        HttpResponse<String> after = member.json("GET", units, null);
        assertEquals(200, after.statusCode(), after.body());
        assertFalse(after.body().contains("初始密码支部"));
    }

    private static String unit(String name) {
        return "{\"name\":\"" + name + "\",\"kind\":\"BRANCH\"}";
    }

    private static String originOf(URL url) {
        return url.getProtocol() + "://" + url.getHost() + ":" + url.getPort();
    }

    /** A request with the person's session and exactly these headers, as a page of another site could make their browser send. */
    private HttpResponse<String> call(Browser who, String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach((name, value) -> {
            if (!name.equals("Cookie")) {
                request.header(name, value);
            }
        });
        request.header("Cookie", who.cookieHeader() + (headers.containsKey("Cookie") ? "; " + headers.get("Cookie") : ""));
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
