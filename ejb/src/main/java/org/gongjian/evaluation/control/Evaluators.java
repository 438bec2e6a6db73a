package org.gongjian.evaluation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongjian.evaluation.boundary.EvaluatorAccount;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.tenant.control.TenantSession;

/**
 * The bound tenant's evaluators, and whether one of them has a conflict of interest with a
 * project's owner: a membership in the owning unit or claimant organisation, or a relation the
 * admin marked. The same rule as {@link Grading}'s counted sheets.
 */
@Dependent
public class Evaluators {

    private static final String ALL = """
            select a.id, a.login, a.display_name from membership m join account a on a.id = m.account_id
             where m.role = 'EVALUATOR' and (cast(? as varchar) is null or lower(a.login) = lower(?))
             order by a.login""";

    private static final String CONFLICT = """
            select exists (select 1 from membership m where m.account_id = ? and (m.unit_id = ? or m.claimant_id = ?))
                or exists (select 1 from evaluator_relation r where r.account_id = ? and (r.unit_id = ? or r.claimant_id = ?))""";

    @Inject
    TenantSession session;

    public List<EvaluatorAccount> all() {
        return find(null);
    }

    public Optional<EvaluatorAccount> byLogin(String login) {
        return login == null || login.isBlank() ? Optional.empty() : find(login.strip()).stream().findFirst();
    }

    public boolean conflicted(long accountId, ProjectOwner owner) {
        long unit = owner.unitId() == null ? -1 : owner.unitId();
        long claimant = owner.claimantId() == null ? -1 : owner.claimantId();
        try (PreparedStatement statement = session.connection().prepareStatement(CONFLICT)) {
            for (int i = 0; i < 2; i++) {
                statement.setLong(3 * i + 1, accountId);
                statement.setLong(3 * i + 2, unit);
                statement.setLong(3 * i + 3, claimant);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check a conflict of interest", e);
        }
    }

    private List<EvaluatorAccount> find(String login) {
        try (PreparedStatement statement = session.connection().prepareStatement(ALL)) {
            statement.setString(1, login);
            statement.setString(2, login);
            try (ResultSet rows = statement.executeQuery()) {
                List<EvaluatorAccount> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new EvaluatorAccount(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
                return found;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the evaluators", e);
        }
    }
}
