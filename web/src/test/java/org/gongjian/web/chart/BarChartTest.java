package org.gongjian.web.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BarChartTest {

    record Row(String label, Number value) {
    }

    @Test
    void theWidestBarFillsTheWidthAndTheOthersScaleToIt() {
        BarChart chart = BarChart.of(List.of(new Row("创新", 7), new Row("示范", 22), new Row("制度", 10)));
        assertEquals(List.of("31.8", "100.0", "45.5"), chart.bars().stream().map(b -> b.width().toPlainString()).toList());
        assertEquals(List.of(0, 44, 88), chart.bars().stream().map(BarChart.Bar::top).toList());
        assertEquals(3 * BarChart.ROW_HEIGHT, chart.height());
    }

    @Test
    void aScreenReaderHearsEveryRowWithItsNumberAsChineseReadersWriteIt() {
        BarChart chart = BarChart.of(List.of(new Row("已立项", 33162), new Row("资金（元）", new BigDecimal("1234.5"))));
        assertEquals("按类别：已立项 33,162，资金（元） 1,234.5", chart.summary("按类别", Locale.SIMPLIFIED_CHINESE));
        assertEquals("By category: 已立项 33,162, 资金（元） 1,234.5", chart.summary("By category", Locale.ENGLISH));
    }

    @Test
    void allZeroValuesDrawNoBarsWithoutDividingByZero() {
        BarChart chart = BarChart.of(List.of(new Row("a", 0), new Row("b", 0L)));
        assertTrue(chart.bars().stream().allMatch(b -> b.width().signum() == 0));
        assertEquals(0, BarChart.of(List.of()).height());
    }

    @Test
    void valuesAreBoundedBeforeAnyArithmeticAndAValueBeyondTheBoundSaysSo() {
        BarChart chart = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> BarChart.of(List.of(
                new Row("huge", new BigDecimal("1e999999999")), new Row("tiny", new BigDecimal("1e-999999999")),
                new Row("negative", -5), new Row("half", new BigDecimal("500000000000")))));
        BarChart.Bar huge = chart.bars().get(0);
        assertTrue(huge.beyond());
        assertEquals(0, huge.value().compareTo(BarChart.MAX_VALUE));
        assertEquals("100.0", huge.width().toPlainString());
        assertEquals(0, chart.bars().get(1).value().signum());
        assertEquals(0, chart.bars().get(2).value().signum());
        assertFalse(chart.bars().get(2).beyond());
        assertEquals("50.0", chart.bars().get(3).width().toPlainString());
        assertTrue(chart.summary("x", Locale.ENGLISH).contains("huge 1,000,000,000,000+"));
    }

    record LinkedRow(String label, long value, String link) {
    }

    @Test
    void aRowThatNamesItsListLinksItsFigureAndOtherRowsLinkNothing() {
        BarChart chart = BarChart.of(List.of(new LinkedRow("实施中", 3, "/t/x/projects/index?status=UNDERWAY"), new LinkedRow("已验收", 1, " ")));
        assertEquals("/t/x/projects/index?status=UNDERWAY", chart.bars().get(0).link());
        assertEquals(null, chart.bars().get(1).link());
        assertEquals(null, BarChart.of(List.of(new Row("a", 1))).bars().get(0).link());
    }

    @Test
    void aRowWithoutANumericValueIsRefusedByName() {
        assertThrows(IllegalArgumentException.class, () -> BarChart.of(List.of(new Row("nan", Double.NaN))));
        assertThrows(IllegalArgumentException.class, () -> BarChart.of(List.of("no label")));
    }
}
