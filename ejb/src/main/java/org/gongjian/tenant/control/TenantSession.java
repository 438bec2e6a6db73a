package org.gongjian.tenant.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.gongjian.platform.ReplicaTransaction;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * Binds the running transaction to one tenant, twice over: EclipseLink's tenant property on the
 * entity manager, and PostgreSQL's transaction-local {@code app.tenant_id} for row-level
 * security on the very connection that entity manager uses. Call it first in the transaction.
 */
@Dependent
public class TenantSession {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReplicaTransaction replica;

    public void enter(long tenantId) {
        em.setProperty(TenantOwned.TENANT_PROPERTY, tenantId);
        setLocal("app.tenant_id", Long.toString(tenantId));
    }

    /** The tenant this transaction was bound to, if any. */
    public Long tenantId() {
        Object id = em.getProperties().get(TenantOwned.TENANT_PROPERTY);
        return id == null ? null : Long.valueOf(id.toString());
    }

    /**
     * Lets the transaction read the rows of every tenant, for the host's roll-ups and nothing else:
     * it is made read-only first, so no tenant's rows can be changed from it even by mistake.
     * Returns the connection to query on.
     */
    public Connection readOnlyAcrossTenants() {
        try (Statement readOnly = connection().createStatement()) {
            readOnly.execute("set transaction read only");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make the transaction read-only", e);
        }
        setLocal("app.host_read", "on");
        return connection();
    }

    /**
     * Lets the transaction read what every tenant publishes on its claim board, and nothing else
     * (the policies of {@code app.public_board}); read-only, set in one statement. Returns the
     * connection to query on: the read replica's when one is set and close enough behind, else the
     * entity manager's.
     */
    public Connection readOnlyPublicBoard() {
        Optional<Connection> onReplica = replica.publicReader("app.public_board");
        if (onReplica.isPresent()) {
            return onReplica.get();
        }
        try (PreparedStatement statement = connection().prepareStatement(
                "select set_config('transaction_read_only', 'on', true), set_config('app.public_board', 'on', true)")) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the public board", e);
        }
        return connection();
    }

    /** Lets the transaction work on the host's own records (its competitions): host boundaries only. */
    public void enterHost() {
        setLocal("app.host", "on");
    }

    /**
     * Binds the transaction to one record the row policies open a door through: {@code app.competition_id}
     * (the one competition an organiser or a reviewer works on) or {@code app.reviewer_id} (the reviewer).
     */
    public void bind(String setting, long id) {
        setLocal(setting, Long.toString(id));
    }

    /**
     * Makes the transaction read-only and lets it read what competitions publish (receipts once opened,
     * winners once announced), and nothing else.
     */
    public void readOnlyPublicCompetitions() {
        try (PreparedStatement statement = connection().prepareStatement(
                "select set_config('transaction_read_only', 'on', true), set_config('app.public_competitions', 'on', true)")) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the competitions", e);
        }
    }

    /** Lets the transaction read one account's memberships in every tenant: sign-in only. */
    public void readMembershipsOf(long accountId) {
        setLocal("app.account_id", Long.toString(accountId));
    }

    /** The connection the entity manager works on in this transaction. */
    public Connection connection() {
        return em.unwrap(Connection.class);
    }

    private void setLocal(String name, String value) {
        try (PreparedStatement statement = connection().prepareStatement("select set_config(?, ?, true)")) {
            statement.setString(1, name);
            statement.setString(2, value);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set " + name, e);
        }
    }
}
