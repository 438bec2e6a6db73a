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

    /** A right password clears the account's count. */
    public void clear(String key) {
        em.remove(locked(key, OffsetDateTime.now()));
    }

    private SignInThrottle locked(String key, OffsetDateTime now) {
        try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement(
                "insert into sign_in_throttle (key, failures, window_start) values (?, 0, ?) on conflict (key) do nothing")) {
            insert.setString(1, key);
            insert.setTimestamp(2, Timestamp.from(now.toInstant()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count a sign-in attempt", e);
        }
        return em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
}
