package org.gongjian.account.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Failed sign-ins for one key ({@code account:<login>} or {@code address:<ip>}) within a window.
 * Past the limit the key is locked for a while; a success clears it.
 */
@Entity
@Table(name = "sign_in_throttle")
@Cacheable(false)
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    private String key;
    private int failures;
    @Column(name = "window_start")
    private OffsetDateTime windowStart;
    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    protected SignInThrottle() {
    }

    public SignInThrottle(String key, OffsetDateTime now) {
        this.key = key;
        this.windowStart = now;
    }

    public void fail(OffsetDateTime now, int limit) {
        if (windowStart.plus(WINDOW).isBefore(now)) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= limit) {
            lockedUntil = now.plus(LOCK);
        }
    }

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public long minutesLeft(OffsetDateTime now) {
        if (!lockedAt(now)) {
            return 0;
        }
        long seconds = Duration.between(now, lockedUntil).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    public int getFailures() {
        return failures;
    }
}
