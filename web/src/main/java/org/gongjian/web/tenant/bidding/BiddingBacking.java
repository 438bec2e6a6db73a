package org.gongjian.web.tenant.bidding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.bidding.boundary.Bids;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.tenant.control.CurrentTenant;

/** A unit's competitions: those taking bids it may bid in, and its own bids; starting a bid opens its page. */
@Named
@RequestScoped
public class BiddingBacking {

    @Inject
    Bids bids;

    @Inject
    CurrentTenant tenant;

    private List<Competition> open;
    private List<Bid> mine;
    private final Map<Long, Competition> competitions = new HashMap<>();

    /** Reads the lists; a postback reads them before its button is found in them. */
    public void load() {
        if (open != null) {
            return;
        }
        open = bids.open();
        mine = bids.mine();
        open.forEach(c -> competitions.put(c.getId(), c));
    }

    /** Gets or starts the unit's bid in the competition and opens it. */
    public String start(long competitionId) {
        Bid bid = bids.start(competitionId);
        return "/tenant/bidding/bid?faces-redirect=true&bid=" + bid.getId();
    }

    public boolean hasBid(Competition competition) {
        return getMine().stream().anyMatch(b -> b.getCompetitionId().equals(competition.getId()));
    }

    public String topic(Bid bid) {
        return competitions.computeIfAbsent(bid.getCompetitionId(), bids::competition).getTopic();
    }

    public boolean needsConfirmation(Bid bid) {
        return bid.needsConfirmation(competitions.computeIfAbsent(bid.getCompetitionId(), bids::competition).getConditionsVersion());
    }

    public List<Competition> getOpen() {
        load();
        return open;
    }

    public List<Bid> getMine() {
        load();
        return mine;
    }
}
