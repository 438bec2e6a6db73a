package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.gongjian.launcher.ItDatabase;
import org.gongjian.web.Visitors.Member;
import org.gongjian.web.Visitors.TestTenant;

/**
 * Competitions and bids as their people make them through the JSON API, for the bidding tests:
 * the organiser (a tenant's admin or the host), units that bid, the database's clock, and a search
 * of the database for a plan's text.
 */
public final class Bidding {

    /** The host's competitions' time zone, and the tenants' (a new tenant keeps the default). */
    static final String HOST_ZONE = "Asia/Shanghai";
    /** Two criteria: the plan's quality out of 10 weighing 60 %, its expected effect out of 100 weighing 40 %. */
    static final String CRITERIA = """
            [{"key":"quality","name":{"zh":"方案质量","en":"Quality"},"weight":60,"maxScore":10},
             {"key":"effect","name":{"zh":"预期成效","en":"Effect"},"weight":40,"maxScore":100}]""";

    private final URL base;
    private final HttpClient http = HttpClient.newHttpClient();

    Bidding(URL base) {
        this.base = base;
    }

    /** Who organises: a tenant's admin at {@code t/{code}/competitions} or the host at {@code host/competitions}. */
    record Organiser(Browser browser, String path, String zone) {

        static Organiser of(TestTenant tenant) throws SQLException, IOException {
            return new Organiser(tenant.admin(), "api/v1/t/" + tenant.code() + "/competitions", zoneOf(tenant));
        }

        static Organiser host(Browser host) {
            return new Organiser(host, "api/v1/host/competitions", HOST_ZONE);
        }

        String at(long competition, String rest) {
            return path + "/" + competition + (rest.isEmpty() ? "" : "/" + rest);
        }
    }

    /** A member of a unit that bids, in its tenant. */
    record Bidder(TestTenant tenant, Member member) {

        Browser browser() {
            return member.browser();
        }

        String api(String rest) {
            return "api/v1/t/" + tenant.code() + "/" + rest;
        }
    }

    /** The terms of a competition as its organiser writes them. */
    static String terms(String topic, String eligibility, List<Long> tenants, LocalDateTime deadline, int winners, String funds) {
        JsonArrayBuilder chosen = Json.createArrayBuilder();
        tenants.forEach(chosen::add);
        return Json.createObjectBuilder().add("year", deadline.getYear()).add("topic", topic)
                .add("rules", "按方案可行性、创新性择优评选。").add("eligibility", eligibility).add("tenantIds", chosen)
                .add("criteria", Json.createReader(new StringReader(CRITERIA)).readArray())
                .add("deadline", deadline.format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")))
                .add("winners", winners).add("fundsPerWinner", Json.createValue(new java.math.BigDecimal(funds))).build().toString();
    }

    /** A competition written and published by its organiser; its id. */
    static long published(Organiser organiser, String terms) {
        HttpResponse<String> created = organiser.browser().json("POST", organiser.path(), terms);
        assertEquals(201, created.statusCode(), created.body());
        long id = id(created);
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(organiser.path() + "/" + id), created.headers().toString());
        HttpResponse<String> published = organiser.browser().json("POST", organiser.at(id, "publish"), null);
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", object(published).getString("status"));
        return id;
    }

    /** The unit's bid in the competition, started (201) the first time; its id. */
    static long start(Bidder bidder, long competition) {
        HttpResponse<String> started = bidder.browser().json("POST", bidder.api("bidding/" + competition + "/bid"), null);
        assertTrue(started.statusCode() == 201 || started.statusCode() == 200, started.statusCode() + " " + started.body());
        long id = id(started);
        assertTrue(started.statusCode() == 200 || started.headers().firstValue("Location").orElse("").endsWith(bidder.api("bids/" + id)),
                started.headers().toString());
        return id;
    }

    /** A full plan (a project's declaration, a bid's plan) whose every text carries the marker. */
    public static String plan(String marker, LocalDate today) {
        String due = today.withMonth(12).withDayOfMonth(31).toString();
        return Json.createObjectBuilder().add("title", "社区议事厅" + marker).add("categoryKey", "innovation")
                .add("importance", "居民议事缺少场所" + marker).add("content", "建设社区议事厅" + marker).add("method", "党建引领" + marker)
                .add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("description", "选址" + marker).add("due", due)))
                .add("budget", Json.createArrayBuilder().add(Json.createObjectBuilder().add("item", "场地" + marker).add("amount", 1200.50)))
                .add("measures", "书记牵头" + marker)
                .add("goals", Json.createArrayBuilder().add(Json.createObjectBuilder().add("description", "解决难题" + marker)
                        .add("target", 20).add("unit", "个")))
                .build().toString();
    }

    /** Saves the plan of the bid (200). */
    static JsonObject save(Bidder bidder, long bid, String plan) {
        HttpResponse<String> saved = bidder.browser().json("PUT", bidder.api("bids/" + bid), plan);
        assertEquals(200, saved.statusCode(), saved.body());
        return object(saved);
    }

    /** Submits the bid (200): the answer holds the bid and, unless it awaits its committee, the receipt. */
    static JsonObject submit(Bidder bidder, long bid) {
        HttpResponse<String> submitted = bidder.browser().json("POST", bidder.api("bids/" + bid + "/submit"), null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        return object(submitted);
    }

    /** Uploads a PDF whose text and name carry the marker to the bid (201); the file's id. */
    long attach(Bidder bidder, long bid, String marker) {
        HttpResponse<String> uploaded = upload(base, bidder.browser(), bidder.api("bids/" + bid + "/files"), "实施方案" + marker + ".pdf",
                pdf(marker));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        assertTrue(uploaded.headers().firstValue("Location").orElse("").endsWith(bidder.api("bids/" + bid + "/files/" + id(uploaded))),
                uploaded.headers().toString());
        return id(uploaded);
    }

    /** Uploads a file as the API takes one: its bytes as the body, its name percent-encoded in X-File-Name. */
    public static HttpResponse<String> upload(URL base, Browser who, String path, String fileName, byte[] content) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Cookie", who.cookieHeader()).header("X-Requested-With", "XMLHttpRequest")
                .header("Content-Type", "application/octet-stream")
                .header("X-File-Name", URLEncoder.encode(fileName, StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file's bytes as the given session downloads them, with the status. */
    HttpResponse<byte[]> download(Browser who, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Cookie", who.cookieHeader()).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small PDF whose text carries the marker. */
    public static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A small PNG picture, a photo as the portal sniffs it. */
    public static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xb71c1c);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An anonymous GET, without any cookie. */
    HttpResponse<String> anonymous(String path) {
        return send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).header("Accept", "application/json").GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tenant's time zone, in which its competitions' deadlines are written. */
    static String zoneOf(TestTenant tenant) throws SQLException, IOException {
        try (Connection db = superuser(); PreparedStatement query = db.prepareStatement("select time_zone from tenant where code = ?")) {
            query.setString(1, tenant.code());
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), tenant.code());
                return row.getString(1);
            }
        }
    }

    /** The database's time now in this zone, to the millisecond. */
    static LocalDateTime databaseNow(String zone) throws SQLException, IOException {
        try (Connection db = superuser(); PreparedStatement query = db.prepareStatement(
                "select (clock_timestamp() at time zone ?)::timestamp(3)")) {
            query.setString(1, zone);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, LocalDateTime.class);
            }
        }
    }

    /** Waits until the database's clock in this zone reaches the moment. */
    static void waitUntil(String zone, LocalDateTime moment) throws Exception {
        while (databaseNow(zone).isBefore(moment)) {
            Thread.sleep(100);
        }
    }

    /** A deadline this many seconds after the database's now, to the second. */
    static LocalDateTime secondsAhead(String zone, int seconds) throws Exception {
        return databaseNow(zone).plusSeconds(seconds + 1).withNano(0);
    }

    /**
     * Every place in the whole database where one of the texts occurs, as the superuser reads it (as
     * a dump would): in any text column, or as UTF-8 bytes in any binary column. Empty when none occurs.
     */
    static List<String> occurrences(List<String> texts) throws SQLException, IOException {
        List<String> found = new ArrayList<>();
        try (Connection db = superuser()) {
            List<String> tables = new ArrayList<>();
            try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("select * from \"" + table + "\"")) {
                    found.addAll(search(table, rows, texts));
                }
            }
        }
        return found;
    }

    /**
     * Where one of the texts occurs in these rows, reading every text column as text (and as hex, as
     * bytes are shown there) and every binary one as UTF-8 bytes.
     */
    static List<String> search(String table, ResultSet rows, List<String> texts) throws SQLException {
        List<String> found = new ArrayList<>();
        ResultSetMetaData columns = rows.getMetaData();
        while (rows.next()) {
            for (int c = 1; c <= columns.getColumnCount(); c++) {
                boolean binary = columns.getColumnType(c) == Types.BINARY || columns.getColumnType(c) == Types.VARBINARY
                        || columns.getColumnType(c) == Types.LONGVARBINARY;
                byte[] bytes = binary ? rows.getBytes(c) : null;
                String value = binary ? null : rows.getString(c);
                for (String text : texts) {
                    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
                    boolean shown = binary ? bytes != null && indexOf(bytes, needle) >= 0
                            : value != null && (value.contains(text) || value.toLowerCase().contains(HexFormat.of().formatHex(needle)));
                    if (shown) {
                        found.add(table + "." + columns.getColumnName(c) + ": " + text);
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static Connection superuser() throws SQLException, IOException {
        return DriverManager.getConnection(ItDatabase.start().jdbcUrl(), "postgres", System.getProperty("it.db.password"));
    }

    static long id(HttpResponse<String> response) {
        return object(response).getJsonNumber("id").longValue();
    }

    static JsonObject object(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 500, response.statusCode() + " " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    static List<JsonObject> objects(HttpResponse<String> response) {
        return array(response).getValuesAs(JsonObject.class);
    }
}
