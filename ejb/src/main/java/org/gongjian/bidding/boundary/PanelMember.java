package org.gongjian.bidding.boundary;

import java.util.Set;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.Competition;

/**
 * An account on a review panel, with the tenants it belongs to and the units it is a member of,
 * which decide its conflicts of interest.
 */
public record PanelMember(long accountId, String login, String displayName, Set<Long> tenantIds, Set<Long> unitIds) {

    public PanelMember {
        tenantIds = Set.copyOf(tenantIds);
        unitIds = Set.copyOf(unitIds);
    }

    /**
     * A reviewer may not score a bid of its own tenant (host competitions) or of its own unit
     * (a tenant's competitions), unless the organiser overrides it with a reason.
     */
    public boolean conflictsWith(Competition competition, Bid bid) {
        return competition.isHosts() ? tenantIds.contains(bid.getTenantId()) : unitIds.contains(bid.getUnitId());
    }
}
