package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.gongjian.launcher.DatabaseCoordinates;
import org.gongjian.launcher.ItDatabase;

/** Raw SQL as the application role, to show what row-level security and the triggers allow. */
final class AppSql {

    private AppSql() {
    }

    /** A connection as the portal's own database role, in a transaction of its own. */
    static Connection connect() throws SQLException, IOException {
        DatabaseCoordinates db = ItDatabase.start();
        Connection app = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
        app.setAutoCommit(false);
        return app;
    }

    static long tenantId(Connection connection, String code) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select id from tenant where code = ?")) {
            statement.setString(1, code);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next());
                return rows.getLong(1);
            }
        }
    }

    static void setTenant(Connection connection, long tenantId) throws SQLException {
        execute(connection, "select set_config('app.tenant_id', '" + tenantId + "', true)");
    }

    static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
