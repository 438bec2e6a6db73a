package org.gongjian.bidding.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongjian.bidding.boundary.PanelMember;
import org.gongjian.tenant.control.TenantSession;

/**
 * A competition's panel with each reviewer's tenants and units, read through the competition the
 * transaction is bound to (the policy on memberships opens only that door).
 */
@Dependent
public class Panels {

    private static final String PANEL = """
            select a.id, a.login, a.display_name, a.tenant_id, m.tenant_id, m.role, m.unit_id
              from reviewer r
              join account a on a.id = r.account_id
              left join membership m on m.account_id = a.id
             where r.competition_id = ?
             order by r.id""";

    @Inject
    TenantSession session;

    public List<PanelMember> of(long competitionId) {
        Map<Long, String[]> names = new LinkedHashMap<>();
        Map<Long, Set<Long>> tenants = new LinkedHashMap<>();
        Map<Long, Set<Long>> units = new LinkedHashMap<>();
        try (PreparedStatement statement = session.connection().prepareStatement(PANEL)) {
            statement.setLong(1, competitionId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long account = rows.getLong(1);
                    names.putIfAbsent(account, new String[] {rows.getString(2), rows.getString(3)});
                    Set<Long> ofTenants = tenants.computeIfAbsent(account, k -> new HashSet<>());
                    Set<Long> ofUnits = units.computeIfAbsent(account, k -> new HashSet<>());
                    long creator = rows.getLong(4);
                    if (!rows.wasNull()) {
                        ofTenants.add(creator);
                    }
                    long member = rows.getLong(5);
                    if (!rows.wasNull()) {
                        ofTenants.add(member);
                        long unit = rows.getLong(7);
                        if (!rows.wasNull() && "UNIT_MEMBER".equals(rows.getString(6))) {
                            ofUnits.add(unit);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the panel", e);
        }
        List<PanelMember> panel = new ArrayList<>();
        names.forEach((account, name) -> panel.add(new PanelMember(account, name[0], name[1], tenants.get(account), units.get(account))));
        return panel;
    }
}
