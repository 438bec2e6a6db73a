package org.gongjian.platform;

import java.sql.SQLException;

/** Tells a unique-index violation (SQL state 23505) among the causes of a failed write. */
public final class Unique {

    private Unique() {
    }

    /** Whether the failure is a row that someone else inserted with the same key at the same moment. */
    public static boolean violated(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
