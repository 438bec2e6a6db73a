package org.gongjian.bidding.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongjian.audit.control.Audit;
import org.gongjian.bidding.control.BidRecords;
import org.gongjian.bidding.control.CompetitionScope;
import org.gongjian.bidding.control.Panels;
import org.gongjian.bidding.control.SealedPlans;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.BidVersion;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.ConflictOverride;
import org.gongjian.bidding.entity.Score;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenantconfig.Criterion;

/**
 * A reviewer's work, for any signed-in account on a competition's panel: once the bids are opened,
 * the bids it may score (not those of its own tenant or unit, unless the organiser overrode the
 * conflict), and its points on every criterion within the criterion's scale.
 */
@Stateless
public class Reviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    CompetitionScope scope;

    @Inject
    Panels panels;

    @Inject
    SealedPlans plans;

    @Inject
    Audit audit;

    @Inject
    TenantSession session;

    @Inject
    BidRecords records;

    /** The competitions the caller sits on the panel of, newest first. */
    public List<Competition> mine() {
        long account = scope.reviewer();
        return em.createNamedQuery(Competition.ON_PANEL, Competition.class).setParameter("account", account).getResultList();
    }

    /** What the caller scores in one opened competition. */
    public ReviewSheet sheet(long competitionId) {
        long account = scope.reviewer();
        Competition competition = scope.reviewed(competitionId);
        competition.requireOpened();
        List<OpenedPlan> bids = new ArrayList<>();
        Map<Long, BidVersion> counted = records.counted(competitionId);
        for (Bid bid : scoreable(competition, account)) {
            BidVersion version = counted.get(bid.getId());
            var opened = plans.open(competition, version);
            if (opened.content() == null) {
                continue;
            }
            bids.add(new OpenedPlan(bid.getId(), bid.getTenantName(), bid.getUnitName(), version.getNumber(), version.getReceipt(),
                    opened.content().plan(), opened.content().files(), opened.intact()));
        }
        Map<Long, Map<String, Score>> mine = new HashMap<>();
        for (Score score : em.createNamedQuery(Score.OF_REVIEWER, Score.class).setParameter("competition", competitionId)
                .setParameter("account", account).getResultList()) {
            mine.computeIfAbsent(score.getBidId(), k -> new LinkedHashMap<>()).put(score.getCriterionKey(), score);
        }
        return new ReviewSheet(competition, bids, mine);
    }

    /** Scores one bid on every criterion of the competition; a later call replaces the caller's earlier points. */
    public List<Score> score(long competitionId, long bidId, List<ScoreEntry> entries) {
        long account = scope.reviewer();
        Competition competition = scope.reviewed(competitionId);
        competition.requireOpened();
        if (competition.getStatus() != org.gongjian.bidding.entity.CompetitionStatus.OPENED) {
            throw new BusinessException("review.closed");
        }
        Bid bid = scoreable(competition, account).stream().filter(b -> b.getId() == bidId).findFirst().orElseThrow(NotFoundException::new);
        Map<String, ScoreEntry> given = new HashMap<>();
        for (ScoreEntry entry : entries == null ? List.<ScoreEntry>of() : entries) {
            if (entry == null || entry.criterion() == null || given.put(entry.criterion(), entry) != null) {
                throw new BusinessException("review.criterion.repeated");
            }
        }
        Set<String> known = new HashSet<>();
        competition.getCriteria().forEach(c -> known.add(c.key()));
        if (!known.containsAll(given.keySet())) {
            throw new BusinessException("review.criterion.unknown");
        }
        Map<String, Score> existing = new HashMap<>();
        em.createNamedQuery(Score.OF_REVIEWER, Score.class).setParameter("competition", competitionId).setParameter("account", account)
                .getResultList().stream().filter(s -> s.getBidId() == bidId).forEach(s -> existing.put(s.getCriterionKey(), s));
        Map<String, Object> before = points(existing);
        List<Score> scores = new ArrayList<>();
        for (Criterion criterion : competition.getCriteria()) {
            ScoreEntry entry = given.get(criterion.key());
            if (entry == null) {
                throw new BusinessException("review.points.required", criterion.name().zh());
            }
            Score score = existing.get(criterion.key());
            if (score == null) {
                score = new Score(competitionId, bid.getId(), account, criterion.key());
                score.give(criterion, entry.points(), entry.note());
                em.persist(score);
            } else {
                score.give(criterion, entry.points(), entry.note());
            }
            scores.add(score);
        }
        em.flush();
        Map<String, Score> after = new HashMap<>();
        scores.forEach(s -> after.put(s.getCriterionKey(), s));
        if (!competition.isHosts()) {
            // a tenant's reviewers are its own accounts; the record goes to its trail
            session.enter(competition.getOrganiserTenantId());
        }
        audit.recordFor(competition.getOrganiserTenantId(), "review.scored", "bid", bidId, before.isEmpty() ? null : before, points(after));
        return scores;
    }

    /** An attached file of a bid the reviewer may score, once the bids are opened. */
    public BidFileContent file(long competitionId, long bidId, long fileId) {
        long account = scope.reviewer();
        Competition competition = scope.reviewed(competitionId);
        competition.requireOpened();
        scoreable(competition, account).stream().filter(b -> b.getId() == bidId).findFirst().orElseThrow(NotFoundException::new);
        return plans.openFile(competition, records.file(bidId, fileId));
    }

    /** The counted bids the reviewer may score: conflicts kept out unless overridden. */
    private List<Bid> scoreable(Competition competition, long account) {
        PanelMember me = panels.of(competition.getId()).stream().filter(m -> m.accountId() == account).findFirst()
                .orElseThrow(NotFoundException::new);
        Set<Long> overridden = new HashSet<>();
        em.createNamedQuery(ConflictOverride.OF_COMPETITION, ConflictOverride.class).setParameter("competition", competition.getId())
                .getResultList().stream().filter(o -> o.getAccountId() == account).forEach(o -> overridden.add(o.getBidId()));
        return em.createNamedQuery(Bid.OF_COMPETITION, Bid.class).setParameter("competition", competition.getId()).getResultList().stream()
                .filter(b -> b.counts() && !b.needsConfirmation(competition.getConditionsVersion()))
                .filter(b -> !me.conflictsWith(competition, b) || overridden.contains(b.getId()))
                .toList();
    }

    private static Map<String, Object> points(Map<String, Score> scores) {
        Map<String, Object> state = new LinkedHashMap<>();
        scores.forEach((key, score) -> state.put(key, score.getPoints().toPlainString()));
        return state;
    }
}
