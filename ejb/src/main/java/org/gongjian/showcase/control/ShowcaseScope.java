package org.gongjian.showcase.control;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import org.gongjian.account.control.CallerAccount;
import org.gongjian.account.entity.Account;
import org.gongjian.platform.ReplicaTransaction;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantSession;

/**
 * Opens the showcase's doors in the database's terms, each only after the caller was checked: the
 * host's (its admins, no tenant present: the city's picks and editions, the tenants' editions) and
 * the public's (published editions only, read-only). A tenant's admins go through
 * {@link org.gongjian.tenant.control.TenantGuard} like every tenant boundary.
 */
@Dependent
public class ShowcaseScope {

    @Inject
    TenantSession session;

    @Inject
    CurrentTenant tenant;

    @Inject
    CallerAccount caller;

    @Inject
    ReplicaTransaction replica;

    /** Binds the transaction to the host; refuses anyone but the host's admins, and any tenant's page. */
    public void host() {
        if (tenant.isPresent() || caller.account().filter(Account::isHostAdmin).isEmpty()) {
            throw new EJBAccessException("only the host organises the city's showcase");
        }
        session.enterHost();
    }

    /**
     * A connection to read published editions on, and nothing else, read-only: the read replica's
     * when one is set and close enough behind, else the primary's (as {@link #publicReader()}).
     */
    public Connection publicConnection() {
        Optional<Connection> onReplica = replica.publicReader("app.public_showcase");
        if (onReplica.isPresent()) {
            return onReplica.get();
        }
        publicReader();
        return session.connection();
    }

    /** Makes the transaction read-only and lets it read published editions and their photos, nothing else. */
    public void publicReader() {
        try (PreparedStatement statement = session.connection().prepareStatement(
                "select set_config('transaction_read_only', 'on', true), set_config('app.public_showcase', 'on', true)")) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the published showcase", e);
        }
    }
}
