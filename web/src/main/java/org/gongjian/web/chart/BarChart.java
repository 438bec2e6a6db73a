package org.gongjian.web.chart;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The bars of a horizontal bar chart drawn on the server: each row's label and value, and its
 * bar's width as a percentage of the widest bar, so the chart scales to any screen width. Values
 * are bounded (0 to 10^12, two decimals) before any arithmetic or formatting; a value beyond the
 * bound is marked {@code beyond} and shown as "10^12+", never as a smaller number alone.
 */
public record BarChart(List<Bar> bars) {

    public static final BigDecimal MAX_VALUE = BigDecimal.TEN.pow(12);
    /** Height of one row in the drawing: a line of label and value, then its bar. */
    public static final int ROW_HEIGHT = 44;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SMALLEST = new BigDecimal("0.005");

    /** One row: its label, its value, the list behind it if any, where it is drawn and its bar's width in per cent. */
    public record Bar(String label, BigDecimal value, boolean beyond, String link, BigDecimal width, int top) {

        public int textY() {
            return top + 16;
        }

        public int barY() {
            return top + 22;
        }
    }

    /**
     * The chart of rows that each answer {@code label()} and {@code value()} (a record, or any
     * class with such public methods), in their order; a row that also answers {@code link()}
     * links its figure in the table to that address.
     */
    public static BarChart of(Collection<?> rows) {
        List<BigDecimal> values = new ArrayList<>();
        List<Boolean> beyond = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Object row : rows == null ? List.of() : rows) {
            BigDecimal value = decimal(read(row, "value"));
            labels.add(String.valueOf(read(row, "label")));
            links.add(link(row));
            beyond.add(value.compareTo(MAX_VALUE) > 0);
            values.add(bounded(value));
        }
        BigDecimal widest = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            BigDecimal width = widest.signum() == 0 ? BigDecimal.ZERO
                    : values.get(i).multiply(HUNDRED).divide(widest, 1, RoundingMode.HALF_UP);
            bars.add(new Bar(labels.get(i), values.get(i), beyond.get(i), links.get(i), width, i * ROW_HEIGHT));
        }
        return new BarChart(List.copyOf(bars));
    }

    public int height() {
        return bars.size() * ROW_HEIGHT;
    }

    /** What a screen reader says for the drawing: "caption: label 7, label 22". */
    public String summary(String caption, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale == null ? Locale.SIMPLIFIED_CHINESE : locale);
        format.setMaximumFractionDigits(2);
        boolean chinese = locale == null || "zh".equals(locale.getLanguage());
        StringBuilder summary = new StringBuilder(caption == null ? "" : caption).append(chinese ? "：" : ": ");
        for (int i = 0; i < bars.size(); i++) {
            if (i > 0) {
                summary.append(chinese ? "，" : ", ");
            }
            summary.append(bars.get(i).label()).append(' ').append(format.format(bars.get(i).value()));
            if (bars.get(i).beyond()) {
                summary.append('+');
            }
        }
        return summary.toString();
    }

    /** Within 0 … 10^12 and to the fen; compared before rounding, so a hostile exponent costs nothing. */
    static BigDecimal bounded(BigDecimal value) {
        if (value.compareTo(SMALLEST) < 0) {
            return BigDecimal.ZERO;
        }
        if (value.compareTo(MAX_VALUE) > 0) {
            return MAX_VALUE;
        }
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        throw new IllegalArgumentException("A chart value must be a finite number, not " + value);
    }

    private static String link(Object row) {
        try {
            row.getClass().getMethod("link");
        } catch (NoSuchMethodException e) {
            return null;
        }
        Object link = read(row, "link");
        return link == null || link.toString().isBlank() ? null : link.toString();
    }

    private static Object read(Object row, String name) {
        try {
            Method accessor = row.getClass().getMethod(name);
            accessor.setAccessible(true);
            return accessor.invoke(row);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("A chart row answers label() and value(): " + row, e);
        }
    }
}
