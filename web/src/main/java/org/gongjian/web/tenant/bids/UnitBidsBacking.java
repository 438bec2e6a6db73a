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
import org.gongjian.platform.BusinessException;
import org.gongjian.web.api.FilterParameters;
import org.gongjian.web.faces.Messages;

/**
 * The committee's view of its units' bids in the host's competitions, those awaiting endorsement
 * first; with a year ({@code ?year=2026&status=SUBMITTED}, as the dashboard links) the year's bids of
 * its units in every competition, its own too, of that status.
 */
@Named
@RequestScoped
public class UnitBidsBacking {

    @Inject
    Bids bids;

    private List<Bid> list;
    private final Map<Long, Competition> competitions = new HashMap<>();

    private String year;
    private String status;
    private String shownYear;

    public void load() {
        Integer chosenYear;
        BidStatus chosenStatus;
        try {
            chosenYear = FilterParameters.year(year);
            chosenStatus = FilterParameters.choice(BidStatus.class, "status", status);
        } catch (BusinessException unreadable) {
            list = List.of();
            Messages.refuseAddress(unreadable);
            return;
        }
        shownYear = chosenYear == null ? null : chosenYear.toString();
        list = bids.ofTenant().stream()
                .filter(b -> chosenYear == null ? competition(b).isHosts() : competition(b).getYear() == chosenYear)
                .filter(b -> chosenStatus == null || b.getStatus() == chosenStatus)
                .sorted((a, b) -> Boolean.compare(b.getStatus() == BidStatus.AWAITING_ENDORSEMENT, a.getStatus() == BidStatus.AWAITING_ENDORSEMENT))
                .toList();
    }

    private Competition competition(Bid bid) {
        return competitions.computeIfAbsent(bid.getCompetitionId(), bids::competition);
    }

    /** A bid in the host's competition has its own page; one in the tenant's own competition leads to that competition. */
    public boolean hosts(Bid bid) {
        return competition(bid).isHosts();
    }

    /** The year the list is narrowed to, once read, as text (a year is no number to group). */
    public String getShownYear() {
        return shownYear;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String topic(Bid bid) {
        return competition(bid).getTopic();
    }

    public List<Bid> getBids() {
        return list;
    }
}
