package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.gongjian.launcher.ItDatabase;
import org.gongjian.web.Browser.Page;
import org.gongjian.web.Visitors.TestTenant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real PostgreSQL stops under the running portal and starts again: while it is away requests
 * are refused at once with "try again soon", and afterwards the portal serves again by itself with
 * everything committed before the stop.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseRestartIT {

    /** A behaviour, not a benchmark: before the fix each request hung ten seconds. */
    private static final Duration FAST = Duration.ofSeconds(8);
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final String UNAVAILABLE_ZH = "数据库暂时不可用，请稍后再试。";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("gongjian.war")));
    }

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

        ItDatabase.stopServer();

        HttpResponse<String> ready = timed(this::readiness);
        assertEquals(503, ready.statusCode());
        assertTrue(ready.body().contains("\"status\":\"DOWN\""), ready.body());

        HttpResponse<String> refused = timed(() -> tenant.admin().json("POST", units, unit("停库时的支部")));
        assertEquals(503, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"message\":\"" + UNAVAILABLE_ZH + "\""), refused.body());
        assertEquals("5", refused.headers().firstValue("Retry-After").orElse(null));

        Page page = timed(() -> tenant.admin().get("t/" + tenant.code() + "/units/list"));
        assertEquals(503, page.status());
        assertTrue(page.shows(UNAVAILABLE_ZH), page.html());

        ItDatabase.startServer();

        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (readiness().statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "the portal is not ready " + RECOVERY.toSeconds() + " s after the database came back");
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
