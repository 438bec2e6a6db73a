package org.gongjian.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.gongjian.launcher.DatabaseCoordinates;
import org.gongjian.launcher.ItDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built EAR on full Payara Server, checked over HTTP the way a visitor and a load balancer
 * would: the sign-in page, the public tenant list (JAX-RS, the {@code Tenants} EJB, JPA and
 * PostgreSQL) and the readiness check.
 */
@ExtendWith({ItDatabase.class, ArquillianExtension.class})
public class EarDeploymentIT {

    private static final String ACTIVE_CODE = "ear-it";
    private static final String CLOSED_CODE = "ear-it-closed";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /**
     * The archive the build produced, deployed as application "gongjian". ShrinkWrap reads the zip
     * lazily, at upload time; a private copy keeps a concurrent build that repackages
     * {@code target/gongjian.ear} meanwhile from corrupting the upload.
     */
    @Deployment(testable = false)
    public static EnterpriseArchive ear() throws IOException {
        Path directory = Files.createTempDirectory("ear-it");
        Path copy = directory.resolve("gongjian.ear");
        directory.toFile().deleteOnExit();
        copy.toFile().deleteOnExit();
        Files.copy(Path.of("target/gongjian.ear"), copy);
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, copy.toFile());
    }

    /** {@code http://localhost:<http port>/}: the web module's context root is "/". */
    @ArquillianResource
    URL base;

    @Test
    void loginPageAnswersInChinese() throws Exception {
        HttpResponse<String> response = get("login.xhtml");

        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("text/html"), contentType(response));
        assertTrue(Pattern.compile("<title>\\s*登录").matcher(response.body()).find(), response.body());
    }

    @Test
    void publicTenantsComeFromPostgreSql() throws Exception {
        insertTenant(ACTIVE_CODE, "集成测试党委", true);
        insertTenant(CLOSED_CODE, "已停用党委", false);

        HttpResponse<String> response = get("api/v1/public/tenants");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith("application/json"), contentType(response));
        JsonArray tenants = json(response.body()).asJsonArray();
        List<String> codes = tenants.stream().map(JsonValue::asJsonObject).map(t -> t.getString("code")).toList();
        assertTrue(codes.contains(ACTIVE_CODE), response.body());
        assertFalse(codes.contains(CLOSED_CODE), response.body());
        JsonObject seeded = tenants.stream().map(JsonValue::asJsonObject)
                .filter(t -> ACTIVE_CODE.equals(t.getString("code")))
                .findFirst().orElseThrow();
        assertEquals("集成测试党委", seeded.getString("nameZh"));
        assertEquals("ORGAN", seeded.getString("kind"));
    }

    @Test
    void readyWhileTheDatabaseAnswers() throws Exception {
        HttpResponse<String> response = get("health/ready");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = json(response.body()).asJsonObject();
        assertEquals("UP", health.getString("status"), response.body());
        assertTrue(health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .anyMatch(check -> "database".equals(check.getString("name")) && "UP".equals(check.getString("status"))),
                response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static JsonStructure json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    /** Straight into the table the application migrated at deployment, as the schema owner. */
    private static void insertTenant(String code, String nameZh, boolean active) throws Exception {
        DatabaseCoordinates db = ItDatabase.start();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
             PreparedStatement insert = connection.prepareStatement("""
                     insert into tenant (code, name_zh, name_en, kind, time_zone, active)
                     values (?, ?, ?, 'ORGAN', 'Asia/Shanghai', ?)
                     on conflict (code) do nothing""")) {
            insert.setString(1, code);
            insert.setString(2, nameZh);
            insert.setString(3, "Integration test " + code);
            insert.setBoolean(4, active);
            insert.executeUpdate();
        }
    }
}
