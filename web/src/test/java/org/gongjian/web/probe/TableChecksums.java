package org.gongjian.web.probe;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongjian.launcher.ItDatabase;

/**
 * A checksum of every row of every table, to show that a refused request changed nothing.
 * <p>
 * It reads as the database superuser of the tests' embedded PostgreSQL: row-level security is
 * forced on the tenant tables, so even their owner sees only the tenant it names, and a
 * probe must see every tenant's rows at once.
 */
final class TableChecksums implements AutoCloseable {

    /** The tests' embedded PostgreSQL gives its superuser the build's database password. */
    private static final String SUPERUSER = "postgres";
    /**
     * Rows that change without any request: every server's scheduler tick counts its try at a
     * job's slot in {@code job_lease}, and the hourly reminders job claims reminders in
     * {@code reminder_sent} and writes their messages and audit records on its own. Everything
     * else a request could touch is compared.
     */
    private static final Map<String, String> OUTSIDE_REQUESTS = Map.of(
            "job_lease", "false",
            "reminder_sent", "false",
            "notification", "message_key <> 'reminder'",
            "audit_record", "action <> 'reminder.send'");

    private final Connection connection;
    private final List<String> tables = new ArrayList<>();
    /** How many snapshots were taken and how long they took, for the probe's summary line. */
    int snapshots;
    long snapshotNanos;

    TableChecksums() throws SQLException, IOException {
        connection = DriverManager.getConnection(ItDatabase.start().jdbcUrl(), SUPERUSER, System.getProperty("it.db.password"));
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                     + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
    }

    /** Each table's row count and a digest of its rows, independent of their order. */
    Map<String, String> snapshot() throws SQLException {
        long started = System.nanoTime();
        Map<String, String> sums = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                String where = OUTSIDE_REQUESTS.getOrDefault(table, "true");
                try (ResultSet rows = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' "
                        + "order by md5(t::text))), '') from public.\"" + table + "\" t where " + where)) {
                    rows.next();
                    sums.put(table, rows.getString(1));
                }
            }
        }
        snapshots++;
        snapshotNanos += System.nanoTime() - started;
        return sums;
    }

    /** The tables whose rows differ between two snapshots. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(table -> !Objects.equals(before.get(table), after.get(table))).toList();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
