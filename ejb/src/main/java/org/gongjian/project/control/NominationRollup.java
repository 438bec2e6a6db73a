package org.gongjian.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenant.control.TenantSession;

/**
 * The projects every tenant nominated upward (择优上报), read across tenants in a read-only
 * transaction, so the host can see them and change nothing. Each is named with its owner, a unit
 * or a claimant organisation; a category as in the configuration its year's round froze.
 */
@Dependent
public class NominationRollup {

    private static final String NOMINATED = """
            select t.id, t.code, t.name_zh, t.name_en, p.year, p.id, p.title, coalesce(u.name, o.name), p.category_key,
                   c.category -> 'name' ->> 'zh', c.category -> 'name' ->> 'en', p.status
              from project p
              join tenant t on t.id = p.tenant_id
              left join unit u on u.tenant_id = p.tenant_id and u.id = p.unit_id
              left join claimant o on o.tenant_id = p.tenant_id and o.id = p.claimant_id
              left join round r on r.tenant_id = p.tenant_id and r.year = p.year
              left join config_version v on v.tenant_id = r.tenant_id and v.id = r.config_version_id
              left join lateral (select e as category
                                   from jsonb_array_elements(cast(v.document as jsonb) -> 'categories') e
                                  where e ->> 'key' = p.category_key
                                  limit 1) c on true
             where p.nominated
             order by p.year desc, t.name_zh, p.title, p.id""";

    @Inject
    TenantSession session;

    public List<NominationRow> all() {
        Connection connection = session.readOnlyAcrossTenants();
        try (PreparedStatement statement = connection.prepareStatement(NOMINATED);
             ResultSet rows = statement.executeQuery()) {
            List<NominationRow> nominations = new ArrayList<>();
            while (rows.next()) {
                nominations.add(new NominationRow(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getInt(5), rows.getLong(6), rows.getString(7), rows.getString(8), rows.getString(9),
                        rows.getString(10), rows.getString(11), ProjectStatus.valueOf(rows.getString(12))));
            }
            return nominations;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the nominations", e);
        }
    }
}
