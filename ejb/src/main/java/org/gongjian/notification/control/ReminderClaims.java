package org.gongjian.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.gongjian.tenant.control.TenantSession;

/**
 * Claims a reminder for this server. The row's key is the reminder itself, so of all the servers
 * running the same reminder at once exactly one inserts it; the others wait for that transaction
 * and then find the row there. A claim that rolls back leaves the reminder to the next run.
 */
@Dependent
public class ReminderClaims {

    private static final String CLAIM = """
            insert into reminder_sent (tenant_id, year, phase, closes_on, days_before) values (?, ?, ?, ?, ?)
            on conflict do nothing""";

    @Inject
    TenantSession session;

    /** @return whether this transaction is the one to send it */
    public boolean claim(DueWindow due) {
        try (PreparedStatement insert = session.connection().prepareStatement(CLAIM)) {
            insert.setLong(1, session.tenantId());
            insert.setInt(2, due.year());
            insert.setString(3, due.phase().name());
            insert.setDate(4, Date.valueOf(due.closes()));
            insert.setInt(5, due.daysBefore());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim the reminder " + due, e);
        }
    }
}
