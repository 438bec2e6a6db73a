package org.gongjian.account.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongjian.tenant.control.TenantSession;

/**
 * One account's memberships across tenants, read before any tenant is chosen (sign-in, the
 * tenant chooser). Row-level security lets these reads see the account's own rows and nothing
 * else; this is the only reader that crosses tenants for an account.
 */
@Dependent
public class MembershipDirectory {

    private static final String OF_ACCOUNT = """
            select t.code, t.name_zh, t.name_en, m.role
              from membership m join tenant t on t.id = m.tenant_id
             where m.account_id = ? and t.active
             order by t.id, m.role""";

    @Inject
    TenantSession session;

    public List<TenantRole> of(long accountId) {
        session.readMembershipsOf(accountId);
        try (PreparedStatement statement = session.connection().prepareStatement(OF_ACCOUNT)) {
            statement.setLong(1, accountId);
            try (ResultSet rows = statement.executeQuery()) {
                List<TenantRole> roles = new ArrayList<>();
                while (rows.next()) {
                    roles.add(new TenantRole(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
                return roles;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the memberships of account " + accountId, e);
        }
    }

    public Set<String> rolesAnywhere(long accountId) {
        Set<String> roles = new HashSet<>();
        of(accountId).forEach(role -> roles.add(role.role()));
        return roles;
    }

    /** A role an account holds in a tenant. */
    public record TenantRole(String tenantCode, String tenantNameZh, String tenantNameEn, String role) {
    }
}
