package org.gongjian.bidding.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.gongjian.bidding.control.SealedPlans;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.BiddingNews;
import org.gongjian.bidding.entity.BidVersion;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.notification.control.Notifier;
import org.gongjian.notification.control.Recipients;
import org.gongjian.platform.DatabaseClock;
import org.gongjian.project.control.WonProjects;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.entity.Tenant;

/**
 * A competition's consequences in one bidder's tenant, each call in a transaction of its own bound
 * to that tenant: telling the unit, and opening a winner's project with its support funds granted.
 * Called only by {@link org.gongjian.bidding.control.BidderNotices}, after the organiser's change committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BidderTenants {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    SealedPlans plans;

    @Inject
    WonProjects projects;

    @Inject
    DatabaseClock clock;

    public void tell(BiddingNews.Bidder bidder, String key, List<String> arguments) {
        session.enter(bidder.tenantId());
        notifier.notify(em.find(Tenant.class, bidder.tenantId()), recipients.speakingFor(ProjectOwner.ofUnit(bidder.unitId())),
                null, key, arguments);
    }

    /** Opens the winner's project unless it is open already; the bid row is locked so it opens once. */
    public void openProject(long competitionId, BiddingNews.Bidder bidder) {
        session.enter(bidder.tenantId());
        Bid bid = em.find(Bid.class, bidder.bidId(), LockModeType.PESSIMISTIC_WRITE);
        Competition competition = em.find(Competition.class, competitionId);
        if (bid == null || competition == null || bid.getProjectId() != null || !competition.isOpened()) {
            return;
        }
        BidVersion counted = em.createNamedQuery(BidVersion.OF_BID, BidVersion.class).setParameter("bid", bid.getId())
                .getResultList().stream().max(Comparator.comparingInt(BidVersion::getNumber)).orElseThrow();
        var plan = plans.open(competition, counted).content().plan();
        Tenant tenant = em.find(Tenant.class, bidder.tenantId());
        LocalDate today = clock.now().atZoneSameInstant(java.time.ZoneId.of(tenant.getTimeZone())).toLocalDate();
        Project project = projects.open(bidder.tenantId(), bid.getUnitId(), competitionId, competition.getYear(), plan,
                competition.getFundsPerWinner(), today, competition.getTopic(), competition.getAnnouncedBy());
        bid.opened(project.getId());
        notifier.notify(tenant, recipients.speakingFor(ProjectOwner.ofUnit(bid.getUnitId())), project.getId(),
                "competition.news.projectOpened", List.of(competition.getTopic(), project.getTitle()));
    }
}
