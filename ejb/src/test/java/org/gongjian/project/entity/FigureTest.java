package org.gongjian.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.gongjian.platform.BusinessException.Reason;
import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void hostileFiguresAndTargetsAreRefusedNamingTheGoal() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (String hostile : new String[] {"1e-999999999", "1e999999999", "1".repeat(10_000), "12345678901", "0.001"}) {
                Reason reason = Figure.problem("服务群众", new BigDecimal(hostile)).orElseThrow();
                assertEquals(new Reason("figure.digits", List.of("服务群众", 10, 2)), reason, hostile);
                assertEquals("figure.digits", Figure.targetProblem("服务群众", new BigDecimal(hostile)).orElseThrow().key(), hostile);
            }
        });
    }

    @Test
    void figuresMayBeZeroButTargetsAreAboveZero() {
        assertTrue(Figure.problem("g", BigDecimal.ZERO).isEmpty());
        assertTrue(Figure.problem("g", new BigDecimal("1E+5")).isEmpty());
        assertTrue(Figure.problem("g", new BigDecimal("9999999999.99")).isEmpty());
        assertEquals("figure.negative", Figure.problem("g", new BigDecimal("-1")).orElseThrow().key());
        assertEquals("declaration.goal.target", Figure.targetProblem("g", BigDecimal.ZERO).orElseThrow().key());
        assertEquals("declaration.goal.target", Figure.targetProblem("g", new BigDecimal("-3")).orElseThrow().key());
    }
}
