package org.gongjian.bidding.entity;

import java.util.List;

/**
 * Work for the bidders' tenants once a competition's change has committed: tell the units of these
 * bids (message key and arguments), and, for winners, open their projects. Each tenant's part runs
 * in a transaction of that tenant.
 */
public record BiddingNews(long competitionId, List<Bidder> bidders, String key, List<String> arguments, boolean openProjects) {

    public BiddingNews {
        bidders = List.copyOf(bidders);
        arguments = List.copyOf(arguments);
    }

    /** A bid and where it lives. */
    public record Bidder(long bidId, long tenantId, long unitId) {
    }
}
