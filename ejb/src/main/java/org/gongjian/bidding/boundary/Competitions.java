package org.gongjian.bidding.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongjian.account.entity.Account;
import org.gongjian.audit.control.Audit;
import org.gongjian.bidding.control.BidRanking;
import org.gongjian.bidding.control.BidRecords;
import org.gongjian.platform.DatabaseClock;
import org.gongjian.bidding.control.CompetitionNews;
import org.gongjian.bidding.control.CompetitionScope;
import org.gongjian.bidding.control.Organiser;
import org.gongjian.bidding.control.Panels;
import org.gongjian.bidding.control.SealedPlans;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.BidOutcome;
import org.gongjian.bidding.entity.BidVersion;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.CompetitionField;
import org.gongjian.bidding.entity.CompetitionStatus;
import org.gongjian.bidding.entity.CompetitionTerms;
import org.gongjian.bidding.entity.ConflictOverride;
import org.gongjian.bidding.entity.Eligibility;
import org.gongjian.bidding.entity.Reviewer;
import org.gongjian.bidding.entity.Score;
import org.gongjian.config.control.ConfigHistory;
import org.gongjian.config.control.Templates;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenant.entity.Tenant;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.Criterion;

/**
 * The organiser's work on competitions: the host's (when no tenant is present and the caller is
 * the host's admin) or a tenant's (its admins, for its own units). Before the bids are opened the
 * organiser sees who bid and when, never what; opening is possible only after the deadline.
 */
@Stateless
public class Competitions {

    @PersistenceContext
    EntityManager em;

    @Inject
    CompetitionScope scope;

    @Inject
    DatabaseClock clock;

    @Inject
    SealedPlans plans;

    @Inject
    Panels panels;

    @Inject
    Audit audit;

    @Inject
    ConfigHistory configurations;

    @Inject
    Templates templates;

    @Inject
    CompetitionNews news;

    @Inject
    BidRecords records;

    public List<Competition> list() {
        Organiser organiser = scope.organiser();
        return organiser.isHost()
                ? em.createNamedQuery(Competition.OF_HOST, Competition.class).getResultList()
                : em.createNamedQuery(Competition.OF_ORGANISER, Competition.class).setParameter("tenant", organiser.tenantId()).getResultList();
    }

    public Competition find(long id) {
        return scope.organised(scope.organiser(), id);
    }

    /** The criteria a new competition starts from: the organiser's organisational criteria, as configured now. */
    public List<Criterion> defaults() {
        Organiser organiser = scope.organiser();
        if (organiser.isHost()) {
            return templates.all().get(0).scheme().criteriaOf(ChannelKind.ORGANISATIONAL);
        }
        return configurations.latest().map(c -> c.configuration().scheme().criteriaOf(ChannelKind.ORGANISATIONAL))
                .orElseGet(() -> templates.all().get(0).scheme().criteriaOf(ChannelKind.ORGANISATIONAL));
    }

    /** The tenants a host competition may be opened to. */
    public List<Tenant> tenants() {
        scope.organiser();
        return em.createNamedQuery(Tenant.ACTIVE, Tenant.class).getResultList();
    }

    /** The tenants a host competition open to chosen tenants is open to. */
    public Set<Long> chosenTenants(long id) {
        scope.organised(scope.organiser(), id);
        return Set.copyOf(em.createQuery("select t.tenantId from CompetitionTenant t where t.competitionId = :competition", Long.class)
                .setParameter("competition", id).getResultList());
    }

    public Competition create(CompetitionTerms terms) {
        Organiser organiser = scope.organiser();
        CompetitionTerms given = terms;
        if (given != null && given.criteria().isEmpty()) {
            given = new CompetitionTerms(terms.year(), terms.topic(), terms.rules(), terms.eligibility(), terms.tenantIds(),
                    defaults(), terms.deadline(), terms.winners(), terms.fundsPerWinner());
        }
        Competition competition = new Competition(organiser.tenantId(), organiser.zone(), given, plans.newDataKey(), audit.actor());
        em.persist(competition);
        em.flush();
        scope.organised(organiser, competition.getId());
        chooseTenants(competition, given);
        record(organiser, "competition.created", competition, null);
        return competition;
    }

    /**
     * Rewrites the conditions. After publishing, a change makes every bid already submitted count
     * only once its bidder confirms it again; the bidders are told.
     */
    public Competition edit(long id, CompetitionTerms terms) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        var before = competition.snapshot();
        boolean changed = competition.edit(terms, clock.now());
        chooseTenants(competition, terms);
        em.flush();
        audit.recordFor(organiser.tenantId(), changed ? "competition.conditionsChanged" : "competition.edited", "competition",
                competition.getId(), before, competition.snapshot());
        if (changed) {
            news.toBidders(competition, bids(competition).stream().filter(Bid::counts).toList(),
                    "competition.news.conditionsChanged", List.of(competition.getTopic()));
        }
        return competition;
    }

    public Competition publish(long id) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        var before = competition.snapshot();
        competition.publish(clock.now());
        record(organiser, "competition.published", competition, before);
        return competition;
    }

    public Competition cancel(long id, String reason) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        var before = competition.snapshot();
        competition.cancel(reason);
        record(organiser, "competition.cancelled", competition, before);
        news.toBidders(competition, bids(competition).stream().filter(b -> b.getSubmittedVersions() > 0).toList(),
                "competition.news.cancelled", List.of(competition.getTopic(), competition.getCancelReason()));
        return competition;
    }

    public List<PanelMember> panel(long id) {
        Organiser organiser = scope.organiser();
        scope.organised(organiser, id);
        return panels.of(id);
    }

    public List<PanelMember> addReviewer(long id, String login) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        if (competition.getStatus() == CompetitionStatus.ANNOUNCED || competition.getStatus() == CompetitionStatus.CANCELLED) {
            throw new BusinessException("competition.move.refused", "panel", competition.getStatus());
        }
        Account account = account(login);
        List<PanelMember> panel = panels.of(id);
        if (panel.stream().anyMatch(m -> m.accountId() == account.getId())) {
            return panel;
        }
        if (panel.size() >= Reviewer.MAX_PANEL) {
            throw new BusinessException("competition.panel.full", Reviewer.MAX_PANEL);
        }
        if (!organiser.isHost() && !Long.valueOf(organiser.tenantId()).equals(account.getTenantId())) {
            throw new BusinessException("competition.reviewer.outside", account.getLogin());
        }
        Reviewer reviewer = new Reviewer(id, account.getId(), audit.actor());
        em.persist(reviewer);
        em.flush();
        audit.recordFor(organiser.tenantId(), "competition.reviewerAdded", "competition", id, null, Map.of("reviewer", account.getLogin()));
        return panels.of(id);
    }

    public List<PanelMember> removeReviewer(long id, String login) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        Account account = account(login);
        if (competition.isOpened() && !em.createNamedQuery(Score.OF_REVIEWER, Score.class).setParameter("competition", id)
                .setParameter("account", account.getId()).getResultList().isEmpty()) {
            throw new BusinessException("competition.reviewer.scored", account.getLogin());
        }
        int removed = em.createQuery("delete from Reviewer r where r.competitionId = :competition and r.accountId = :account")
                .setParameter("competition", id).setParameter("account", account.getId()).executeUpdate();
        if (removed > 0) {
            audit.recordFor(organiser.tenantId(), "competition.reviewerRemoved", "competition", id, Map.of("reviewer", account.getLogin()), null);
        }
        return panels.of(id);
    }

    /** Who bid and when: names, states and the times of their submissions, never their content. */
    public List<BidderRow> bidders(long id) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        Map<Long, BidVersion> counted = records.counted(id);
        return bids(competition).stream().map(b -> new BidderRow(b.getId(), b.getTenantName(), b.getUnitName(), b.getStatus(),
                b.getSubmittedVersions(), counted.containsKey(b.getId()) ? counted.get(b.getId()).getSubmittedAt() : null,
                b.needsConfirmation(competition.getConditionsVersion()), b.getOutcome(), b.getProjectId())).toList();
    }

    /**
     * Opens the bids: only after the deadline by the database clock. Every counted version is
     * opened and checked against its receipt; the receipts are published with the result.
     */
    public List<Receipt> openBids(long id) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        var before = competition.snapshot();
        competition.openBids(audit.actor(), clock.now());
        em.flush();
        Map<Long, BidVersion> counted = records.counted(id);
        int broken = 0;
        for (Bid bid : bids(competition)) {
            BidVersion version = counted.get(bid.getId());
            if (version != null && bid.counts() && !bid.needsConfirmation(competition.getConditionsVersion())) {
                boolean intact = plans.open(competition, version).intact();
                version.checked(intact);
                broken += intact ? 0 : 1;
            }
        }
        var after = competition.snapshot();
        after.put("counted", counted.size());
        after.put("broken", broken);
        audit.recordFor(organiser.tenantId(), "competition.opened", "competition", id, before, after);
        return receipts(competition);
    }

    public Ranking ranking(long id) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        competition.requireOpened();
        return rank(competition);
    }

    /** One bid's counted version, opened: only once the bids are opened. */
    public OpenedPlan plan(long id, long bidId) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        competition.requireOpened();
        Bid bid = bid(competition, bidId);
        BidVersion version = records.counted(id).get(bidId);
        if (version == null) {
            throw new NotFoundException();
        }
        var opened = plans.open(competition, version);
        if (opened.content() == null) {
            throw new ConflictException("bid.seal.broken", version.getReceipt());
        }
        return new OpenedPlan(bid.getId(), bid.getTenantName(), bid.getUnitName(), version.getNumber(), version.getReceipt(),
                opened.content().plan(), opened.content().files(), opened.intact());
    }

    /** An attached file of an opened bid. */
    public BidFileContent file(long id, long bidId, long fileId) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        competition.requireOpened();
        bid(competition, bidId);
        return plans.openFile(competition, records.file(bidId, fileId));
    }

    /** Lets a reviewer score a bid despite a conflict of interest, for a recorded reason. */
    public ConflictOverride overrideConflict(long id, long bidId, String login, String reason) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        Bid bid = bid(competition, bidId);
        Account account = account(login);
        PanelMember member = panels.of(id).stream().filter(m -> m.accountId() == account.getId()).findFirst()
                .orElseThrow(() -> new BusinessException("competition.reviewer.notOnPanel", account.getLogin()));
        if (!member.conflictsWith(competition, bid)) {
            throw new BusinessException("competition.conflict.none", account.getLogin());
        }
        ConflictOverride override = new ConflictOverride(id, bidId, account.getId(), reason, audit.actor());
        em.persist(override);
        em.flush();
        audit.recordFor(organiser.tenantId(), "competition.conflictOverridden", "bid", bidId, null,
                Map.of("reviewer", account.getLogin(), "reason", override.getReason()));
        return override;
    }

    /** Chooses a bid as a winner (中标), up to the number the competition names; only a complete, ranked bid. */
    public Ranking confirmWinner(long id, long bidId) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        requireDeciding(competition);
        Ranking ranking = rank(competition);
        Ranking.Place place = ranking.places().stream().filter(p -> p.bidId() == bidId).findFirst().orElseThrow(NotFoundException::new);
        if (!place.complete()) {
            throw new ConflictException("competition.winner.incomplete");
        }
        if (ranking.places().stream().filter(p -> p.outcome() == BidOutcome.WON).count() >= competition.getWinners()) {
            throw new ConflictException("competition.winners.full", competition.getWinners());
        }
        BidVersion counted = records.counted(id).get(bidId);
        if (!Boolean.TRUE.equals(counted.getIntact())) {
            throw new ConflictException("bid.seal.broken", counted.getReceipt());
        }
        Bid bid = bid(competition, bidId);
        var before = bid.snapshot();
        bid.win();
        audit.recordFor(organiser.tenantId(), "bid.won", "bid", bidId, before, bid.snapshot());
        return rank(competition);
    }

    /**
     * A winner gives its place up, for a recorded reason; the place passes to the next complete bid
     * in the ranking that has not won or given up.
     */
    public Ranking withdrawWinner(long id, long bidId, String reason) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        requireDeciding(competition);
        Bid bid = bid(competition, bidId);
        var before = bid.snapshot();
        bid.giveUpWin(reason);
        audit.recordFor(organiser.tenantId(), "bid.gaveUp", "bid", bidId, before, bid.snapshot());
        em.flush();
        rank(competition).places().stream().filter(p -> p.complete() && p.outcome() == null).findFirst().ifPresent(next -> {
            Bid successor = bid(competition, next.bidId());
            var was = successor.snapshot();
            successor.win();
            audit.recordFor(organiser.tenantId(), "bid.won", "bid", successor.getId(), was, successor.snapshot());
        });
        return rank(competition);
    }

    /**
     * Publishes the winners (通报): the public page lists them with their plans' summaries. Each
     * winner's project is opened in its own tenant once this commits.
     */
    public Competition announce(long id) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        var before = competition.snapshot();
        List<Bid> winners = bids(competition).stream().filter(b -> b.getOutcome() == BidOutcome.WON).toList();
        if (winners.isEmpty()) {
            throw new BusinessException("competition.announce.noWinner");
        }
        competition.announce(audit.actor(), clock.now());
        Map<Long, BidVersion> counted = records.counted(id);
        for (Bid winner : winners) {
            var plan = plans.open(competition, counted.get(winner.getId())).content().plan();
            winner.announce(plan.title(), plan.content());
        }
        record(organiser, "competition.announced", competition, before);
        news.openProjects(competition, winners);
        return competition;
    }

    /** Opens the projects of winners whose project is not open yet (after a failure while announcing). */
    public Competition openProjects(long id) {
        Organiser organiser = scope.organiser();
        Competition competition = scope.organised(organiser, id);
        if (competition.getStatus() != CompetitionStatus.ANNOUNCED) {
            throw new BusinessException("competition.move.refused", "projects", competition.getStatus());
        }
        news.openProjects(competition, bids(competition).stream().filter(b -> b.getOutcome() == BidOutcome.WON && b.getProjectId() == null).toList());
        return competition;
    }

    public List<Receipt> receipts(Competition competition) {
        return records.counted(competition.getId()).values().stream()
                .map(v -> new Receipt(v.getBidId(), v.getNumber(), v.getReceipt(), v.getSubmittedAt(), v.getIntact())).toList();
    }

    private Ranking rank(Competition competition) {
        List<Bid> counting = bids(competition).stream()
                .filter(b -> b.counts() && !b.needsConfirmation(competition.getConditionsVersion())).toList();
        List<PanelMember> panel = panels.of(competition.getId());
        Set<String> overridden = new HashSet<>();
        em.createNamedQuery(ConflictOverride.OF_COMPETITION, ConflictOverride.class).setParameter("competition", competition.getId())
                .getResultList().forEach(o -> overridden.add(o.getBidId() + ":" + o.getAccountId()));
        Map<Long, Set<Long>> excused = new HashMap<>();
        for (Bid bid : counting) {
            Set<Long> kept = new HashSet<>();
            for (PanelMember member : panel) {
                if (member.conflictsWith(competition, bid) && !overridden.contains(bid.getId() + ":" + member.accountId())) {
                    kept.add(member.accountId());
                }
            }
            excused.put(bid.getId(), kept);
        }
        Map<Long, java.time.OffsetDateTime> submitted = new HashMap<>();
        records.counted(competition.getId()).forEach((bid, version) -> submitted.put(bid, version.getSubmittedAt()));
        List<Score> scores = em.createNamedQuery(Score.OF_COMPETITION, Score.class).setParameter("competition", competition.getId()).getResultList();
        return BidRanking.rank(competition, counting, panel, scores, submitted, excused);
    }

    private void requireDeciding(Competition competition) {
        if (competition.getStatus() != CompetitionStatus.OPENED) {
            throw new BusinessException("competition.move.refused", "winners", competition.getStatus());
        }
    }

    private List<Bid> bids(Competition competition) {
        return em.createNamedQuery(Bid.OF_COMPETITION, Bid.class).setParameter("competition", competition.getId()).getResultList();
    }

    private Bid bid(Competition competition, long bidId) {
        Bid bid = em.find(Bid.class, bidId);
        if (bid == null || !bid.getCompetitionId().equals(competition.getId())) {
            throw new NotFoundException();
        }
        return bid;
    }

    private void chooseTenants(Competition competition, CompetitionTerms terms) {
        if (!competition.isHosts()) {
            return;
        }
        em.createQuery("delete from CompetitionTenant t where t.competitionId = :competition")
                .setParameter("competition", competition.getId()).executeUpdate();
        if (competition.getEligibility() == Eligibility.CHOSEN_TENANTS) {
            for (Long tenantId : terms.tenantIds()) {
                if (tenantId == null || em.find(Tenant.class, tenantId) == null) {
                    throw new BusinessException("competition.tenants.unknown");
                }
                em.persist(new org.gongjian.bidding.entity.CompetitionTenant(competition.getId(), tenantId));
            }
        }
    }

    private Account account(String login) {
        String given = CompetitionField.LOGIN.required(login);
        return em.createQuery("select a from Account a where lower(a.login) = lower(:login) and a.active = true", Account.class)
                .setParameter("login", given).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("competition.reviewer.unknown", given));
    }

    private void record(Organiser organiser, String action, Competition competition, Map<String, Object> before) {
        em.flush();
        audit.recordFor(organiser.tenantId(), action, "competition", competition.getId(), before, competition.snapshot());
    }
}
