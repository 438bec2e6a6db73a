package org.gongjian.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenant.control.TenantSession;

/**
 * The projects won in the host's competitions, in whichever tenant each lives, read in a host
 * transaction ({@code app.host}): there the row policies show the host exactly these projects and
 * its own competitions, nothing else of any tenant. Call only after the caller was checked as the host.
 */
@Dependent
public class CompetitionProjects {

    private static final String WON = """
            select p.tenant_id, t.code, t.name_zh, t.name_en, p.id, p.year, p.title, p.status, c.id, c.topic
              from project p
              join tenant t on t.id = p.tenant_id
              join competition c on c.id = p.competition_id
            """;

    /** Owners and funds of one tenant's projects, read while the transaction reads as that tenant. */
    private static final String FIGURES = """
            select p.id, u.name,
                   coalesce(sum(f.amount) filter (where f.kind = 'GRANT'), 0),
                   coalesce(sum(f.amount) filter (where f.kind = 'SPENDING'), 0)
              from project p
              left join unit u on u.tenant_id = p.tenant_id and u.id = p.unit_id
              left join fund_entry f on f.tenant_id = p.tenant_id and f.project_id = p.id
             where p.tenant_id = ? and p.id = any (?)
             group by p.id, u.name""";

    @Inject
    TenantSession session;

    /**
     * Every such project, by tenant, newest year first. Owners' names and funds are read tenant by
     * tenant, for the projects found first only, in a transaction made read-only before it reads as
     * any tenant, so nothing can be changed from it.
     */
    public List<FollowedProject> followed() {
        session.enterHost();
        Connection connection = session.connection();
        try {
            setLocal(connection, "transaction_read_only", "on");
            List<FollowedProject> found = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(WON + " order by t.name_zh, t.id, p.year desc, p.title, p.id");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(row(rows));
                }
            }
            Map<Long, List<FollowedProject>> byTenant = new LinkedHashMap<>();
            found.forEach(project -> byTenant.computeIfAbsent(project.tenantId(), id -> new ArrayList<>()).add(project));
            Map<Long, FollowedProject> complete = new LinkedHashMap<>();
            for (Map.Entry<Long, List<FollowedProject>> tenant : byTenant.entrySet()) {
                setLocal(connection, "app.tenant_id", tenant.getKey().toString());
                complete.putAll(withFigures(connection, tenant.getKey(), tenant.getValue()));
            }
            return found.stream().map(project -> complete.getOrDefault(project.projectId(), project)).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the projects of the host's competitions", e);
        }
    }

    /**
     * Binds the transaction to the tenant of one such project and leaves the host's side, so the
     * rest of the transaction works in that tenant only, as its own boundaries would; 404 for any
     * other project. Call first in the transaction, before any entity of a tenant is used.
     *
     * @return the project as the host's list shows it, without owner and funds
     */
    public FollowedProject enterTenantOf(long projectId) {
        session.enterHost();
        Connection connection = session.connection();
        FollowedProject project;
        try (PreparedStatement statement = connection.prepareStatement(WON + " where p.id = ?")) {
            statement.setLong(1, projectId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new NotFoundException();
                }
                project = row(rows);
            }
            setLocal(connection, "app.host", "off");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the project of a host competition", e);
        }
        session.enter(project.tenantId());
        return project;
    }

    private static FollowedProject row(ResultSet rows) throws SQLException {
        return new FollowedProject(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getLong(5),
                rows.getInt(6), rows.getString(7), ProjectStatus.valueOf(rows.getString(8)), rows.getLong(9), rows.getString(10),
                null, null, null);
    }

    private static Map<Long, FollowedProject> withFigures(Connection connection, long tenantId, List<FollowedProject> projects)
            throws SQLException {
        Map<Long, FollowedProject> byId = new LinkedHashMap<>();
        projects.forEach(project -> byId.put(project.projectId(), project));
        Array ids = connection.createArrayOf("bigint", byId.keySet().toArray());
        try (PreparedStatement statement = connection.prepareStatement(FIGURES)) {
            statement.setLong(1, tenantId);
            statement.setArray(2, ids);
            try (ResultSet rows = statement.executeQuery()) {
                Map<Long, FollowedProject> complete = new LinkedHashMap<>();
                while (rows.next()) {
                    BigDecimal granted = rows.getBigDecimal(3).setScale(2);
                    BigDecimal spent = rows.getBigDecimal(4).setScale(2);
                    complete.put(rows.getLong(1), byId.get(rows.getLong(1)).with(rows.getString(2), granted, spent));
                }
                return complete;
            }
        } finally {
            ids.free();
        }
    }

    private static void setLocal(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
            statement.setString(1, name);
            statement.setString(2, value);
            statement.execute();
        }
    }
}
