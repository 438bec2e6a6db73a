package org.gongjian.web.tenant.settings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A row with a weight in percent; the weights of one level add up to 100. */
public interface Weighted {

    BigDecimal getWeight();

    /** The sum so far, counting a weight not given yet as nothing. */
    static BigDecimal sum(List<? extends Weighted> rows) {
        return rows.stream().map(Weighted::getWeight).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
