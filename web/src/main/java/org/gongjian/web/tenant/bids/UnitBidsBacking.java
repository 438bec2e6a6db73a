package org.gongjian.web.tenant.bids;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.bidding.boundary.Bids;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.BidStatus;
import org.gongjian.bidding.entity.Competition;

/** The committee's view of its units' bids in the host's competitions, those awaiting endorsement first. */
@Named
@RequestScoped
public class UnitBidsBacking {

    @Inject
    Bids bids;

    private List<Bid> list;
    private final Map<Long, Competition> competitions = new HashMap<>();

    public void load() {
        list = bids.ofTenant().stream().filter(b -> competition(b).isHosts())
                .sorted((a, b) -> Boolean.compare(b.getStatus() == BidStatus.AWAITING_ENDORSEMENT, a.getStatus() == BidStatus.AWAITING_ENDORSEMENT))
                .toList();
    }

    private Competition competition(Bid bid) {
        return competitions.computeIfAbsent(bid.getCompetitionId(), bids::competition);
    }

    public String topic(Bid bid) {
        return competition(bid).getTopic();
    }

    public List<Bid> getBids() {
        return list;
    }
}
