package org.gongjian.project.control;

import java.math.BigDecimal;
import java.util.List;
import org.gongjian.project.entity.FundEntry;
import org.gongjian.project.entity.FundKind;

/** A project's special funds: every entry, oldest first, and the totals in yuan they add up to. */
public record FundStatement(List<FundEntry> entries) {

    public FundStatement {
        entries = List.copyOf(entries);
    }

    public BigDecimal granted() {
        return total(FundKind.GRANT);
    }

    public BigDecimal spent() {
        return total(FundKind.SPENDING);
    }

    public BigDecimal balance() {
        return granted().subtract(spent());
    }

    private BigDecimal total(FundKind kind) {
        return entries.stream().filter(entry -> entry.getKind() == kind).map(FundEntry::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
