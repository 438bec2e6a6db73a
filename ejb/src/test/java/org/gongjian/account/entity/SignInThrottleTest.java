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
            assertTrue(throttle.admit(NOON.plusSeconds(failure), 5));
            throttle.failed(NOON.plusSeconds(failure), 5);
            assertFalse(throttle.lockedAt(NOON.plusSeconds(failure)));
        }
        assertTrue(throttle.admit(NOON.plusSeconds(5), 5));
        throttle.failed(NOON.plusSeconds(5), 5);
        assertTrue(throttle.lockedAt(NOON.plusMinutes(14)));
        assertEquals(15, throttle.minutesLeft(NOON.plusSeconds(5)));
        assertFalse(throttle.admit(NOON.plusMinutes(14), 5));
        assertFalse(throttle.lockedAt(NOON.plusMinutes(16)));
    }

    @Test
    void attemptsInFlightTogetherGetNoMoreThanTheLimit() {
        SignInThrottle throttle = new SignInThrottle("account:a", NOON);
        int admitted = 0;
        for (int attempt = 0; attempt < 12; attempt++) {
            admitted += throttle.admit(NOON, 5) ? 1 : 0;
        }
        assertEquals(5, admitted);
        assertTrue(throttle.lockedAt(NOON));
    }

    @Test
    void aRightPasswordDoesNotCount() {
        SignInThrottle throttle = new SignInThrottle("address:10.0.0.5", NOON);
        for (int attempt = 0; attempt < 30; attempt++) {
            assertTrue(throttle.admit(NOON, 20));
            throttle.succeeded();
        }
        assertEquals(0, throttle.getFailures());
    }

    @Test
    void failuresOutsideTheWindowStartAFreshCount() {
        SignInThrottle throttle = new SignInThrottle("account:a", NOON);
        for (int failure = 0; failure < 4; failure++) {
            throttle.admit(NOON, 5);
            throttle.failed(NOON, 5);
        }
        assertTrue(throttle.admit(NOON.plusMinutes(20), 5));
        assertEquals(1, throttle.getFailures());
        assertFalse(throttle.lockedAt(NOON.plusMinutes(20)));
    }
}
