package org.gongjian.web.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongjian.web.DeployedPortal;
import org.gongjian.web.probe.Surface.Endpoint;
import org.junit.jupiter.api.Test;

/**
 * Every page of the WAR and every operation of the OpenAPI document, tried by every role of one
 * tenant and by nobody, against another tenant's records and against another unit's: each must be
 * refused, show none of their text, and change no row. What to try is read from the application,
 * so a page or endpoint added later is probed without being listed here.
 */
class IsolationProbeIT extends DeployedPortal {

    @Test
    void noPageOrEndpointLetsOneTenantOrUnitReadOrChangeAnothersRecords() throws Exception {
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        List<Endpoint> views = Surface.views(Path.of(System.getProperty("gongjian.war")), problems);
        List<Endpoint> operations = Surface.operations(openapi(), problems);
        assertTrue(views.stream().anyMatch(view -> view.template().startsWith("t/{code}/")), views.toString());
        assertTrue(operations.stream().anyMatch(operation -> operation.template().startsWith("api/v1/t/{code}/")), operations.toString());

        Victims victims = Victims.build(base);
        Probe probe;
        int snapshots;
        long snapshotNanos;
        try (TableChecksums database = new TableChecksums()) {
            probe = new Probe(URI.create(base.toString()), victims, database);
            for (Endpoint endpoint : Stream.concat(views.stream(), operations.stream()).toList()) {
                if (endpoint.slots().stream().allMatch(slot -> slot.kind() != null)) {
                    probe.probe(endpoint);
                }
            }
            problems.addAll(probe.signedOut());
            snapshots = database.snapshots;
            snapshotNanos = database.snapshotNanos;
        }
        Files.write(Path.of(System.getProperty("gongjian.war")).resolveSibling("probe-requests.txt"), probe.log);
        problems.addAll(probe.unreachable);
        problems.addAll(probe.findings);
        System.out.printf("probe: %d views, %d paths, %d requests, %d findings (%d s, of which %d row snapshots %d s)%n", views.size(),
                operations.size(), probe.requests, probe.findings.size(), (System.nanoTime() - started) / 1_000_000_000L, snapshots,
                snapshotNanos / 1_000_000_000L);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** The OpenAPI document as JSON, its paths made relative to the portal's root. */
    private JsonObject openapi() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject document = Json.createReader(new StringReader(response.body())).readObject();
        String context = base.getPath().replaceAll("/$", "");
        var paths = Json.createObjectBuilder();
        document.getJsonObject("paths").forEach((path, operations) ->
                paths.add(!context.isEmpty() && path.startsWith(context + "/") ? path.substring(context.length()) : path, operations));
        return Json.createObjectBuilder(document).add("paths", paths).build();
    }
}
