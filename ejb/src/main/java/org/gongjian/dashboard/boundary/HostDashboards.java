package org.gongjian.dashboard.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.gongjian.account.control.CallerAccount;
import org.gongjian.account.entity.Account;
import org.gongjian.account.entity.Role;
import org.gongjian.dashboard.control.FigureCounts;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenantconfig.Name;

/**
 * The host's read-only view of every tenant's year side by side, with the totals. The transaction
 * is made read-only before anything is read; each tenant is then counted with {@code app.tenant_id}
 * set to it alone (see the package's description).
 */
@Stateless
@RolesAllowed(Role.Names.HOST_ADMIN)
public class HostDashboards {

    @Inject
    CurrentTenant tenant;

    @Inject
    CallerAccount caller;

    @PersistenceContext
    EntityManager em;

    /** Every active tenant's figures, in the order the tenants were created, and their totals. */
    public HostFigures year(int year) {
        requireHost();
        Dashboards.checkYear(year);
        Connection connection = readOnly();
        try {
            List<YearFigures> tenants = new ArrayList<>();
            for (TenantRow row : tenants(connection, null)) {
                tenants.add(counted(connection, row, year));
            }
            return new HostFigures(year, tenants, YearFigures.total(year, tenants));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the tenants' year", e);
        }
    }

    /** One tenant's figures; an unknown code is not found. */
    public YearFigures tenant(String code, int year) {
        requireHost();
        Dashboards.checkYear(year);
        Connection connection = readOnly();
        try {
            TenantRow row = tenants(connection, code).stream().findFirst().orElseThrow(NotFoundException::new);
            return counted(connection, row, year);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the tenant's year", e);
        }
    }

    private record TenantRow(long id, String code, Name name) {
    }

    private static YearFigures counted(Connection connection, TenantRow row, int year) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, Long.toString(row.id()));
            statement.execute();
        }
        return FigureCounts.of(connection, row.id(), row.code(), row.name(), year);
    }

    private static List<TenantRow> tenants(Connection connection, String code) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, code, name_zh, name_en from tenant where active and (cast(? as varchar) is null or code = ?) order by id")) {
            statement.setString(1, code);
            statement.setString(2, code);
            List<TenantRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new TenantRow(result.getLong(1), result.getString(2), new Name(result.getString(3), result.getString(4))));
                }
            }
            return rows;
        }
    }

    private Connection readOnly() {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement("select set_config('transaction_read_only', 'on', true)")) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make the transaction read-only", e);
        }
        return connection;
    }

    /** The host works without a tenant, as the account holding the host's admin role. */
    private void requireHost() {
        if (tenant.isPresent() || caller.account().filter(Account::isHostAdmin).isEmpty()) {
            throw new EJBAccessException("only the host reads every tenant's figures");
        }
    }
}
