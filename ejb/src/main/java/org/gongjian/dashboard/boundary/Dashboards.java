package org.gongjian.dashboard.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.gongjian.account.entity.Role;
import org.gongjian.dashboard.control.FigureCounts;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenantconfig.Name;

/** The tenant's year at a glance, for the tenant's admins only, counted under the tenant's row policies. */
@Stateless
@TenantBound
@TenantRoles(Role.Names.TENANT_ADMIN)
public class Dashboards {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Inject
    CurrentTenant tenant;

    @Inject
    TenantSession session;

    public YearFigures year(int year) {
        checkYear(year);
        Connection connection = session.connection();
        try {
            return FigureCounts.of(connection, tenant.id(), tenant.code(), nameOf(connection, tenant.id()), year);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the tenant's year", e);
        }
    }

    /** A year the portal keeps (2000 to 2100), or a clear refusal. */
    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BusinessException("dashboard.year.range", String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
    }

    static Name nameOf(Connection connection, long tenantId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select name_zh, name_en from tenant where id = ?")) {
            statement.setLong(1, tenantId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? new Name(row.getString(1), row.getString(2)) : null;
            }
        }
    }
}
