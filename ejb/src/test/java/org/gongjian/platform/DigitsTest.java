package org.gongjian.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DigitsTest {

    private static final Digits FEN = new Digits(12, 2);

    @Test
    void hugeExponentsAreRefusedWithoutExpandingThem() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertTrue(FEN.tooFine(new BigDecimal("1e-999999999")));
            assertTrue(FEN.tooLarge(new BigDecimal("1e999999999")));
            assertTrue(FEN.tooLarge(new BigDecimal("-1e999999999")));
            assertTrue(FEN.tooLarge(new BigDecimal("1e2147483647")));
            assertTrue(FEN.tooFine(new BigDecimal("0e-999999999")));
            assertFalse(Digits.READABLE.admits(new BigDecimal("1e-999999999")));
        });
    }

    @Test
    void countsDigitsBeforeAndAfterThePointWithoutTrailingZeros() {
        assertTrue(FEN.admits(new BigDecimal("999999999999.99")));
        assertTrue(FEN.tooLarge(new BigDecimal("1000000000000")));
        assertTrue(FEN.admits(new BigDecimal("1E+5")));
        assertTrue(FEN.admits(new BigDecimal("12.3000")));
        assertTrue(FEN.tooFine(new BigDecimal("0.001")));
        assertTrue(FEN.admits(new BigDecimal("-5.5")));
        assertTrue(FEN.admits(BigDecimal.ZERO));
    }

    @Test
    void readsOnlyShortNumberTexts() {
        assertEquals(new BigDecimal("1E+5"), Digits.READABLE.read("1E+5"));
        assertEquals(new BigDecimal("12.5"), Digits.READABLE.read(" 12.5 "));
        assertNull(Digits.READABLE.read("1".repeat(10_000)));
        assertNull(Digits.READABLE.read("1e-999999999"));
        assertNull(Digits.READABLE.read("1e999999999"));
        assertNull(Digits.READABLE.read("abc"));
        assertNull(Digits.READABLE.read("0.0000001"));
        assertNull(Digits.READABLE.read("1234567890123456"));
        assertNull(Digits.READABLE.read(""));
    }
}
