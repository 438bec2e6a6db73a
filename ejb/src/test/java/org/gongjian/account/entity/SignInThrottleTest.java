package org.gongjian.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-07-01T12:00:00+08:00");

    @Test
    void locksAtTheLimitForFifteenMinutes() {
        SignInThrottle throttle = new SignInThrottle("account:a", NOON);
        for (int failure = 1; failure < 5; failure++) {
            throttle.fail(NOON.plusSeconds(failure), 5);
            assertFalse(throttle.lockedAt(NOON.plusSeconds(failure)));
        }
        throttle.fail(NOON.plusSeconds(5), 5);
        assertTrue(throttle.lockedAt(NOON.plusMinutes(14)));
        assertEquals(15, throttle.minutesLeft(NOON.plusSeconds(5)));
        assertFalse(throttle.lockedAt(NOON.plusMinutes(16)));
    }

    @Test
    void failuresOutsideTheWindowStartAFreshCount() {
        SignInThrottle throttle = new SignInThrottle("account:a", NOON);
        for (int failure = 0; failure < 4; failure++) {
            throttle.fail(NOON, 5);
        }
        throttle.fail(NOON.plusMinutes(20), 5);
        assertEquals(1, throttle.getFailures());
        assertFalse(throttle.lockedAt(NOON.plusMinutes(20)));
    }
}
