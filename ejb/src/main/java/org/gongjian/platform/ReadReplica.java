package org.gongjian.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The optional hot standby the public pages read from ({@code GONGJIAN_REPLICA_URL}), and how far
 * behind the primary it is.
 * <p>
 * How far behind is measured, not guessed from the standby's last replayed commit (which ages while
 * nobody writes): at most once a second this server notes the primary's WAL position and the time
 * it noted it, then asks the standby how far it has replayed. Once the standby has replayed past a
 * noted position, it holds every change committed on the primary before that time: that time is
 * the standby's "as of". The standby is used while its "as of" is at most
 * {@code GONGJIAN_REPLICA_MAX_LAG_SECONDS} (default 10) ago; otherwise, when it cannot be reached,
 * or when it is not a standby at all (promoted, or the primary itself), the primary is read.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReadReplica {

    static final String URL = "GONGJIAN_REPLICA_URL";
    static final String MAX_LAG = "GONGJIAN_REPLICA_MAX_LAG_SECONDS";
    static final int DEFAULT_MAX_LAG = 10;
    static final int MAX_MAX_LAG = 3600;
    /** A measurement is reused this long: the standby only moves forward, so reusing it errs on the stale side. */
    static final long PERIOD = Duration.ofSeconds(1).toNanos();
    private static final Logger LOG = Logger.getLogger(ReadReplica.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource primary;

    @Resource(lookup = Database.REPLICA_JNDI_NAME)
    DataSource replica;

    private boolean configured;
    private long maxLag;
    private final ReentrantLock measuring = new ReentrantLock();
    private final Deque<Position> positions = new ArrayDeque<>();
    private volatile Measurement latest;
    private volatile Boolean usable;

    /** A WAL position of the primary and when this server saw it there. */
    private record Position(long noted, long lsn) {
    }

    /** When the standby was last asked, and the time as of which it held every commit (null: unknown). */
    private record Measurement(long at, Long asOf) {
    }

    @PostConstruct
    void configure() {
        Map<String, String> env = System.getenv();
        configured = env.get(URL) != null && !env.get(URL).isBlank();
        maxLag = Duration.ofSeconds(maxLagSeconds(env.get(MAX_LAG))).toNanos();
        if (configured) {
            LOG.info(() -> "Public pages read from the replica while it is at most " + Duration.ofNanos(maxLag).toSeconds() + " s behind");
        }
    }

    /** The allowed lag in whole seconds, from the environment's text; refuses what is not 1..3600. */
    static int maxLagSeconds(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_LAG;
        }
        try {
            int seconds = Integer.parseInt(value.strip());
            if (seconds >= 1 && seconds <= MAX_MAX_LAG) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // refused below with the same message as a number out of range
        }
        throw new IllegalStateException(MAX_LAG + " 必须是 1 到 " + MAX_MAX_LAG + " 之间的整数秒，而不是 “" + value + "”。 / "
                + MAX_LAG + " must be a whole number of seconds from 1 to " + MAX_MAX_LAG + ", not '" + value + "'.");
    }

    /** How stale a read from the standby may be at most, in {@link System#nanoTime()} units. */
    public long maxLagNanos() {
        return maxLag;
    }

    /**
     * The time ({@link System#nanoTime()}) as of which the standby holds every change committed on
     * the primary, if it may be read now; empty: read the primary. Never waits on another request's
     * measurement.
     */
    public OptionalLong asOf() {
        if (!configured) {
            return OptionalLong.empty();
        }
        long now = System.nanoTime();
        Measurement measured = latest;
        if ((measured == null || now - measured.at() >= PERIOD) && measuring.tryLock()) {
            try {
                measured = latest;
                if (measured == null || now - measured.at() >= PERIOD) {
                    measured = measure();
                    latest = measured;
                }
            } finally {
                measuring.unlock();
            }
        }
        if (measured == null || measured.asOf() == null || System.nanoTime() - measured.asOf() > maxLag) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(measured.asOf());
    }

    /** A connection to the standby, not enlisted in any transaction: the caller ends and closes it. */
    public Connection connection() throws SQLException {
        return replica.getConnection();
    }

    /** A read on the standby failed to start: do not use it again before it was measured anew. */
    public void failed(SQLException e) {
        latest = new Measurement(System.nanoTime(), null);
        report(false, e);
    }

    private Measurement measure() {
        long noted = System.nanoTime();
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select pg_current_wal_insert_lsn() - '0/0'")) {
            row.next();
            positions.addLast(new Position(noted, row.getLong(1)));
        } catch (SQLException e) {
            return new Measurement(noted, null);
        }
        while (positions.size() > 1 && noted - positions.peekFirst().noted() > maxLag + 2 * PERIOD) {
            positions.removeFirst();
        }
        try (Connection connection = replica.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select pg_is_in_recovery(), pg_last_wal_replay_lsn() - '0/0'")) {
            row.next();
            boolean standby = row.getBoolean(1);
            long replayed = row.getLong(2);
            if (!standby || row.wasNull()) {
                report(false, null);
                return new Measurement(noted, null);
            }
            Long asOf = null;
            for (Position position : positions) {
                if (position.lsn() <= replayed) {
                    asOf = position.noted();
                }
            }
            report(true, null);
            return new Measurement(noted, asOf);
        } catch (SQLException e) {
            report(false, e);
            return new Measurement(noted, null);
        }
    }

    /** Logs when the standby becomes usable or unusable, not at every measurement. */
    private void report(boolean nowUsable, SQLException cause) {
        if (!Boolean.valueOf(nowUsable).equals(usable)) {
            usable = nowUsable;
            if (nowUsable) {
                LOG.info("The read replica answers as a standby");
            } else {
                LOG.log(Level.WARNING, "The read replica is unreachable or not a standby: public pages read the primary", cause);
            }
        }
    }
}
