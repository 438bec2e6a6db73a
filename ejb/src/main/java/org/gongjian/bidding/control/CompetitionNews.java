package org.gongjian.bidding.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.BiddingNews;
import org.gongjian.bidding.entity.Competition;

/**
 * What a competition's change means for its bidders, sent once the change commits: bidders may sit
 * in other tenants than the organiser, and each tenant's inbox and projects are written in a
 * transaction bound to that tenant ({@link org.gongjian.bidding.boundary.BidderTenants}).
 */
@Dependent
public class CompetitionNews {

    @Inject
    Event<BiddingNews> news;

    public void toBidders(Competition competition, List<Bid> bids, String key, List<String> arguments) {
        if (!bids.isEmpty()) {
            news.fire(new BiddingNews(competition.getId(), bidders(bids), key, arguments, false));
        }
    }

    public void openProjects(Competition competition, List<Bid> winners) {
        if (!winners.isEmpty()) {
            news.fire(new BiddingNews(competition.getId(), bidders(winners), "competition.news.projectOpened",
                    List.of(competition.getTopic()), true));
        }
    }

    private static List<BiddingNews.Bidder> bidders(List<Bid> bids) {
        return bids.stream().map(b -> new BiddingNews.Bidder(b.getId(), b.getTenantId(), b.getUnitId())).toList();
    }
}
