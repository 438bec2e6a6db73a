package org.gongjian.account.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Sign-in attempts for one key ({@code account:<login>} or {@code address:<ip>}) within a window,
 * counted before each check and forgiven after a success. Past the limit the key is locked for a while.
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

    /**
     * Counts an attempt before its password is checked, so that parallel attempts cannot each
     * slip in under the limit. False when the key is locked or this attempt goes past the limit
     * (which locks it).
     */
    public boolean admit(OffsetDateTime now, int limit) {
        if (lockedAt(now)) {
            return false;
        }
        if (windowStart.plus(WINDOW).isBefore(now)) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures > limit) {
            lockedUntil = now.plus(LOCK);
            return false;
        }
        return true;
    }

    /** An admitted attempt was wrong: once the limit is used up the key is locked. */
    public void failed(OffsetDateTime now, int limit) {
        if (failures >= limit) {
            lockedUntil = now.plus(LOCK);
        }
    }

    /** An admitted attempt was right: it does not count against the key. */
    public void succeeded() {
        failures = Math.max(0, failures - 1);
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
