package org.gongjian.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** The database's clock, which decides deadlines and windows: every server of a cluster reads the same time. */
@Dependent
public class DatabaseClock {

    @PersistenceContext
    EntityManager em;

    public OffsetDateTime now() {
        try (PreparedStatement statement = em.unwrap(Connection.class).prepareStatement("select clock_timestamp()");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getObject(1, OffsetDateTime.class);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database clock", e);
        }
    }
}
