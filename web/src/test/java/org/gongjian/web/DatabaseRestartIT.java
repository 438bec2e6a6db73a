package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.gongjian.launcher.ItDatabase;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real PostgreSQL stops under the running portal and starts again: while it is away requests
 * are refused at once with "try again soon", and afterwards the portal serves again by itself with
 * everything committed before the stop.
 */
class DatabaseRestartIT extends DeployedPortal {

    /** A behaviour, not a benchmark: before the fix each request hung ten seconds. */
    private static final Duration FAST = Duration.ofSeconds(8);
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final Duration PAUSE = Duration.ofMillis(1100);
    private static final String UNAVAILABLE_ZH = "数据库暂时不可用，请稍后再试。";

    /** The classes that run after this one need their database. */
    @AfterEach
    void databaseRunsAgain() throws IOException {
        ItDatabase.startServer();
    }

    @Test
    void portalRefusesCleanlyWhileTheDatabaseIsAwayAndRecoversWithEverythingCommitted() throws Exception {
        TestTenant tenant = new Visitors(base).newTenant();
        String units = "api/v1/t/" + tenant.code() + "/units";
        List<String> committed = List.of("重启前第一支部", "重启前第二支部");
        for (String name : committed) {
            assertEquals(201, tenant.admin().json("POST", units, unit(name)).statusCode());
        }
        assertEquals(200, readiness().statusCode());
        Browser english = new Browser(base);
        english.get("lang?to=en&back=/");

        ItDatabase.stopServer();

        HttpResponse<String> ready = timed(this::readiness);
        assertEquals(503, ready.statusCode());
        assertTrue(ready.body().contains("\"status\":\"DOWN\""), ready.body());

        HttpResponse<String> inEnglish = timed(() -> english.json("GET", "api/v1/public/tenants", null));
        assertEquals(503, inEnglish.statusCode());
        assertTrue(inEnglish.body().contains("The database is temporarily unavailable"), inEnglish.body());
        // past the second in which the portal answers 503 without trying the database
        Thread.sleep(PAUSE.toMillis());

        HttpResponse<String> refused = timed(() -> tenant.admin().json("POST", units, unit("停库时的支部")));
        assertEquals(503, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"message\":\"" + UNAVAILABLE_ZH + "\""), refused.body());
        assertEquals("5", refused.headers().firstValue("Retry-After").orElse(null));

        Page front = timed(() -> english.get(""));
        assertEquals(503, front.status());
        assertTrue(front.shows("Database temporarily unavailable"), front.html());
        String unitsPage = "t/" + tenant.code() + "/units/list";
        Page page = timed(() -> tenant.admin().get(unitsPage));
        assertEquals(503, page.status());
        assertTrue(page.shows(UNAVAILABLE_ZH), page.html());
        HttpResponse<String> ajax = timed(() -> ajaxPost(tenant.admin(), unitsPage));
        assertEquals(200, ajax.statusCode());
        assertTrue(ajax.body().contains("<redirect url=\"" + base.getPath() + unitsPage + "\"/>"), ajax.body());

        ItDatabase.startServer();

        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (readiness().statusCode() != 200 || tenant.admin().json("GET", units, null).statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "the portal does not serve " + RECOVERY.toSeconds() + " s after the database came back");
            Thread.sleep(500);
        }
        String after = tenant.admin().json("GET", units, null).body();
        for (String name : committed) {
            assertTrue(after.contains(name), after);
        }
        assertFalse(after.contains("停库时的支部"), after);
        assertEquals(201, tenant.admin().json("POST", units, unit("重启后的支部")).statusCode());
        assertTrue(tenant.admin().get("t/" + tenant.code() + "/units/list").shows("重启后的支部"));
    }

    private static String unit(String name) {
        return "{\"name\":\"" + name + "\",\"kind\":\"BRANCH\"}";
    }

    /** What Faces' Ajax script sends for a button on the page; the answer tells it where to go. */
    private HttpResponse<String> ajaxPost(Browser signedIn, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", signedIn.cookieHeader())
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true")).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> readiness() {
        return new Browser(base).json("GET", "/health/ready", null);
    }

    private static <T> T timed(Supplier<T> request) {
        long started = System.nanoTime();
        T answer = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(FAST) < 0, "answered after " + took.toMillis() + " ms");
        return answer;
    }
}
