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
 * as an extension listed before Arquillian's it does the same for a single class. It writes the
 * sealing key the portal is given the same way.
 */
public class ItDatabase implements LauncherSessionListener, BeforeAllCallback {

    private static EmbeddedDatabase database;
    private static boolean sealingKeyWritten;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            writeSealingKey();
            if (System.getProperty("it.db.port") != null) {
                start();
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot prepare the integration-test database and sealing key", e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        writeSealingKey();
        start();
    }

    /**
     * A fresh sealing key in the file {@code it.sealing.key} names, which the portal reads from
     * {@code GONGJIAN_SEALING_KEY_FILE}: once per JVM, since the data keys of the one database are
     * wrapped under it.
     */
    private static synchronized void writeSealingKey() throws IOException {
        String file = System.getProperty("it.sealing.key");
        if (file == null || sealingKeyWritten) {
            return;
        }
        Path key = Path.of(file);
        Files.deleteIfExists(key);
        SealingKeyFile.create(key);
        sealingKeyWritten = true;
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

    /** Deletes a folder and all below it; does nothing when it is not there. */
    public static void deleteTree(Path root) throws IOException {
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
