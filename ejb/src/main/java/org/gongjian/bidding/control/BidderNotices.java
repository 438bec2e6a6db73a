package org.gongjian.bidding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongjian.bidding.boundary.BidderTenants;
import org.gongjian.bidding.entity.BiddingNews;

/**
 * Carries out {@link BiddingNews} after its change committed, one bidder at a time, each in a
 * transaction of the bidder's tenant. A failure leaves that bidder's part undone and logged; opening
 * projects is repeatable from the competition's page.
 */
@ApplicationScoped
public class BidderNotices {

    private static final Logger LOG = Logger.getLogger(BidderNotices.class.getName());

    @Inject
    BidderTenants tenants;

    void after(@Observes(during = TransactionPhase.AFTER_SUCCESS) BiddingNews news) {
        for (BiddingNews.Bidder bidder : news.bidders()) {
            try {
                if (news.openProjects()) {
                    tenants.openProject(news.competitionId(), bidder);
                } else {
                    tenants.tell(bidder, news.key(), news.arguments());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "competition " + news.competitionId() + ", bid " + bidder.bidId() + ": " + news.key(), e);
            }
        }
    }
}
