package org.gongjian.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void closedConnectionDeepInsideTheContainersWrappersIsAnOutage() {
        SQLException closed = new SQLException("This connection has been closed.", "08003");
        assertTrue(DatabaseOutage.explains(new EJBException(new PersistenceException("EclipseLink-4002", closed))));
    }

    @Test
    void refusedConnectionWhileThePoolAllocatesIsAnOutage() {
        SQLException allocating = new SQLException("Error in allocating a connection", null,
                new IllegalStateException("pooling", new ConnectException("Connection refused")));
        assertTrue(DatabaseOutage.explains(allocating));
    }

    @Test
    void serverShuttingDownOrStartingIsAnOutage() {
        assertTrue(DatabaseOutage.explains(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutage.explains(new SQLException("the database system is starting up", "57P03")));
        SQLException batch = new SQLException("batch entry 0 failed", "XX000");
        batch.setNextException(new SQLException("I/O error", "08006"));
        assertTrue(DatabaseOutage.explains(batch));
    }

    @Test
    void otherFailuresAreNotAnOutage() {
        assertFalse(DatabaseOutage.explains(new EJBException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.explains(new IllegalStateException("bug")));
        assertFalse(DatabaseOutage.explains(null));
    }

    @Test
    void causesThatLoopEndTheSearch() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.explains(first));
    }
}
