package org.gongjian.account.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import org.gongjian.account.entity.SignInThrottle;

/**
 * The sign-in counters, each change in a short transaction of its own on the locked row, so that
 * parallel attempts queue for the count, not for the slow password check, and each sees the
 * others' counts at once. A missing row is created first with {@code on conflict do nothing}, so
 * two first attempts never race on the insert.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInCounts {

    @PersistenceContext
    EntityManager em;

    /** Counts an attempt; 0 when it may be checked, else the minutes the key stays locked. */
    public long admit(String key, int limit) {
        OffsetDateTime now = OffsetDateTime.now();
        SignInThrottle throttle = locked(key, now);
        return throttle.admit(now, limit) ? 0 : throttle.minutesLeft(now);
    }

    public void failed(String key, int limit) {
        OffsetDateTime now = OffsetDateTime.now();
        locked(key, now).failed(now, limit);
    }

    public void succeeded(String key) {
        locked(key, OffsetDateTime.now()).succeeded();
    }

    /** A right password clears the account's count; a parallel sign-in may have cleared it already. */
    public void clear(String key) {
        em.createNativeQuery("delete from sign_in_throttle where key = ?1").setParameter(1, key).executeUpdate();
    }

    /**
     * The key's row, locked. A parallel right password may delete the row between the insert and
     * the lock (the lock then finds nothing): the row is created again.
     */
    private SignInThrottle locked(String key, OffsetDateTime now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement(
                    "insert into sign_in_throttle (key, failures, window_start) values (?, 0, ?) on conflict (key) do nothing")) {
                insert.setString(1, key);
                insert.setTimestamp(2, Timestamp.from(now.toInstant()));
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count a sign-in attempt", e);
            }
            SignInThrottle throttle = em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (throttle != null) {
                return throttle;
            }
        }
        throw new IllegalStateException("the sign-in counter " + key + " keeps being deleted");
    }
}
