package org.gongjian.tenantconfig;

import java.math.BigDecimal;

/**
 * A grade (等次) for total scores from {@code from} (inclusive) to {@code to} (exclusive; the top
 * band includes 100).
 */
public record GradeBand(String key, Name name, BigDecimal from, BigDecimal to) {

    public boolean contains(BigDecimal score) {
        return score.compareTo(from) >= 0
                && (score.compareTo(to) < 0 || to.compareTo(Problems.HUNDRED) == 0 && score.compareTo(to) == 0);
    }
}
