package org.gongjian.web.probe;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gongjian.web.probe.Surface.Endpoint;
import org.gongjian.web.probe.Surface.Slot;
import org.gongjian.web.probe.Victims.Actor;
import org.gongjian.web.probe.Victims.Call;
import org.gongjian.web.probe.Victims.Rec;
import org.gongjian.web.probe.Victims.Target;

/**
 * Tries every endpoint as every attacker against every target record it can name, and writes
 * down each finding: a 2xx on someone else's record, a 5xx, a victim's marker in what came back,
 * or a change in the database.
 */
final class Probe {

    /**
     * Statuses that refuse: bad request (before authorisation, still no leak), signed out, forbidden,
     * not found, and conflict (a sealed bid before its competition is opened: its organiser may know it exists).
     */
    private static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 404, 409);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    /**
     * Addresses that open only in a state the victims are not in, with why: still probed, but not
     * required to open for the records' own people.
     */
    private static final String OPINION_CLOSED = "public opinion shows an open evaluation only; the victims' is closed so that its results are read";
    private static final Map<String, String> OPEN_ONLY_ELSEWHERE = Map.of(
            "opinion/{code}/{projectId}", OPINION_CLOSED, "api/v1/public/opinion/{code}/{projectId}", OPINION_CLOSED);
    private static final List<String> PUBLIC_FOLDERS = List.of("board", "competitions", "opinion", "awards", "showcase");
    private static final byte[] MINIMAL_FILE = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** One request: who sends it, and whether it must be refused or may be answered (without anyone else's data). */
    record Attempt(Actor actor, String method, String url, Map<String, String> headers, String contentType, byte[] body,
                   boolean mustRefuse, String whose) {
    }

    private final URI base;
    private final Victims victims;
    private final TableChecksums database;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Actor, List<Target>> forbidden = new HashMap<>();
    /**
     * The rows as the last endpoint left them: nothing runs between two endpoints, so that is the
     * next endpoint's "before", and each endpoint costs one pass over every table instead of two.
     */
    private Map<String, String> rows;
    final List<String> findings = new ArrayList<>();
    final List<String> unreachable = new ArrayList<>();
    /** Every request and its status, one a line, for reading what the probe did. */
    final List<String> log = new ArrayList<>();
    int requests;

    Probe(URI base, Victims victims, TableChecksums database) {
        this.base = base;
        this.victims = victims;
        this.database = database;
        for (Target target : victims.targets) {
            target.attackers().forEach(actor -> forbidden.computeIfAbsent(actor, who -> new ArrayList<>()).add(target));
        }
    }

    /** Probes one endpoint: its attempts, a check that its ids are real ones, and the rows before and after. */
    void probe(Endpoint endpoint) throws SQLException {
        List<Attempt> attempts = attempts(endpoint);
        if (attempts.isEmpty()) {
            unreachable.add(endpoint.label() + ": no strategy of the probe applies to it");
            return;
        }
        Map<String, String> before = rows != null ? rows : database.snapshot();
        attempts.forEach(this::send);
        boolean named = endpoint.has(Kind.TENANT) || !endpoint.records().isEmpty();
        if (endpoint.method().equals("GET") && named && !OPEN_ONLY_ELSEWHERE.containsKey(endpoint.template())
                && !ownersReach(endpoint, attempts)) {
            unreachable.add(endpoint.label()
                    + ": none of its probed addresses opens for the records' own people, so the probe's ids or URL are wrong");
        }
        rows = database.snapshot();
        List<String> changed = TableChecksums.changed(before, rows);
        if (!changed.isEmpty()) {
            findings.add(endpoint.label() + ": refused requests changed rows of " + changed);
        }
    }

    /** Attackers whose session ended on the way: their refusals would prove nothing. */
    List<String> signedOut() {
        return victims.attackers.stream().filter(actor -> actor.session() != null)
                .filter(actor -> exchange(actor, "GET", "api/v1/t/" + victims.attackerCode + "/inbox/unread", Map.of(), null, null)
                        .statusCode() != 200)
                .map(actor -> actor.name() + " was signed out during the probe").toList();
    }

    List<Attempt> attempts(Endpoint endpoint) {
        List<Attempt> attempts = new ArrayList<>();
        List<Slot> records = endpoint.records();
        boolean tenantScoped = endpoint.has(Kind.TENANT);
        if (isPublic(endpoint)) {
            attempts.addAll(publicAttempts(endpoint, records));
        } else if (!records.isEmpty()) {
            Kind innermost = records.get(records.size() - 1).kind();
            for (Target target : victims.targets) {
                for (Rec rec : target.records()) {
                    if (rec.kind() != innermost) {
                        continue;
                    }
                    Map<String, String> values = chain(records, rec, null);
                    if (values == null) {
                        continue;
                    }
                    List<String> codes = !tenantScoped ? List.of("") : target.code().equals(victims.attackerCode)
                            ? List.of(victims.attackerCode) : List.of(target.code(), victims.attackerCode);
                    for (String code : codes) {
                        for (Actor actor : target.attackers()) {
                            attempts.add(attempt(endpoint, actor, code, values, true, target.name()));
                        }
                    }
                    Map<String, String> underOwn = chain(records, rec, victims.ownProject);
                    if (records.size() > 1 && underOwn != null) {
                        for (Actor actor : victims.attackers) {
                            attempts.add(attempt(endpoint, actor, victims.attackerCode, underOwn, true,
                                    target.name() + ", under the attacker's own project"));
                        }
                    }
                }
            }
        } else if (tenantScoped) {
            Target victim = victims.victimTenant();
            for (Actor actor : victim.attackers()) {
                attempts.add(attempt(endpoint, actor, victim.code(), Map.of(), true, victim.name()));
            }
            if (endpoint.method().equals("GET")) {
                attempts.addAll(ownTenant(endpoint));
            }
        } else if (endpoint.template().startsWith("host/") || endpoint.template().startsWith("api/v1/host/")) {
            victims.attackers.forEach(actor -> attempts.add(attempt(endpoint, actor, "", Map.of(), true, "the host")));
        } else if (endpoint.method().equals("GET")) {
            victims.attackers.forEach(actor -> attempts.add(attempt(endpoint, actor, "", Map.of(), false, "anyone else")));
        }
        return attempts;
    }

    /**
     * Pages and endpoints for anyone (the public claim board, the competitions' announcements, public
     * opinion on an open evaluation, the published award lists): they may answer, but with nothing of
     * anyone's private records.
     */
    private static boolean isPublic(Endpoint endpoint) {
        String template = endpoint.template();
        return template.startsWith("api/v1/public/") || template.startsWith("public/") || PUBLIC_FOLDERS.stream()
                .anyMatch(folder -> template.equals(folder) || template.startsWith(folder + "/"));
    }

    /**
     * Every attacker at the public address of each target's records (drafts, claims, requests to
     * join among them), in the records' own tenant: answered or refused, never with their marker.
     */
    private List<Attempt> publicAttempts(Endpoint endpoint, List<Slot> records) {
        List<Attempt> attempts = new ArrayList<>();
        for (Target target : victims.targets) {
            List<Map<String, String>> addresses = new ArrayList<>();
            if (records.isEmpty()) {
                addresses.add(Map.of());
            } else {
                target.records().stream().filter(rec -> rec.kind() == records.get(records.size() - 1).kind())
                        .map(rec -> chain(records, rec, null)).filter(values -> values != null).forEach(addresses::add);
            }
            for (Map<String, String> values : addresses) {
                for (Actor actor : target.attackers()) {
                    attempts.add(attempt(endpoint, actor, target.code(), values, false, target.name()));
                }
            }
        }
        return attempts;
    }

    /** The attacker's own tenant, with any identifying query (e.g. {@code ?unit=}) naming someone else's record. */
    private List<Attempt> ownTenant(Endpoint endpoint) {
        List<Attempt> attempts = new ArrayList<>();
        List<Slot> queries = endpoint.slots().stream().filter(slot -> slot.kind() == Kind.UNIT).toList();
        for (Actor actor : victims.attackers) {
            attempts.add(attempt(endpoint, actor, victims.attackerCode, Map.of(), false, "anyone else"));
            for (Slot query : queries) {
                for (Target target : victims.targets) {
                    target.records().stream().filter(rec -> rec.kind() == query.kind()).forEach(rec -> attempts.add(attempt(endpoint,
                            actor, victims.attackerCode, Map.of(query.name(), rec.id()), false, target.name())));
                }
            }
        }
        return attempts;
    }

    /**
     * Values for the record slots: the innermost is the record, each outer one its parent, or the
     * given own record instead of the parents; null when the record does not fit the slots.
     */
    private static Map<String, String> chain(List<Slot> records, Rec rec, Rec own) {
        Map<String, String> values = new HashMap<>();
        Rec current = rec;
        for (int i = records.size() - 1; i >= 0; i--) {
            if (i < records.size() - 1 && own != null) {
                current = own;
            }
            if (current == null || current.kind() != records.get(i).kind()) {
                return null;
            }
            values.put(records.get(i).name(), current.id());
            current = current.parent();
        }
        return own != null && rec.parent() == null ? null : values;
    }

    private Attempt attempt(Endpoint endpoint, Actor actor, String code, Map<String, String> identifying, boolean mustRefuse, String whose) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Slot slot : endpoint.slots()) {
            // a read leaves a list's optional filters and paging out, so that none of them hides a leak
            boolean plain = slot.required() || !slot.kind().narrows || !endpoint.method().equals("GET");
            String value = slot.kind() == Kind.TENANT ? code : slot.kind().identifying ? identifying.get(slot.name())
                    : plain ? plain(slot.kind()) : null;
            if (value != null) {
                values.put(slot.name(), value);
            }
        }
        StringBuilder url = new StringBuilder(PLACEHOLDER.matcher(endpoint.template()).replaceAll(match -> values.get(match.group(1))));
        Map<String, String> headers = new LinkedHashMap<>();
        for (Slot slot : endpoint.slots()) {
            if (slot.in().equals("query") && values.containsKey(slot.name())) {
                url.append(url.indexOf("?") < 0 ? '?' : '&').append(slot.name()).append('=')
                        .append(URLEncoder.encode(values.get(slot.name()), StandardCharsets.UTF_8));
            } else if (slot.in().equals("header") && values.containsKey(slot.name())) {
                headers.put(slot.name(), values.get(slot.name()));
            }
        }
        String contentType = null;
        byte[] body = null;
        if (!endpoint.method().equals("GET")) {
            Call sample = sample(endpoint);
            if (sample != null && sample.body() != null) {
                contentType = sample.contentType();
                body = withoutMarkers(sample.body());
            } else if (endpoint.body() != null) {
                boolean json = endpoint.body().contains("json");
                contentType = json ? "application/json" : "application/octet-stream";
                body = json ? "{}".getBytes(StandardCharsets.UTF_8) : MINIMAL_FILE;
            }
        }
        return new Attempt(actor, endpoint.method(), url.toString(), headers, contentType, body, mustRefuse, whose);
    }

    private String plain(Kind kind) {
        return switch (kind) {
            case YEAR -> Integer.toString(victims.year);
            case DOCUMENT_NUMBER, CONFIG_VERSION, PAGE -> "1";
            case OFFSET -> "0";
            case SIZE -> "20";
            case STATUS -> "SUBMITTED";
            case CATEGORY -> "innovation";
            case PURPOSE -> "DECLARATION";
            case FILE_NAME -> "probe.pdf";
            case TENANT_FILTER -> victims.victimCode;
            case SECTOR_NAME -> "社区服务";
            case SEARCH -> "食堂";
            case LOGIN -> "probe-login";
            case PHOTO_KIND -> "AFTER";
            case FLAG -> "true";
            case SIGNAL -> "RED";
            case GRADE -> "excellent";
            default -> throw new IllegalArgumentException(kind + " names a record");
        };
    }

    /** A body the victims sent to an address of this shape, for a request the portal would accept from them. */
    private Call sample(Endpoint endpoint) {
        Pattern shape = Pattern.compile(PLACEHOLDER.matcher(Pattern.quote(endpoint.template()))
                .replaceAll(match -> "\\\\E[^/]+\\\\Q"));
        return victims.calls.stream().filter(call -> call.method().equals(endpoint.method()))
                .filter(call -> shape.matcher(call.path().replaceFirst("\\?.*", "")).matches()).findFirst().orElse(null);
    }

    /** The victims' text with its markers taken out, so that an echo of the request is not taken for a leak. */
    private byte[] withoutMarkers(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String marker : victims.markers()) {
            text = text.replace(marker, "probe");
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private void send(Attempt attempt) {
        HttpResponse<byte[]> response = exchange(attempt.actor(), attempt.method(), attempt.url(), attempt.headers(),
                attempt.contentType(), attempt.body());
        String seen = attempt.actor().name() + " " + attempt.method() + " /" + attempt.url() + " (" + attempt.whose() + ") answered "
                + response.statusCode();
        int status = response.statusCode();
        log.add(seen);
        String text = readable(response);
        for (Target target : forbidden.getOrDefault(attempt.actor(), List.of())) {
            int at = text.indexOf(target.marker());
            if (at >= 0) {
                String around = text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 40)).replaceAll("\\s+", " ");
                findings.add(seen + " with data of " + target.name() + ": …" + around + "…");
            }
        }
        if (status >= 500) {
            findings.add(seen + ": a server error");
        } else if (attempt.mustRefuse() && status / 100 == 3) {
            String location = response.headers().firstValue("Location").orElse("");
            if (!location.contains("/login.xhtml")) {
                findings.add(seen + ": redirected to " + location + " instead of refusing");
            }
        } else if (attempt.mustRefuse() && !REFUSALS.contains(status)) {
            findings.add(seen + ": not refused");
        }
    }

    /** Whether the records' own people open at least one address the probe tried: its ids and URL are real. */
    private boolean ownersReach(Endpoint endpoint, List<Attempt> attempts) {
        boolean scoped = endpoint.has(Kind.TENANT);
        List<String> urls = attempts.stream().map(Attempt::url)
                .filter(url -> !scoped || url.contains("/" + victims.victimCode + "/") || url.endsWith("/" + victims.victimCode))
                .distinct().toList();
        for (String url : urls) {
            for (Actor owner : victims.owners) {
                if (exchange(owner, "GET", url, Map.of(), null, null).statusCode() / 100 == 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private HttpResponse<byte[]> exchange(Actor actor, String method, String url, Map<String, String> headers, String contentType,
                                          byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, text/html;q=0.9, */*;q=0.5")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (actor.session() != null) {
            request.header("Cookie", actor.session());
        }
        if (!method.equals("GET")) {
            request.header("X-Requested-With", "XMLHttpRequest");
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        requests++;
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The headers and body as text, with the entries of a zip (an Excel export, a Word file) unpacked. */
    private static String readable(HttpResponse<byte[]> response) {
        StringBuilder text = new StringBuilder(response.headers().map().toString()).append('\n').append(new String(response.body(), StandardCharsets.UTF_8));
        byte[] body = response.body();
        if (body.length > 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    text.append('\n').append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                text.append("\n(unreadable zip: ").append(e.getMessage()).append(')');
            }
        }
        return text.toString();
    }
}
