package org.gongjian.project.control;

import java.math.BigDecimal;
import java.util.List;
import org.gongjian.project.entity.FundEntry;

/** A project's special funds: every entry, oldest first, and the totals in yuan. */
public record FundStatement(List<FundEntry> entries, BigDecimal granted, BigDecimal spent) {

    public BigDecimal balance() {
        return granted.subtract(spent);
    }
}
