package org.gongjian.launcher;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One fresh embedded PostgreSQL per integration-test JVM, on the port and with the password the
 * build chose ({@code it.db.port}, {@code it.db.password}, {@code it.db.dir}), because the Payara
 * process the tests start reads them from its environment, fixed before any test runs. Registered
 * as a launcher session listener, it is up before the first test class deploys the application;
 * as an extension listed before Arquillian's it does the same for a single class.
 */
public class ItDatabase implements LauncherSessionListener, BeforeAllCallback {

    private static EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("it.db.port") == null) {
            return;
        }
        try {
            start();
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot start the integration-test database", e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    public static synchronized DatabaseCoordinates start() throws IOException, SQLException {
        if (database == null) {
            Path home = Path.of(System.getProperty("it.db.dir"));
            deleteTree(home);
            Files.createDirectories(home);
            String password = System.getProperty("it.db.password");
            Properties credentials = new Properties();
            credentials.setProperty(EmbeddedDatabase.SUPERUSER_PASSWORD, password);
            credentials.setProperty(EmbeddedDatabase.OWNER_PASSWORD, password);
            credentials.setProperty(EmbeddedDatabase.APP_PASSWORD, password);
            try (Writer writer = Files.newBufferedWriter(home.resolve(EmbeddedDatabase.CREDENTIALS_FILE))) {
                credentials.store(writer, "integration-test database");
            }
            database = EmbeddedDatabase.start(home.resolve("postgres"), Integer.parseInt(System.getProperty("it.db.port")));
            Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        }
        return database.coordinates();
    }

    /** Stops the database under the running portal, as a restart of the server would. */
    public static synchronized void stopServer() {
        database.stopServer();
    }

    /** Starts the database again after {@link #stopServer()}; does nothing while it runs. */
    public static synchronized void startServer() throws IOException {
        database.startServer();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
