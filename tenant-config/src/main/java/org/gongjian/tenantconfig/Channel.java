package org.gongjian.tenantconfig;

import java.math.BigDecimal;
import java.util.List;

/**
 * An evaluation channel with its weight in the total, in percent. A channel with criteria of its
 * own is scored on those; one without is scored on the scheme's common criteria.
 */
public record Channel(ChannelKind kind, BigDecimal weight, List<Criterion> criteria) {

    public Channel {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    public boolean hasOwnCriteria() {
        return !criteria.isEmpty();
    }
}
