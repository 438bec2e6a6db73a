package org.gongjian.tenant.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.gongjian.tenant.entity.TenantKind;

/**
 * The host's view across tenants: counts only, in a read-only transaction, so no tenant's rows
 * can be changed from here even by mistake.
 */
@Dependent
public class HostRollup {

    private static final String SUMMARIES = """
            select t.id, t.code, t.name_zh, t.name_en, t.kind, t.active,
                   (select count(*) from unit u where u.tenant_id = t.id),
                   (select count(*) from claimant c where c.tenant_id = t.id),
                   (select count(distinct m.account_id) from membership m where m.tenant_id = t.id)
              from tenant t
             order by t.id""";

    @Inject
    TenantSession session;

    public List<TenantSummary> summaries() {
        Connection connection = session.readOnlyAcrossTenants();
        try (PreparedStatement statement = connection.prepareStatement(SUMMARIES);
             ResultSet rows = statement.executeQuery()) {
            List<TenantSummary> summaries = new ArrayList<>();
            while (rows.next()) {
                summaries.add(new TenantSummary(rows.getLong(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), TenantKind.valueOf(rows.getString(5)), rows.getBoolean(6),
                        rows.getLong(7), rows.getLong(8), rows.getLong(9)));
            }
            return summaries;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tenant roll-up", e);
        }
    }
}
