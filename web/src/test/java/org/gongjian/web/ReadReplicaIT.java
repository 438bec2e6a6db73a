package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongjian.launcher.ItDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public pages on a real hot standby: a copy of the tests' PostgreSQL streaming from it, and a
 * portal of its own (Payara Micro with the built WAR) given {@code GONGJIAN_REPLICA_URL}. While the
 * standby keeps up, the public board is read from it; when its replay is paused, the board shows a
 * change no later than the allowed lag after it was made, kept pages included.
 */
class ReadReplicaIT {

    private static final int MAX_LAG_SECONDS = 8;
    private static final Duration STARTUP = Duration.ofSeconds(480);
    private static final String SUPERUSER = "postgres";
    private static final String PASSWORD = System.getProperty("it.db.password");

    private static Path target;
    private static Process standby;
    private static int standbyPort;
    private static Process portal;
    private static URL base;
    private final HttpClient anonymous = HttpClient.newHttpClient();

    @BeforeAll
    static void standbyAndPortal() throws Exception {
        target = Path.of(System.getProperty("gongjian.war")).getParent();
        ItDatabase.start();
        standbyPort = PortalServer.freePort();
        standby = startStandby();
        portal = startPortal();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process process : new Process[] {portal, standby}) {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    @Test
    void boardIsReadFromTheStandbyAndNeverShownStalerThanTheAllowedLag() throws Exception {
        PublishedBoard board = PublishedBoard.open(new Visitors(base));
        String page = "board/" + board.tenant().code();
        assertTrue(eventually(page, board.itemTitle(), Duration.ofSeconds(10)), "the standby never showed the published item");

        // the standby stops replaying: from here it falls behind by the clock
        standbySql("select pg_wal_replay_pause()");
        long paused = System.nanoTime();
        String later = "后来发布的项目" + board.tenant().code();
        board.item(later, 1, true);

        HttpResponse<String> fromStandby = get(page);
        Duration since = Duration.ofNanos(System.nanoTime() - paused);
        assertTrue(since.toSeconds() < MAX_LAG_SECONDS - 1, "the test was too slow to tell: " + since.toMillis() + " ms");
        assertEquals(200, fromStandby.statusCode());
        assertTrue(fromStandby.body().contains(board.itemTitle()), fromStandby.body());
        assertFalse(fromStandby.body().contains(later), "the board was read from the primary " + since.toMillis()
                + " ms after the standby stopped, although it was current enough");
        Browser.Page signedIn = board.tenant().admin().get(page);
        assertEquals(200, signedIn.status());
        assertTrue(signedIn.html().contains(later), "the admin who just published the item does not see it on the board");

        // at most the allowed lag after the pause (plus one measurement's second): read from the primary, kept page or not
        assertTrue(eventually(page, later, Duration.ofSeconds(MAX_LAG_SECONDS + 2)),
                "the board still hides a change " + (MAX_LAG_SECONDS + 2) + " s after it was committed");
        assertTrue(get("board?tenant=" + board.tenant().code()).body().contains(later), "the city-wide board hides the change");

        standbySql("select pg_wal_replay_resume()");
        String last = "追上后发布的项目" + board.tenant().code();
        board.item(last, 1, true);
        assertTrue(eventually(page, last, Duration.ofSeconds(MAX_LAG_SECONDS + 2)), "the board misses a change after the standby caught up");
    }

    /** Whether the page shows {@code text} within {@code within}. */
    private boolean eventually(String page, String text, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            if (get(page).body().contains(text)) {
                return true;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return false;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return anonymous.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void standbySql(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + standbyPort + "/postgres", SUPERUSER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * A hot standby of the tests' database: the primary lets the superuser replicate, is stopped for
     * a consistent copy of its data folder (a cold base backup) and started again; the copy starts
     * with {@code standby.signal} and streams from it, run by the same binary with the same options.
     */
    private static Process startStandby() throws Exception {
        Path data = Path.of(System.getProperty("it.db.dir"), "postgres");
        Files.writeString(data.resolve("pg_hba.conf"), Files.readString(data.resolve("pg_hba.conf"))
                + "host    replication   " + SUPERUSER + "   127.0.0.1/32   scram-sha-256\n");
        List<String> options = postmasterOptions(data);
        ItDatabase.stopServer();
        Path copy = target.resolve("it-standby");
        ItDatabase.deleteTree(copy);
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.toList()) {
                Path to = copy.resolve(data.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else if (!file.getFileName().toString().startsWith("postmaster.")) {
                    Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        ItDatabase.startServer();
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(copy.resolve("standby.signal"), "");
        Files.writeString(copy.resolve("postgresql.auto.conf"), "primary_conninfo = 'host=127.0.0.1 port=" + System.getProperty("it.db.port")
                + " user=" + SUPERUSER + " password=" + PASSWORD + " application_name=it_standby'\nhot_standby = on\n");
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; inside a user namespace it runs as nobody, as the embedded one does
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(options.get(0));
        command.addAll(List.of("-D", copy.toString(), "-p", Integer.toString(standbyPort)));
        command.addAll(options.subList(5, options.size()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(target.resolve("it-standby.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                standbySql("select 1");
                return process;
            } catch (SQLException e) {
                assertTrue(process.isAlive() && System.nanoTime() < deadline, "the standby did not start; see " + target.resolve("it-standby.log"));
                Thread.sleep(200);
            }
        }
    }

    /** The running primary's command line: the binary, "-D", its folder, "-p", its port, then its options. */
    private static List<String> postmasterOptions(Path data) throws IOException {
        String opts = Files.readString(data.resolve("postmaster.opts")).strip();
        List<String> words = new ArrayList<>();
        words.add(opts.substring(0, opts.indexOf(' ')));
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(opts);
        while (quoted.find()) {
            words.add(quoted.group(1));
        }
        assertEquals(List.of("-D", data.toString(), "-p"), words.subList(1, 4), opts);
        return words;
    }

    /** The built WAR on a Payara Micro of its own, with the tests' environment and the standby as its read replica. */
    private static Process startPortal() throws Exception {
        int port = PortalServer.freePort();
        ProcessBuilder micro = new ProcessBuilder("java", "-Xmx768m", "-Djava.io.tmpdir=" + target, "-jar", System.getProperty("payara.microJar"),
                "--nocluster", "--port", Integer.toString(port), "--deploy", System.getProperty("gongjian.war"))
                .redirectErrorStream(true).redirectOutput(target.resolve("it-replica-portal.log").toFile());
        micro.environment().put("GONGJIAN_REPLICA_URL", "jdbc:postgresql://localhost:" + standbyPort + "/gongjian");
        micro.environment().put("GONGJIAN_REPLICA_MAX_LAG_SECONDS", Integer.toString(MAX_LAG_SECONDS));
        Process process = micro.start();
        base = URI.create("http://127.0.0.1:" + port + "/gongjian/").toURL();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (true) {
            assertTrue(process.isAlive() && System.nanoTime() < deadline, "the portal did not start; see " + target.resolve("it-replica-portal.log"));
            try {
                if (client.send(HttpRequest.newBuilder(base.toURI().resolve("board")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
    }
}
