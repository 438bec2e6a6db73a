package org.gongjian.job.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Takes the lease of a job's current slot in the running transaction. Of servers trying at once,
 * the first insert creates the row; the others wait for its transaction, then find the row and only
 * count their attempt ({@code xmax = 0} holds for a row this statement inserted, not for one it
 * updated). Slots start at whole multiples of their length on the database's clock, so every server
 * agrees on them whatever its own clock says.
 */
@Dependent
public class JobLease {

    /** This server, as the lease table names it. */
    public static final String HOLDER = ManagementFactory.getRuntimeMXBean().getName();

    private static final String TAKE = """
            insert into job_lease (job, slot, holder)
            values (?, to_timestamp(floor(extract(epoch from clock_timestamp()) / ?) * ?), ?)
            on conflict (job, slot) do update set attempts = job_lease.attempts + 1
            returning xmax = 0, slot""";

    @PersistenceContext
    EntityManager em;

    /** The slot, and whether this transaction took it. */
    public record Taken(OffsetDateTime slot, boolean won) {
    }

    public Taken take(String job, Duration slot) {
        try (PreparedStatement take = em.unwrap(Connection.class).prepareStatement(TAKE)) {
            take.setString(1, job);
            take.setLong(2, slot.toSeconds());
            take.setLong(3, slot.toSeconds());
            take.setString(4, HOLDER);
            try (ResultSet row = take.executeQuery()) {
                row.next();
                return new Taken(row.getObject(2, OffsetDateTime.class), row.getBoolean(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the lease of job " + job, e);
        }
    }
}
