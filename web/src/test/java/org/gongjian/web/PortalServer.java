package org.gongjian.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gongjian.job.boundary.JobLeaseTrigger;
import org.gongjian.notification.boundary.RemindersTrigger;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The Payara Micro servers the integration tests visit: one per kind of WAR and test JVM, started
 * when the first test class needs it and stopped when the JVM ends. Test classes share a server as
 * they share the database; each works in tenants of its own. Booting one per class cost a good part
 * of the suite's time.
 */
public enum PortalServer {

    /** The WAR as built, as its users get it. */
    PORTAL("gongjian"),
    /** The WAR with the doors only tests have, which bring projects to a state the test needs in one call. */
    WITH_DOORS("gongjian-doors", EvaluatedProjectDoor.class, EvaluatedProjectDoor.Wanted.class, WonProjectDoor.class,
            ClaimedProjectDoor.class, ClaimedProjectDoor.Opened.class, RemindersTrigger.class, JobLeaseTrigger.class);

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final String name;
    private final List<Class<?>> doors;
    private URL base;

    PortalServer(String name, Class<?>... doors) {
        this.name = name;
        this.doors = List.of(doors);
    }

    /** The address of the application on this server, started on first use. */
    public synchronized URL base() {
        if (base == null) {
            base = start();
        }
        return base;
    }

    private URL start() {
        Path target = Path.of(System.getProperty("gongjian.war")).getParent();
        Path servers = target.resolve("portal-servers");
        File war = servers.resolve(name + ".war").toFile();
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("gongjian.war")));
        doors.forEach(archive::addClass);
        servers.toFile().mkdirs();
        archive.as(ZipExporter.class).exportTo(war, true);
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-Djava.io.tmpdir=" + target,
                "-jar", System.getProperty("payara.microJar"), "--deploy", war.getPath(), "--contextroot", name,
                "--port", Integer.toString(port), "--nocluster")
                .redirectErrorStream(true)
                .redirectOutput(servers.resolve(name + ".log").toFile());
        try {
            Process server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server)));
            URL url = URI.create("http://localhost:" + port + "/" + name + "/").toURL();
            awaitReady(server, port);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Payara Micro did not start; see target/portal-servers/" + name + ".log", e);
        }
    }

    private void awaitReady(Process server, int port) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped while starting; see target/portal-servers/" + name + ".log");
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Payara Micro started", e);
            }
            sleep();
        }
        throw new IllegalStateException("Payara Micro not ready after " + READY_TIMEOUT + "; see target/portal-servers/" + name + ".log");
    }

    private static void stop(Process server) {
        server.destroy();
        try {
            server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.destroyForcibly();
    }

    /** A port nothing on this machine listens on now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Payara Micro started", e);
        }
    }
}
