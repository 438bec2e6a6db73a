package org.gongjian.bidding.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gongjian.bidding.control.BidRecords;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.BidOutcome;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.CompetitionStatus;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.entity.Tenant;

/**
 * What anyone may read of competitions, without signing in, in a read-only transaction whose
 * policies show only opened and announced competitions: the receipts of the counted bids once
 * opened, and the winners with their plans' summaries once announced.
 */
@Stateless
public class PublicCompetitions {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    BidRecords records;

    /** Announced competitions, newest first. */
    public List<Competition> announced() {
        session.readOnlyPublicCompetitions();
        return em.createQuery("select c from Competition c where c.status = :status order by c.announcedAt desc, c.id desc", Competition.class)
                .setParameter("status", CompetitionStatus.ANNOUNCED).getResultList();
    }

    public Optional<Announcement> announcement(long competitionId) {
        session.readOnlyPublicCompetitions();
        Competition competition = em.find(Competition.class, competitionId);
        if (competition == null) {
            return Optional.empty();
        }
        String organiser = competition.isHosts() ? null
                : Optional.ofNullable(em.find(Tenant.class, competition.getOrganiserTenantId())).map(Tenant::getNameZh).orElse(null);
        List<Announcement.Winner> winners = competition.getStatus() != CompetitionStatus.ANNOUNCED ? List.of()
                : em.createNamedQuery(Bid.OF_COMPETITION, Bid.class).setParameter("competition", competitionId).getResultList().stream()
                        .filter(b -> b.getOutcome() == BidOutcome.WON)
                        .map(b -> new Announcement.Winner(b.getTenantName(), b.getUnitName(), b.getAnnouncedTitle(), b.getAnnouncedSummary()))
                        .toList();
        List<Receipt> receipts = records.counted(competitionId).values().stream().filter(v -> v.getIntact() != null)
                .map(v -> new Receipt(v.getBidId(), v.getNumber(), v.getReceipt(), v.getSubmittedAt(), v.getIntact())).toList();
        return Optional.of(new Announcement(competition, organiser, winners, receipts));
    }
}
