package org.gongjian.bidding.entity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.gongjian.tenantconfig.Criterion;

/**
 * The conditions of a competition as its organiser writes them. The deadline is a local date and
 * time in the organiser's time zone; {@code tenantIds} are the tenants a host competition is open
 * to when {@code eligibility} is CHOSEN_TENANTS.
 */
public record CompetitionTerms(Integer year, String topic, String rules, Eligibility eligibility, Set<Long> tenantIds,
                               List<Criterion> criteria, LocalDateTime deadline, Integer winners, BigDecimal fundsPerWinner) {

    public CompetitionTerms {
        tenantIds = tenantIds == null ? Set.of() : Set.copyOf(tenantIds);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
