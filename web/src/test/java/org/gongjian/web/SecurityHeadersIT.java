package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;

/**
 * What every response tells the browser: an enforced script policy whose only inline allowance is
 * the page's own nonce, HTTPS kept (HSTS, Secure cookies) when the portal is reached over HTTPS
 * through a trusted proxy (the tests' loopback address is one), and no product name.
 */
class SecurityHeadersIT extends DeployedPortal {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Test
    void pagesEnforceAScriptPolicyAllowingOnlyTheirOwnNonce() {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        Browser member = visitors.unitMember(tenant);
        for (Page page : List.of(new Browser(base).get("login.xhtml"), member.get("t/" + tenant.code() + "/projects/index"),
                member.get("t/" + tenant.code() + "/projects/declare"), new Browser(base).get("no-such-page.xhtml"))) {
            String where = page.uri() + " (" + page.status() + ")";
            List<String> policies = headers(page.headers(), "Content-Security-Policy");
            assertEquals(1, policies.size(), where + ": " + policies);
            assertNull(page.header("Content-Security-Policy-Report-Only"), where);
            String scripts = directive(policies.get(0), "script-src");
            assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), where + ": " + scripts);
            Matcher nonce = NONCE.matcher(scripts);
            assertTrue(nonce.find(), where + ": " + scripts);
            assertTrue(directive(policies.get(0), "default-src").contains("'self'"), where);
            List<Element> tags = Jsoup.parse(page.html()).select("script");
            assertFalse(tags.isEmpty(), where);
            for (Element script : tags) {
                assertEquals(nonce.group(1), script.attr("nonce"), where + ": " + script.outerHtml());
            }
            for (Element element : Jsoup.parse(page.html()).getAllElements()) {
                element.attributes().forEach(attribute -> assertFalse(attribute.getKey().toLowerCase().startsWith("on"),
                        where + ": inline handler " + attribute + " on " + element.tagName()));
                assertFalse(element.attr("href").toLowerCase().startsWith("javascript:"), where + ": " + element.outerHtml());
            }
        }
        HttpResponse<String> api = member.json("GET", "api/v1/t/" + tenant.code() + "/projects", null);
        String apiPolicy = api.headers().firstValue("Content-Security-Policy").orElse("");
        assertEquals("'self'", directive(apiPolicy, "script-src"), apiPolicy);
    }

    @Test
    void aFormPostedWithoutItsPagesNonceIsRefusedAndChangesNothing() {
        TestTenant tenant = new Visitors(base).newTenant();
        Page units = tenant.admin().get("t/" + tenant.code() + "/units/list");
        String otherNonce = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        Page forged = tenant.admin().post(units.action("unit"), Map.of("unit", "unit", "unit:name", "无脚本支部",
                "unit:kind_input", "BRANCH", "unit:create", "", "jakarta.faces.ViewState", units.viewState(),
                Browser.NONCE_FIELD, otherNonce));
        assertEquals(403, forged.status(), forged.html());
        assertFalse(tenant.admin().json("GET", "api/v1/t/" + tenant.code() + "/units", null).body().contains("无脚本支部"));
    }

    @Test
    void httpsThroughATrustedProxyKeepsBrowsersOnHttpsAndCookiesSecure() {
        HttpResponse<String> plain = signIn(Map.of());
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
        String plainCookie = sessionCookie(plain);
        assertFalse(plainCookie.toLowerCase().contains("secure"), plainCookie);

        HttpResponse<String> proxied = signIn(Map.of("X-Forwarded-Proto", "https"));
        assertEquals("max-age=31536000", proxied.headers().firstValue("Strict-Transport-Security").orElse(null));
        String cookie = sessionCookie(proxied);
        assertTrue(cookie.contains("; Secure") && cookie.contains("HttpOnly"), cookie);

        HttpResponse<String> notHttps = get("login.xhtml", Map.of("X-Forwarded-Proto", "http"));
        assertTrue(notHttps.headers().firstValue("Strict-Transport-Security").isEmpty());
    }

    @Test
    void noResponseNamesTheServerProduct() {
        for (String path : List.of("", "login.xhtml", "no-such-page.xhtml", "no/such/path", "health/ready", "openapi",
                "jakarta.faces.resource/css/portal.css.xhtml")) {
            HttpResponse<String> response = get(path, Map.of());
            String where = path + " (" + response.statusCode() + ")";
            String server = response.headers().firstValue("Server").orElse("");
            assertFalse(server.toLowerCase().contains("payara") || server.toLowerCase().contains("glassfish")
                    || server.toLowerCase().contains("grizzly"), where + ": Server " + server);
            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), where + ": " + response.headers().map());
        }
    }

    /** The host admin signs in as a browser does, every request carrying the given headers; answers the sign-in's response. */
    private HttpResponse<String> signIn(Map<String, String> headers) {
        HttpResponse<String> page = get("login.xhtml", headers);
        Map<String, String> fields = new LinkedHashMap<>();
        ((FormElement) Jsoup.parse(page.body()).getElementById("login")).formData().forEach(field -> fields.put(field.key(), field.value()));
        fields.put("login:username", Visitors.HOST_LOGIN);
        fields.put("login:password", Visitors.HOST_PASSWORD);
        fields.put("login:submit", "");
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page.body());
        assertTrue(nonce.find(), page.body());
        fields.put(Browser.NONCE_FIELD, nonce.group(1).replace("\\/", "/"));
        String form = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        Map<String, String> posted = new LinkedHashMap<>(headers);
        posted.put("Content-Type", "application/x-www-form-urlencoded");
        String cookies = page.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";")[0])
                .collect(Collectors.joining("; "));
        if (!cookies.isEmpty()) {
            posted.put("Cookie", cookies);
        }
        HttpResponse<String> signedIn = send("POST", "login.xhtml", posted, form);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        return signedIn;
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        return send("GET", path, headers, null);
    }

    /** A request from the loopback address, an address the tests' portal trusts as a proxy. */
    private HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) {
        URI loopback = URI.create(base.toString().replace("//" + base.getHost() + ":", "//127.0.0.1:"));
        HttpRequest.Builder request = HttpRequest.newBuilder(loopback.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sessionCookie(HttpResponse<String> response) {
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse(null);
        assertNotNull(cookie, "signing in starts a session: " + response.headers().map());
        return cookie;
    }

    private static List<String> headers(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).flatMap(e -> e.getValue().stream()).toList();
    }

    /** The sources of one directive of a policy, e.g. {@code 'self' 'nonce-…'} for script-src. */
    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            String trimmed = directive.trim();
            if (trimmed.startsWith(name + " ")) {
                return trimmed.substring(name.length()).trim();
            }
        }
        return "";
    }
}
