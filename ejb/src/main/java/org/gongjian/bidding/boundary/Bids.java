package org.gongjian.bidding.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.bidding.control.BidRecords;
import org.gongjian.bidding.control.SealedPlans;
import org.gongjian.bidding.control.Sealer;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.BidFile;
import org.gongjian.bidding.entity.BidStatus;
import org.gongjian.bidding.entity.BidVersion;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.CompetitionStatus;
import org.gongjian.config.control.ConfigHistory;
import org.gongjian.notification.control.Notifier;
import org.gongjian.notification.control.Recipients;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.DatabaseClock;
import org.gongjian.platform.NotFoundException;
import org.gongjian.platform.Refusals;
import org.gongjian.project.control.ReceivedFile;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.tenant.entity.Tenant;
import org.gongjian.tenantconfig.Category;
import org.gongjian.unit.entity.Unit;

/**
 * The bidders' side, in the bidder's tenant: a unit drafts its bid, submits it (a tenant's own
 * competition) or hands it to its committee, whose admins submit it (呈报) or return it (a host
 * competition). Only the bidder's side reads the plan before the bids are opened. Every
 * submission seals a new version with a receipt, refused by the database clock after the deadline.
 */
@Stateless
@TenantBound
@TenantRoles({Role.Names.UNIT_MEMBER, Role.Names.TENANT_ADMIN})
public class Bids {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    SealedPlans plans;

    @Inject
    DatabaseClock clock;

    @Inject
    Audit audit;

    @Inject
    ConfigHistory configurations;

    @Inject
    BidRecords records;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;


    /** The competitions taking bids that the caller's unit (or, for admins, the tenant's units) may bid in. */
    public List<Competition> open() {
        return em.createNamedQuery(Competition.TAKING_BIDS, Competition.class).setParameter("tenant", tenant.id()).getResultList();
    }

    /** A competition the tenant's units may bid in or have bid in; 404 for any other. */
    public Competition competition(long competitionId) {
        Competition competition = em.find(Competition.class, competitionId);
        if (competition == null || competition.getStatus() == CompetitionStatus.DRAFT) {
            throw new NotFoundException();
        }
        return competition;
    }

    /** The unit's own bids, newest first. */
    @TenantRoles(Role.Names.UNIT_MEMBER)
    public List<Bid> mine() {
        return em.createNamedQuery(Bid.OF_UNIT, Bid.class).setParameter("tenant", tenant.id()).setParameter("unit", tenant.unitId())
                .getResultList();
    }

    /** The bids of the tenant's units, for its admins (status and receipts; plans only for the host's competitions). */
    @TenantRoles(Role.Names.TENANT_ADMIN)
    public List<Bid> ofTenant() {
        return em.createNamedQuery(Bid.OF_TENANT, Bid.class).setParameter("tenant", tenant.id()).getResultList();
    }

    /** The unit's bid in the competition, started as an empty draft if it has none. */
    @TenantRoles(Role.Names.UNIT_MEMBER)
    public Bid start(long competitionId) {
        Competition competition = competition(competitionId);
        em.lock(em.find(Unit.class, tenant.unitId()), LockModeType.PESSIMISTIC_WRITE);
        List<Bid> existing = em.createNamedQuery(Bid.BY_UNIT, Bid.class).setParameter("competition", competitionId)
                .setParameter("tenant", tenant.id()).setParameter("unit", tenant.unitId()).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        competition.requireTakingBids(clock.now());
        Unit unit = em.find(Unit.class, tenant.unitId());
        Tenant own = em.find(Tenant.class, tenant.id());
        Bid bid = new Bid(competition, tenant.id(), unit.getId(), unit.getName(), own.getNameZh(), audit.actor());
        em.persist(bid);
        em.flush();
        audit.record("bid.started", "bid", bid.getId(), null, bid.snapshot());
        return bid;
    }

    public Bid find(long bidId) {
        return readable(bidId);
    }

    /** The plan being edited: the bidder's side only. */
    public Declaration plan(long bidId) {
        Bid bid = readable(bidId);
        return plans.draft(competitionOf(bid), bid);
    }

    /** Keeps the plan as a draft (sealed); a submitted bid's last version still counts until it is submitted again. */
    @TenantRoles(Role.Names.UNIT_MEMBER)
    public Bid save(long bidId, Declaration plan) {
        Bid bid = ownUnits(bidId);
        Competition competition = competitionOf(bid);
        competition.requireTakingBids(clock.now());
        Declaration given = plan == null ? Declaration.empty() : plan;
        if (!given.formatProblems().isEmpty()) {
            throw new BusinessException(given.formatProblems());
        }
        if (given.categoryKey() != null && !categories().contains(given.categoryKey())) {
            throw new BusinessException("declaration.category.required");
        }
        var before = bid.snapshot();
        bid.redraft(plans.sealDraft(competition, bid, given));
        audit.record("bid.saved", "bid", bidId, before, bid.snapshot());
        return bid;
    }

    @TenantRoles(Role.Names.UNIT_MEMBER)
    public BidFile attach(long bidId, String fileName, byte[] content) {
        Bid bid = ownUnits(bidId);
        Competition competition = competitionOf(bid);
        competition.requireTakingBids(clock.now());
        ReceivedFile received = ReceivedFile.of(fileName, content);
        if (em.createNamedQuery(BidFile.OF_BID, BidFile.class).setParameter("bid", bidId).getResultList().size() >= 20) {
            throw new BusinessException("bid.files.many", 20);
        }
        BidFile file = new BidFile(bid, received.name(), received.type().mediaType(), content.length,
                Sealer.sha256(content), audit.actor());
        em.persist(file);
        em.flush();
        plans.sealFile(competition, file, content);
        audit.record("bid.fileAdded", "bid", bidId, null, Map.of("file", file.getId(), "sha256", file.getSha256()));
        return file;
    }

    public List<BidFile> files(long bidId) {
        Bid bid = readable(bidId);
        return plans.named(competitionOf(bid), em.createNamedQuery(BidFile.OF_BID, BidFile.class).setParameter("bid", bidId).getResultList());
    }

    public BidFileContent openFile(long bidId, long fileId) {
        Bid bid = readable(bidId);
        return plans.openFile(competitionOf(bid), fileOf(bidId, fileId));
    }

    /** Removes a file no submitted version names. */
    @TenantRoles(Role.Names.UNIT_MEMBER)
    public void removeFile(long bidId, long fileId) {
        Bid bid = ownUnits(bidId);
        competitionOf(bid).requireTakingBids(clock.now());
        BidFile file = fileOf(bidId, fileId);
        if (bid.getSubmittedVersions() > 0 && namedBySubmittedVersion(bid, file)) {
            throw new BusinessException("bid.file.submitted", file.getName());
        }
        em.remove(file);
        audit.record("bid.fileRemoved", "bid", bidId, Map.of("file", fileId, "sha256", file.getSha256()), null);
    }

    /**
     * The unit submits: for a tenant's own competition a new sealed version with its receipt; for a
     * host competition the bid goes to the committee's admins to endorse (null receipt).
     */
    @TenantRoles(Role.Names.UNIT_MEMBER)
    public Receipt submit(long bidId) {
        Bid bid = locked(ownUnits(bidId));
        Competition competition = competitionOf(bid);
        competition.requireTakingBids(clock.now());
        Declaration plan = complete(bid, competition);
        if (competition.isHosts()) {
            if (bid.getStatus() == BidStatus.AWAITING_ENDORSEMENT) {
                return null;
            }
            var before = bid.snapshot();
            bid.handToCommittee();
            audit.record("bid.handedToCommittee", "bid", bidId, before, bid.snapshot());
            notifier.notify(em.find(Tenant.class, tenant.id()), recipients.admins(), null, "bid.news.awaitingEndorsement",
                    List.of(bid.getUnitName(), competition.getTopic()));
            return null;
        }
        return seal(bid, competition, plan);
    }

    /** The committee submits (呈报) its unit's bid in a host competition: a new sealed version with its receipt. */
    @TenantRoles(Role.Names.TENANT_ADMIN)
    public Receipt endorse(long bidId) {
        Bid bid = locked(awaiting(bidId));
        Competition competition = competitionOf(bid);
        competition.requireTakingBids(clock.now());
        Declaration plan = complete(bid, competition);
        if (bid.getStatus() == BidStatus.SUBMITTED) {
            return sameAsCounted(bid, competition, plan).orElseThrow(() -> new BusinessException("bid.move.refused", "endorse", bid.getStatus()));
        }
        if (bid.getStatus() != BidStatus.AWAITING_ENDORSEMENT) {
            throw new BusinessException("bid.move.refused", "endorse", bid.getStatus());
        }
        return seal(bid, competition, plan);
    }

    @TenantRoles(Role.Names.TENANT_ADMIN)
    public Bid returnToUnit(long bidId, String reason) {
        Bid bid = awaiting(bidId);
        var before = bid.snapshot();
        bid.returnToUnit(reason);
        audit.record("bid.returned", "bid", bidId, before, bid.snapshot());
        notifier.notify(em.find(Tenant.class, tenant.id()), recipients.speakingFor(ProjectOwner.ofUnit(bid.getUnitId())),
                null, "bid.news.returned", List.of(competitionOf(bid).getTopic(), bid.getReturnReason()));
        return bid;
    }

    @TenantRoles(Role.Names.UNIT_MEMBER)
    public Bid withdraw(long bidId) {
        Bid bid = ownUnits(bidId);
        competitionOf(bid).requireTakingBids(clock.now());
        var before = bid.snapshot();
        bid.withdraw();
        audit.record("bid.withdrawn", "bid", bidId, before, bid.snapshot());
        return bid;
    }

    /**
     * Accepts the competition's changed conditions, so the submitted bid counts again: the unit for a
     * tenant's competition, the committee's admins for a host competition.
     */
    public Bid confirm(long bidId) {
        Bid bid = readable(bidId);
        Competition competition = competitionOf(bid);
        if (competition.isHosts() ? !tenant.isAdmin() : !bid.getUnitId().equals(tenant.unitId())) {
            throw new BusinessException("bid.confirm.who");
        }
        competition.requireTakingBids(clock.now());
        var before = bid.snapshot();
        bid.confirm(competition.getConditionsVersion());
        audit.record("bid.confirmed", "bid", bidId, before, bid.snapshot());
        return bid;
    }

    /** Every submitted version's receipt, newest first. */
    public List<Receipt> versions(long bidId) {
        readable(bidId);
        return em.createNamedQuery(BidVersion.OF_BID, BidVersion.class).setParameter("bid", bidId).getResultList().stream()
                .map(v -> new Receipt(v.getBidId(), v.getNumber(), v.getReceipt(), v.getSubmittedAt(), v.getIntact())).toList();
    }

    /**
     * Seals the plan as the next version. Submitting again what the counted version already holds,
     * as a double click or a retried request does, returns that version's receipt instead.
     */
    private Receipt seal(Bid bid, Competition competition, Declaration plan) {
        var before = bid.snapshot();
        List<BidFile> files = em.createNamedQuery(BidFile.OF_BID, BidFile.class).setParameter("bid", bid.getId()).getResultList();
        if (bid.getStatus() == BidStatus.SUBMITTED) {
            Optional<Receipt> same = sameAsCounted(bid, competition, plan);
            if (same.isPresent()) {
                return same.get();
            }
        }
        int number = bid.submitted(competition.getConditionsVersion());
        var sealing = plans.sealVersion(competition, bid, number, plan, files);
        BidVersion version = new BidVersion(bid, number, sealing.sealed(), sealing.receipt(), audit.actor());
        em.persist(version);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Refusals.check(e)) {
                throw new ConflictException("competition.deadline.passed", competition.getDeadline());
            }
            throw e;
        }
        em.refresh(version);
        var after = bid.snapshot();
        after.put("receipt", version.getReceipt());
        audit.record("bid.submitted", "bid", bid.getId(), before, after);
        if (competition.isHosts()) {
            notifier.notify(em.find(Tenant.class, tenant.id()), recipients.speakingFor(ProjectOwner.ofUnit(bid.getUnitId())),
                    null, "bid.news.endorsed", List.of(competition.getTopic(), version.getReceipt()));
        }
        return new Receipt(bid.getId(), number, version.getReceipt(), version.getSubmittedAt(), null);
    }

    /** The tenant's project categories, as configured now: a winning bid's project takes one of them. */
    private Set<String> categories() {
        return configurations.latest()
                .map(c -> c.configuration().categories().stream().map(Category::key).collect(Collectors.toSet())).orElse(Set.of());
    }

    /** The counted version's receipt when the plan and files are what it holds and its conditions still stand. */
    private Optional<Receipt> sameAsCounted(Bid bid, Competition competition, Declaration plan) {
        if (bid.needsConfirmation(competition.getConditionsVersion())) {
            return Optional.empty();
        }
        List<BidFile> files = em.createNamedQuery(BidFile.OF_BID, BidFile.class).setParameter("bid", bid.getId()).getResultList();
        String receipt = plans.receiptOf(plan, files);
        return em.createNamedQuery(BidVersion.OF_BID, BidVersion.class).setParameter("bid", bid.getId()).getResultStream().findFirst()
                .filter(last -> last.getReceipt().equals(receipt))
                .map(last -> new Receipt(bid.getId(), last.getNumber(), last.getReceipt(), last.getSubmittedAt(), null));
    }

    /** The draft plan, complete enough to submit: every declaration field, one of the tenant's categories. */
    private Declaration complete(Bid bid, Competition competition) {
        Declaration plan = plans.draft(competition, bid);
        List<BusinessException.Reason> problems = plan.completenessProblems(categories());
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
        return plan;
    }

    /**
     * A bid the caller may read before the bids are opened: its own unit's, or, for a host
     * competition, any of the tenant's units' when the caller is one of the tenant's admins (who endorse).
     */
    private Bid readable(long bidId) {
        Bid bid = em.find(Bid.class, bidId);
        if (bid == null || !bid.getTenantId().equals(tenant.id())) {
            throw new NotFoundException();
        }
        boolean ownUnit = bid.getUnitId().equals(tenant.unitId());
        if (!ownUnit && !(tenant.isAdmin() && competitionOf(bid).isHosts())) {
            throw new NotFoundException();
        }
        return bid;
    }

    /** The bid, re-read and locked for this change: concurrent submissions of one bid take turns. */
    private Bid locked(Bid bid) {
        em.refresh(bid, LockModeType.PESSIMISTIC_WRITE);
        return bid;
    }

    private Bid ownUnits(long bidId) {
        Bid bid = readable(bidId);
        if (!bid.getUnitId().equals(tenant.unitId())) {
            throw new NotFoundException();
        }
        return bid;
    }

    private Bid awaiting(long bidId) {
        Bid bid = readable(bidId);
        if (!competitionOf(bid).isHosts()) {
            throw new NotFoundException();
        }
        return bid;
    }

    private Competition competitionOf(Bid bid) {
        Competition competition = em.find(Competition.class, bid.getCompetitionId());
        if (competition == null) {
            throw new NotFoundException();
        }
        return competition;
    }

    private BidFile fileOf(long bidId, long fileId) {
        BidFile file = records.file(bidId, fileId);
        return plans.named(competitionOf(em.find(Bid.class, bidId)), List.of(file)).get(0);
    }

    private boolean namedBySubmittedVersion(Bid bid, BidFile file) {
        Competition competition = competitionOf(bid);
        return em.createNamedQuery(BidVersion.OF_BID, BidVersion.class).setParameter("bid", bid.getId()).getResultList().stream()
                .anyMatch(v -> plans.open(competition, v).content().files().stream().anyMatch(f -> f.id() == file.getId()));
    }
}
