package org.gongjian.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.gongjian.platform.BusinessException;
import org.junit.jupiter.api.Test;

class YuanTest {

    @Test
    void keepsTwoDecimalPlaces() {
        assertEquals("12.50", Yuan.of(new BigDecimal("12.5"), false).toPlainString());
        assertEquals("3.00", Yuan.of(new BigDecimal("3.000"), false).toPlainString());
        assertEquals("0.00", Yuan.of(BigDecimal.ZERO, true).toPlainString());
    }

    @Test
    void refusesRatherThanRounding() {
        assertEquals("money.fen", assertThrows(BusinessException.class, () -> Yuan.of(new BigDecimal("0.001"), false)).key());
        assertEquals("money.notPositive", assertThrows(BusinessException.class, () -> Yuan.of(BigDecimal.ZERO, false)).key());
        assertEquals("money.negative", assertThrows(BusinessException.class, () -> Yuan.of(new BigDecimal("-5"), true)).key());
        assertEquals("money.tooLarge", assertThrows(BusinessException.class,
                () -> Yuan.of(new BigDecimal("1000000000000"), false)).key());
        assertEquals("money.required", assertThrows(BusinessException.class, () -> Yuan.of(null, true)).key());
    }

    @Test
    void hostileNumbersAreRefusedBeforeAnythingExpandsThem() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertEquals("money.fen", assertThrows(BusinessException.class, () -> Yuan.of(new BigDecimal("1e-999999999"), false)).key());
            assertEquals("money.tooLarge", assertThrows(BusinessException.class, () -> Yuan.of(new BigDecimal("1e999999999"), false)).key());
            assertEquals("money.tooLarge", assertThrows(BusinessException.class,
                    () -> Yuan.of(new BigDecimal("9".repeat(10_000)), false)).key());
            assertEquals("money.fen", assertThrows(BusinessException.class, () -> Yuan.of(new BigDecimal("-1e-999999999"), true)).key());
        });
        assertEquals("100000.00", Yuan.of(new BigDecimal("1E+5"), false).toPlainString());
        assertEquals("999999999999.99", Yuan.of(new BigDecimal("999999999999.99"), false).toPlainString());
    }
}
