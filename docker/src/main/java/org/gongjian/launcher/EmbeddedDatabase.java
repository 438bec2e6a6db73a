package org.gongjian.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real PostgreSQL server whose data directory survives restarts, with the portal database
 * {@value #DATABASE}, its owner role {@value #OWNER_ROLE} and the application role {@value #APP_ROLE}.
 * <p>
 * The role passwords are generated once and kept in {@value #CREDENTIALS_FILE} next to the data
 * directory. Every connection, the superuser's included, needs a password.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "gongjian";
    public static final String OWNER_ROLE = "gongjian_owner";
    public static final String APP_ROLE = "gongjian_app";
    public static final String CREDENTIALS_FILE = "db-credentials.properties";
    public static final String LOG_FILE = "postgres.log";

    private static final String SUPERUSER = "postgres";
    static final String SUPERUSER_PASSWORD = "superuser.password";
    static final String OWNER_PASSWORD = "owner.password";
    static final String APP_PASSWORD = "app.password";

    private static final String PG_HBA = """
            # Every connection needs a password (written by the Gongjian launcher at each start).
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private final Path data;
    private final Path log;
    private final String superuserPassword;
    private final int port;
    private final DatabaseCoordinates coordinates;
    private EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path data, Path log, String superuserPassword,
                             DatabaseCoordinates coordinates) {
        this.postgres = postgres;
        this.data = data;
        this.log = log;
        this.superuserPassword = superuserPassword;
        this.port = postgres.getPort();
        this.coordinates = coordinates;
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory} (created and initialised if needed) and makes sure
     * the roles, the database and the schema privileges are in place.
     *
     * @param dataDirectory the PostgreSQL data directory; its parent folder holds the credentials file and the server log
     * @param port          the TCP port on localhost, or 0 for a free one
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException, SQLException {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Path home = data.getParent();
        Files.createDirectories(home);
        requireRunnableAsCurrentUser();
        Properties credentials = loadOrCreateCredentials(home.resolve(CREDENTIALS_FILE), data);
        if (port != 0) {
            requireFreePort(port);
        }

        Path log = home.resolve(LOG_FILE);
        String superuserPassword = credentials.getProperty(SUPERUSER_PASSWORD);
        EmbeddedPostgres postgres = startServer(data, port, log, superuserPassword);
        try {
            prepareDatabase(postgres, credentials);
            requirePasswords(postgres, data);
        } catch (SQLException | IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }

        String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        return new EmbeddedDatabase(postgres, data, log, superuserPassword, new DatabaseCoordinates(jdbcUrl,
                OWNER_ROLE, credentials.getProperty(OWNER_PASSWORD),
                APP_ROLE, credentials.getProperty(APP_PASSWORD)));
    }

    public DatabaseCoordinates coordinates() {
        return coordinates;
    }

    /** Stops the server; the data directory stays. */
    @Override
    public void close() {
        stopServer();
    }

    /**
     * Stops the server with a fast shutdown (SIGINT to the postmaster: open connections are cut,
     * open transactions roll back), as an operator's restart does; {@link #startServer()} brings
     * it back on the same port and data.
     */
    public synchronized void stopServer() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }

    /** Starts the server again after {@link #stopServer()}; does nothing while it runs. */
    public synchronized void startServer() throws IOException {
        if (postgres == null) {
            postgres = startServer(data, port, log, superuserPassword);
        }
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    private static void requireRunnableAsCurrentUser() {
        // PostgreSQL refuses to run as root; zonky then runs it inside a user namespace ("unshare -U"),
        // which many container runtimes forbid.
        if ("root".equals(System.getProperty("user.name")) && !LinuxUtils.isUnshareAvailable()) {
            throw new IllegalStateException("PostgreSQL cannot run as root and 'unshare -U' is not permitted here. "
                    + "Run as a non-root user (Docker: USER) or use an external database (GONGJIAN_DB_URL).");
        }
    }

    private static Properties loadOrCreateCredentials(Path file, Path data) throws IOException {
        Properties credentials = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                credentials.load(reader);
            }
            for (String key : List.of(SUPERUSER_PASSWORD, OWNER_PASSWORD, APP_PASSWORD)) {
                if (credentials.getProperty(key, "").isBlank()) {
                    throw new IllegalStateException(file + " has no " + key);
                }
            }
            return credentials;
        }
        if (Files.exists(data.resolve("PG_VERSION"))) {
            throw new IllegalStateException("The database in " + data + " exists but its passwords file " + file
                    + " is missing: restore the file, or delete " + data + " to start with an empty database.");
        }
        credentials.setProperty(SUPERUSER_PASSWORD, randomPassword());
        credentials.setProperty(OWNER_PASSWORD, randomPassword());
        credentials.setProperty(APP_PASSWORD, randomPassword());

        Path temporary = Files.createTempFile(file.getParent(), ".db-credentials", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer writer = Files.newBufferedWriter(temporary)) {
            credentials.store(writer, "Passwords of the embedded PostgreSQL roles; keep this file with the data directory");
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        return credentials;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        // URL-safe Base64: nothing to escape in SQL, properties files or environment variables
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void requireFreePort(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (BindException e) {
            throw new IOException("Port " + port + " is already in use; choose another one for the embedded PostgreSQL.", e);
        }
    }

    private static EmbeddedPostgres startServer(Path data, int port, Path log, String superuserPassword) throws IOException {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    // the owner stops it, after the application that uses it
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setLocaleConfig("locale", "C")
                    // zonky's defaults are tuned for throw-away test data: keep these data safe
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setConnectConfig("password", superuserPassword)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IOException("PostgreSQL did not start on " + data + "; see " + log, e);
        }
    }

    private static void prepareDatabase(EmbeddedPostgres postgres, Properties credentials) throws SQLException {
        try (Connection connection = postgres.getDatabase(SUPERUSER, "postgres").getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(credentials.getProperty(SUPERUSER_PASSWORD)));
            createOrUpdateRole(statement, OWNER_ROLE, credentials.getProperty(OWNER_PASSWORD));
            createOrUpdateRole(statement, APP_ROLE, credentials.getProperty(APP_PASSWORD));
            if (!exists(statement, "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
            }
        }
        try (Connection connection = postgres.getDatabase(SUPERUSER, DATABASE).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER SCHEMA public OWNER TO " + OWNER_ROLE);
            statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            statement.execute("GRANT USAGE ON SCHEMA public TO " + APP_ROLE);
        }
    }

    private static void createOrUpdateRole(Statement statement, String role, String password) throws SQLException {
        if (!exists(statement, "SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            statement.execute("CREATE ROLE " + role);
        }
        statement.execute("ALTER ROLE " + role
                + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD " + literal(password));
    }

    /** ALTER ROLE takes no bind parameters; the passwords file may have been edited by hand. */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            return result.next();
        }
    }

    private static void requirePasswords(EmbeddedPostgres postgres, Path data) throws IOException, SQLException {
        // zonky's initdb trusts every local connection; from now on all roles need their password
        Path hba = data.resolve("pg_hba.conf");
        if (!PG_HBA.equals(Files.readString(hba))) {
            Files.writeString(hba, PG_HBA);
            try (Connection connection = postgres.getDatabase(SUPERUSER, "postgres").getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_reload_conf()");
            }
            waitUntilPasswordIsChecked(postgres);
        }
    }

    private static void waitUntilPasswordIsChecked(EmbeddedPostgres postgres) throws SQLException {
        // the reload is asynchronous: probe with a wrong password until the server rejects it
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Connection ignored = postgres.getDatabase(SUPERUSER, "postgres", Map.of("password", "wrong")).getConnection()) {
                Thread.sleep(50);
            } catch (SQLException e) {
                if ("28P01".equals(e.getSQLState())) {
                    return;
                }
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while reloading pg_hba.conf", e);
            }
        }
        throw new SQLException("PostgreSQL still accepts connections without a valid password after reloading pg_hba.conf");
    }
}
