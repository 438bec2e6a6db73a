package org.gongjian.evaluation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongjian.evaluation.boundary.BallotRow;
import org.gongjian.evaluation.boundary.IssuedBatch;
import org.gongjian.tenant.control.TenantSession;

/**
 * The ballot codes of the bound tenant, in SQL on the transaction's own connection (row-level
 * security and an explicit tenant predicate both hold). A code is unique across every tenant, so
 * new codes are inserted with {@code on conflict do nothing} and the few that clash are drawn
 * again; a code is used by one conditional update, so two votes with it cannot both count.
 */
@Dependent
public class BallotBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Clashes are rare (31^8 codes); a batch that keeps clashing points at a broken random source. */
    private static final int DRAWS = 20;

    @Inject
    TenantSession session;

    /**
     * Issues a new batch of fresh codes for a project of the evaluation, which the caller has
     * locked ({@link #lockOpen}); answers the batch's number and codes.
     */
    public IssuedBatch issue(long evaluationId, long projectId, int count, String by) {
        int batch = nextBatch(evaluationId, projectId);
        List<BallotCodeText> issued = new ArrayList<>(count);
        for (int draw = 0; issued.size() < count; draw++) {
            if (draw == DRAWS) {
                throw new IllegalStateException("ballot codes keep clashing");
            }
            Set<String> fresh = new LinkedHashSet<>();
            while (fresh.size() < count - issued.size()) {
                fresh.add(BallotCodeText.random(RANDOM).value());
            }
            issued.addAll(insert(evaluationId, projectId, batch, fresh, by));
        }
        return new IssuedBatch(batch, issued);
    }

    /** Every code of a project in the evaluation, by batch and in the order issued. */
    public List<BallotRow> of(long evaluationId, long projectId) {
        return rows("select id, project_id, code, batch, issued_by, issued_at, used_at from ballot_code "
                + "where tenant_id = ? and evaluation_id = ? and project_id = ? order by batch, id", evaluationId, projectId);
    }

    /** The code of the bound tenant with this text, used or not; another tenant's code is not found. */
    public Optional<BallotRow> find(BallotCodeText code) {
        try (PreparedStatement select = connection().prepareStatement("select id, project_id, code, batch, issued_by, issued_at, used_at "
                + "from ballot_code where tenant_id = ? and code = ?")) {
            select.setLong(1, tenantId());
            select.setString(2, code.value());
            return read(select).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find a ballot code", e);
        }
    }

    /** Marks the code used if it is not yet; false when another vote used it first. */
    public boolean use(long ballotId) {
        try (PreparedStatement update = connection().prepareStatement(
                "update ballot_code set used_at = clock_timestamp() where tenant_id = ? and id = ? and used_at is null")) {
            update.setLong(1, tenantId());
            update.setLong(2, ballotId);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot use a ballot code", e);
        }
    }

    /**
     * Whether the evaluation is still open, holding it so (a share lock) until this transaction
     * ends: closing it waits for the vote, and a vote after the close sees it closed.
     */
    public boolean holdOpen(long evaluationId) {
        return open(evaluationId, "share");
    }

    /** The same, but exclusive: batches of one evaluation are numbered one after another. */
    public boolean lockOpen(long evaluationId) {
        return open(evaluationId, "update");
    }

    private boolean open(long evaluationId, String lock) {
        try (PreparedStatement select = connection().prepareStatement(
                "select status from evaluation where tenant_id = ? and id = ? for " + lock)) {
            select.setLong(1, tenantId());
            select.setLong(2, evaluationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && "OPEN".equals(row.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the evaluation", e);
        }
    }

    private int nextBatch(long evaluationId, long projectId) {
        try (PreparedStatement select = connection().prepareStatement(
                "select coalesce(max(batch), 0) + 1 from ballot_code where tenant_id = ? and evaluation_id = ? and project_id = ?")) {
            select.setLong(1, tenantId());
            select.setLong(2, evaluationId);
            select.setLong(3, projectId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot number a batch of ballot codes", e);
        }
    }

    private List<BallotCodeText> insert(long evaluationId, long projectId, int batch, Set<String> codes, String by) {
        try (PreparedStatement insert = connection().prepareStatement("insert into ballot_code "
                + "(tenant_id, evaluation_id, project_id, code, batch, issued_by) select ?, ?, ?, code, ?, ? "
                + "from unnest(?::varchar[]) with ordinality as drawn(code, position) order by position "
                + "on conflict (code) do nothing returning code")) {
            insert.setLong(1, tenantId());
            insert.setLong(2, evaluationId);
            insert.setLong(3, projectId);
            insert.setInt(4, batch);
            insert.setString(5, by);
            insert.setArray(6, connection().createArrayOf("varchar", codes.toArray()));
            List<BallotCodeText> inserted = new ArrayList<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(new BallotCodeText(rows.getString(1)));
                }
            }
            return inserted;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot issue ballot codes", e);
        }
    }

    private List<BallotRow> rows(String sql, long evaluationId, long projectId) {
        try (PreparedStatement select = connection().prepareStatement(sql)) {
            select.setLong(1, tenantId());
            select.setLong(2, evaluationId);
            select.setLong(3, projectId);
            return read(select);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read ballot codes", e);
        }
    }

    private static List<BallotRow> read(PreparedStatement select) throws SQLException {
        List<BallotRow> rows = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rows.add(new BallotRow(row.getLong(1), row.getLong(2), new BallotCodeText(row.getString(3)), row.getInt(4),
                        row.getString(5), row.getObject(6, OffsetDateTime.class), row.getObject(7, OffsetDateTime.class)));
            }
        }
        return rows;
    }

    private long tenantId() {
        Long id = session.tenantId();
        if (id == null) {
            throw new IllegalStateException("no tenant bound");
        }
        return id;
    }

    private Connection connection() {
        return session.connection();
    }
}
