package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.gongjian.launcher.DatabaseCoordinates;
import org.gongjian.launcher.ItDatabase;
import org.gongjian.web.Browser.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two servers as one portal: the built WAR on two Payara Micro processes started by the launcher
 * with GONGJIAN_CLUSTER on loopback, one Data Grid, the integration tests' database, and Debian's
 * nginx in front as the load balancer, sticky by client address as a real one would be. Every
 * request goes through nginx, which names the server that answered in a header.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration BOOT = Duration.ofSeconds(300);
    private static final String SERVED_BY = "X-Served-By";
    /** The line a server logs when it runs the reminders of a slot (job/boundary/Jobs). */
    private static final String REMINDERS_RAN = "job reminders of the slot ";

    private static Path work;
    private static Server first;
    private static Server second;
    private static Process nginx;
    private static URL portal;

    @BeforeAll
    static void start() throws Exception {
        ItDatabase.start();
        work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "cluster-it"));
        int firstGrid = PortalServer.freePort();
        int secondGrid = PortalServer.freePort();
        String members = "tcpip:127.0.0.1:" + firstGrid + ",127.0.0.1:" + secondGrid;
        String name = "gongjian-it-" + UUID.randomUUID().toString().substring(0, 8);
        // one after the other: the first creates the schema and the host admin alone
        first = Server.start("a", members, name, firstGrid);
        second = Server.start("b", members, name, secondGrid);
        nginx = startNginx(PortalServer.freePort());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor();
        }
        for (Server server : new Server[] {first, second}) {
            if (server != null) {
                server.stop();
            }
        }
    }

    @Test
    void aClaimThroughOneServerShowsOnTheOthersBoardAtOnce() {
        Visitors throughFirst = new Visitors(first.url());
        PublishedBoard board = PublishedBoard.open(throughFirst);
        String page = "board/" + board.tenant().code();
        Browser visitorOfSecond = new Browser(second.url());
        Page before = visitorOfSecond.get(page);
        assertTrue(before.shows(String.format(PublicBoardIT.CHINESE_PLACES, 2, 2)), before.html());

        PublicBoardIT.claim(throughFirst.newUnitMember(board.tenant()), board, "方案");

        Page after = visitorOfSecond.get(page);
        assertTrue(after.shows(String.format(PublicBoardIT.CHINESE_PLACES, 1, 2)), "the second server still shows a free place: " + after.html());
    }

    /**
     * Both servers look for due work every second; the reminders' current slot, taken afresh,
     * is run by one of them and counted as tried by both.
     */
    @Test
    void aScheduledJobRunsOnceThoughBothServersTryIt() throws Exception {
        long firstRan = first.linesWith(REMINDERS_RAN);
        long secondRan = second.linesWith(REMINDERS_RAN);
        DatabaseCoordinates db = ItDatabase.start();
        try (Connection owner = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
             Statement sql = owner.createStatement()) {
            sql.executeUpdate("delete from job_lease where job = 'reminders'");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int attempts = 0;
            String holder = null;
            while (attempts < 4 && System.nanoTime() < deadline) {
                Thread.sleep(500);
                try (ResultSet row = sql.executeQuery("select holder, attempts from job_lease where job = 'reminders' order by slot desc limit 1")) {
                    if (row.next()) {
                        holder = row.getString(1);
                        attempts = row.getInt(2);
                    }
                }
            }
            assertTrue(attempts >= 4, "the servers tried the slot " + attempts + " times");
            try (ResultSet rows = sql.executeQuery("select count(*) from job_lease where job = 'reminders'")) {
                rows.next();
                assertEquals(1, rows.getInt(1), "one lease a slot");
            }
            assertTrue(first.holds(holder) || second.holds(holder), "held by neither server: " + holder);
            assertEquals(first.holds(holder) ? List.of(1L, 0L) : List.of(0L, 1L),
                    List.of(first.linesWith(REMINDERS_RAN) - firstRan, second.linesWith(REMINDERS_RAN) - secondRan),
                    "runs of the slot on each server");
        }
    }

    /** Ends one of the two servers, so it runs last. */
    @Test
    @Order(Integer.MAX_VALUE)
    void signedInUserKeepsSessionAndOpenFormWhenTheirServerDies() {
        Browser host = new Browser(portal);
        Page signedIn = host.signIn(Visitors.HOST_LOGIN, Visitors.HOST_PASSWORD);
        assertEquals(200, signedIn.status(), signedIn.html());
        Page form = host.get("host/tenants/new.xhtml");
        assertEquals(200, form.status(), form.html());
        Server serving = serverOf(form);
        String session = host.sessionId();
        assertNotNull(session);

        serving.kill();

        Page home = host.get("home.xhtml");
        assertEquals(200, home.status(), home.html());
        assertNotEquals(serving.httpPort, servedBy(home), "still answered by the server that was killed");
        assertFalse(home.uri().getPath().endsWith("login.xhtml"), "sent to sign in again: " + home.uri());
        assertTrue(home.shows("id=\"sign-out\""), home.html());
        assertEquals(session, host.sessionId(), "the session changed");

        String code = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Page created = host.submit(form, "tenant", "create", Map.of("code", code, "nameZh", "集群党委" + code, "nameEn", "",
                "kind_input", "STREET", "template_input", Visitors.THREE_TYPES,
                "adminLogin", "admin-" + code, "adminName", "管理员", "adminEmail", ""));
        assertEquals(200, created.status(), created.html());
        assertNotEquals(serving.httpPort, servedBy(created));
        assertTrue(created.shows("已创建租户“集群党委" + code + "”"), created.html());
    }

    private static Server serverOf(Page page) {
        int port = servedBy(page);
        for (Server server : new Server[] {first, second}) {
            if (server.httpPort == port) {
                return server;
            }
        }
        throw new AssertionError("served by neither server: " + page.header(SERVED_BY));
    }

    /** The HTTP port of the server that answered; after a failed attempt nginx lists both, the answering one last. */
    private static int servedBy(Page page) {
        String upstreams = page.header(SERVED_BY);
        assertNotNull(upstreams, "nginx named no server");
        String last = upstreams.substring(upstreams.lastIndexOf(',') + 1).strip();
        return Integer.parseInt(last.substring(last.lastIndexOf(':') + 1));
    }

    /** nginx in the foreground with its own configuration, files and port, in one process (no workers to switch user). */
    private static Process startNginx(int port) throws IOException, InterruptedException {
        Path prefix = Files.createDirectories(work.resolve("nginx"));
        Path config = prefix.resolve("nginx.conf");
        Files.writeString(config, """
                pid %1$s/nginx.pid;
                events { worker_connections 64; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream portal {
                        ip_hash;
                        server 127.0.0.1:%2$d max_fails=1 fail_timeout=30s;
                        server 127.0.0.1:%3$d max_fails=1 fail_timeout=30s;
                    }
                    server {
                        listen 127.0.0.1:%4$d;
                        location / {
                            proxy_pass http://portal;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $remote_addr;
                            proxy_connect_timeout 2s;
                            add_header %5$s $upstream_addr always;
                        }
                    }
                }
                """.formatted(prefix, first.httpPort, second.httpPort, port, SERVED_BY));
        Process process = new ProcessBuilder("nginx", "-p", prefix.toString(), "-e", prefix.resolve("error.log").toString(),
                "-c", config.toString(), "-g", "daemon off; master_process off;")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        portal = URI.create("http://127.0.0.1:" + port + "/").toURL();
        awaitReady(process, URI.create(portal + "health/ready"), Duration.ofSeconds(20), prefix.resolve("error.log"));
        return process;
    }

    private static void awaitReady(Process process, URI ready, Duration timeout, Path log) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "stopped before it was ready; see " + log);
            try {
                if (client.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(ready + " not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    /** One portal server: the launcher on the tests' database, with its Payara Micro as its child process. */
    private record Server(String name, int httpPort, Process launcher, Path log) {

        static Server start(String name, String members, String clusterName, int gridPort) throws IOException, InterruptedException {
            int httpPort = PortalServer.freePort();
            Path home = Files.createDirectories(work.resolve(name));
            Path log = home.resolve("server.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Dgongjian.war=" + System.getProperty("gongjian.war"),
                    "-Dgongjian.micro=" + System.getProperty("payara.microJar"),
                    "org.gongjian.launcher.Launcher"))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.put("GONGJIAN_HOME", home.toString());
            environment.put("GONGJIAN_HTTP_PORT", Integer.toString(httpPort));
            environment.put("GONGJIAN_HTTP_BIND", "127.0.0.1");
            environment.put("GONGJIAN_CLUSTER", members);
            environment.put("GONGJIAN_CLUSTER_NAME", clusterName);
            environment.put("GONGJIAN_CLUSTER_ADDRESS", "127.0.0.1");
            environment.put("GONGJIAN_CLUSTER_PORT", Integer.toString(gridPort));
            environment.put("GONGJIAN_JOB_TICK_SECONDS", "1");
            Server server = new Server(name, httpPort, builder.start(), log);
            try {
                awaitReady(server.launcher, URI.create("http://127.0.0.1:" + httpPort + "/health/ready"), BOOT, log);
            } catch (AssertionError | InterruptedException e) {
                server.stop();
                throw e;
            }
            return server;
        }

        URL url() {
            try {
                return URI.create("http://127.0.0.1:" + httpPort + "/").toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        ProcessHandle micro() {
            return launcher.descendants().findFirst().orElseThrow(() -> new AssertionError("no Payara Micro under the launcher"));
        }

        /** Whether the lease holder names this server's Payara Micro (pid@host). */
        boolean holds(String holder) {
            return holder != null && holder.startsWith(micro().pid() + "@");
        }

        long linesWith(String text) throws IOException {
            try (Stream<String> lines = Files.lines(log)) {
                return lines.filter(line -> line.contains(text)).count();
            }
        }

        /** Ends Payara Micro at once, as a crash or a lost machine would; the launcher then ends too. */
        void kill() {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
            try {
                launcher.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() throws InterruptedException {
            launcher.destroy();
            launcher.waitFor();
        }
    }
}
