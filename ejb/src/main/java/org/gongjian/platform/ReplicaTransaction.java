package org.gongjian.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongjian.account.control.CallerAccount;

/**
 * A read-only transaction on the standby beside the running one, for a public reader: opened on the
 * first read of the running transaction when the standby may be read ({@link ReadReplica#asOf()}),
 * reused by the later reads of the same transaction, rolled back and closed when it ends. A
 * transaction that started on the primary stays there, so its reads never mix two points in time.
 * A signed-in caller always reads the primary: who just made a change sees it at once.
 */
@Dependent
public class ReplicaTransaction {

    private static final String KEY = ReplicaTransaction.class.getName();
    private static final Object PRIMARY = new Object();
    private static final Logger LOG = Logger.getLogger(ReplicaTransaction.class.getName());

    @Inject
    ReadReplica replica;

    @Inject
    ReadStaleness staleness;

    @Inject
    CallerAccount caller;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * The standby's connection with the row policies' door {@code setting} (e.g. {@code app.public_board})
     * open in a read-only transaction; empty: read the primary.
     */
    public Optional<Connection> publicReader(String setting) {
        Object chosen = transaction.getResource(KEY);
        if (chosen == null) {
            chosen = open(setting);
            transaction.putResource(KEY, chosen);
        }
        return chosen == PRIMARY ? Optional.empty() : Optional.of((Connection) chosen);
    }

    private Object open(String setting) {
        if (caller.id().isPresent()) {
            return PRIMARY;
        }
        OptionalLong asOf = replica.asOf();
        if (asOf.isEmpty()) {
            return PRIMARY;
        }
        Connection connection = null;
        try {
            connection = replica.connection();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(
                    "select set_config('transaction_read_only', 'on', true), set_config(?, 'on', true)")) {
                statement.setString(1, setting);
                statement.execute();
            }
        } catch (SQLException e) {
            close(connection);
            replica.failed(e);
            return PRIMARY;
        }
        Connection opened = connection;
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                close(opened);
            }
        });
        staleness.readReplicaAsOf(asOf.getAsLong());
        return connection;
    }

    private static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "closing a read on the replica", e);
        }
    }
}
