package org.gongjian.print;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One of the year's figures, e.g. group 按类别, label 创新探索型, value 7. Rows of one group print as
 * one table and one bar drawing; rows without a group are facts of different kinds (projects,
 * people), printed as a table without bars.
 *
 * @param money whether the value is an amount in yuan
 */
public record FigureRow(String group, String label, BigDecimal value, boolean money) {

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);

    public FigureRow {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(LIMIT) > 0) {
            throw new IllegalArgumentException("a figure lies between 0 and 10^12: " + value);
        }
    }
}
