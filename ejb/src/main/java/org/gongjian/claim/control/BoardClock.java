package org.gongjian.claim.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.gongjian.tenant.control.TenantSession;

/** The database's clock, which decides whether a window is open: every server of a cluster reads the same time. */
@Dependent
public class BoardClock {

    @Inject
    TenantSession session;

    public OffsetDateTime now() {
        try (PreparedStatement statement = session.connection().prepareStatement("select clock_timestamp()");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getObject(1, OffsetDateTime.class);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database clock", e);
        }
    }
}
