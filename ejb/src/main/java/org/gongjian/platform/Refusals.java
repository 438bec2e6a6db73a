package org.gongjian.platform;

import java.sql.SQLException;

/** Tells which of the database's own rules refused a failed write, by the SQL state among its causes. */
public final class Refusals {

    private Refusals() {
    }

    /** Whether the failure is a row that someone else inserted with the same key at the same moment (23505). */
    public static boolean unique(Throwable failure) {
        return hasState(failure, "23505");
    }

    /** Whether a check constraint or a rule trigger refused the row (23514), e.g. a deadline passed meanwhile. */
    public static boolean check(Throwable failure) {
        return hasState(failure, "23514");
    }

    private static boolean hasState(Throwable failure, String state) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
