package org.gongjian.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedDatabaseTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String INVALID_PASSWORD = "28P01";
    private static final String CONNECTION_FAILURE = "08";

    @TempDir
    Path home;

    @Test
    void separatesOwnerFromApplicationAndKeepsDataAcrossRestarts() throws Exception {
        Path dataDirectory = home.resolve("postgres");
        DatabaseCoordinates first;

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0)) {
            first = database.coordinates();

            try (Connection app = connect(first.jdbcUrl(), first.appUser(), first.appPassword());
                 Statement statement = app.createStatement()) {
                SQLException denied = assertThrows(SQLException.class,
                        () -> statement.execute("create table public.intruder (id int)"));
                assertEquals(INSUFFICIENT_PRIVILEGE, denied.getSQLState());
            }

            try (Connection owner = connect(first.jdbcUrl(), first.ownerUser(), first.ownerPassword());
                 Statement statement = owner.createStatement()) {
                statement.execute("create table public.survivor (id int)");
                statement.execute("insert into public.survivor values (42)");
            }

            SQLException rejected = assertThrows(SQLException.class,
                    () -> connect(first.jdbcUrl(), first.appUser(), "wrong-password").close());
            assertEquals(INVALID_PASSWORD, rejected.getSQLState());
        }

        Path credentials = home.resolve(EmbeddedDatabase.CREDENTIALS_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0)) {
            DatabaseCoordinates second = database.coordinates();
            assertEquals(first.ownerPassword(), second.ownerPassword());
            assertEquals(first.appPassword(), second.appPassword());

            try (Connection owner = connect(second.jdbcUrl(), second.ownerUser(), second.ownerPassword());
                 Statement statement = owner.createStatement();
                 ResultSet rows = statement.executeQuery("select id from public.survivor")) {
                assertTrue(rows.next());
                assertEquals(42, rows.getInt(1));
            }
        }
    }

    @Test
    void stopsUnderItsClientsAndStartsAgainOnTheSameData() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(home.resolve("postgres"), 0)) {
            DatabaseCoordinates db = database.coordinates();
            Connection held = connect(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
            try (Statement statement = held.createStatement()) {
                statement.execute("create table public.kept (id int)");
                statement.execute("insert into public.kept values (7)");
            }

            database.stopServer();
            assertFalse(database.isRunning());
            SQLException refused = assertThrows(SQLException.class, () -> connect(db.jdbcUrl(), db.ownerUser(), db.ownerPassword()));
            assertEquals(CONNECTION_FAILURE, refused.getSQLState().substring(0, 2));
            assertFalse(held.isValid(2));
            held.close();

            database.startServer();
            assertTrue(database.isRunning());
            try (Connection owner = connect(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
                 Statement statement = owner.createStatement();
                 ResultSet rows = statement.executeQuery("select id from public.kept")) {
                assertTrue(rows.next());
                assertEquals(7, rows.getInt(1));
            }
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
