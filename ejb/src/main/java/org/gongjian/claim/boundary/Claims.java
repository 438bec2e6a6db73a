package org.gongjian.claim.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongjian.account.entity.Role;
import org.gongjian.platform.DatabaseClock;
import org.gongjian.claim.control.BoardRecords;
import org.gongjian.claim.control.ClaimNews;
import org.gongjian.claim.control.Organisations;
import org.gongjian.claim.entity.BoardFile;
import org.gongjian.claim.entity.BoardMove;
import org.gongjian.claim.entity.Claim;
import org.gongjian.claim.entity.ClaimBoard;
import org.gongjian.claim.entity.ClaimForm;
import org.gongjian.claim.entity.ClaimStatus;
import org.gongjian.claim.entity.ClaimableItem;
import org.gongjian.claim.entity.ItemStatus;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.control.AttachmentStore;
import org.gongjian.project.control.ClaimedProjects;
import org.gongjian.project.control.ReceivedFile;
import org.gongjian.project.control.StoredFile;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Project;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;

/**
 * Claims on the tenant's items. A claimant organisation or one of the tenant's units claims a
 * published item inside its window; on a first-come board the claim takes a place at once, on a
 * confirm board the admins confirm or refuse it. The item's row is locked for every claim and
 * decision on it, so places and "one live claim per organisation" are decided one at a time; the
 * database refuses anything that slips past (see the package's description). A claim made twice
 * by the same organisation (a double click, a retried request) is the same claim.
 */
@Stateless
@TenantBound
@TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
public class Claims {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    DatabaseClock clock;

    @Inject
    BoardRecords records;

    @Inject
    ClaimNews news;

    @Inject
    Organisations organisations;

    @Inject
    AttachmentStore store;

    @Inject
    ClaimedProjects claimedProjects;

    /** A published or closed item, as an organisation about to claim it sees it. */
    public ClaimableItem item(long itemId) {
        ClaimableItem item = em.find(ClaimableItem.class, itemId);
        if (item == null || item.getStatus() == ItemStatus.DRAFT && !tenant.isAdmin()) {
            throw new NotFoundException();
        }
        return item;
    }

    public ClaimBoard boardOf(ClaimableItem item) {
        return em.find(ClaimBoard.class, item.getBoardId());
    }

    /** Claims the item for the caller's organisation, or returns its live claim on it; a malformed form is refused either way. */
    @TenantRoles({Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
    public Claim claim(long itemId, ClaimForm form) {
        ClaimForm checked = (form == null ? new ClaimForm(null, null, null, null, null) : form).checked();
        ClaimableItem item = em.find(ClaimableItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null || item.getStatus() == ItemStatus.DRAFT) {
            throw new NotFoundException();
        }
        Long claimantId = tenant.claimantId();
        Long unitId = claimantId == null ? tenant.unitId() : null;
        if (claimantId == null && unitId == null) {
            throw new EJBAccessException("an account that speaks for no organisation");
        }
        var live = (claimantId != null
                ? em.createNamedQuery(Claim.LIVE_OF_CLAIMANT, Claim.class).setParameter("claimant", claimantId)
                : em.createNamedQuery(Claim.LIVE_OF_UNIT, Claim.class).setParameter("unit", unitId))
                .setParameter("item", itemId).getResultList();
        if (!live.isEmpty()) {
            return live.get(0);
        }
        ClaimBoard board = boardOf(item);
        Claim claim = item.claim(claimantId, unitId, checked, board.getMode(), clock.now(), records.actor());
        em.persist(claim);
        em.flush();
        records.record("claim.make", "claim", claim.getId(), null, claim.snapshot());
        String organisation = organisationOf(claim);
        news.toAdmins("claim.make", List.of(item.getTitle(), organisation));
        if (claim.getStatus() == ClaimStatus.ACCEPTED) {
            openProject(claim, item, board);
            news.toClaimant(claim, "claim.accept", List.of(item.getTitle()));
        }
        return claim;
    }

    /** The claimant takes back its claim before a decision. */
    @TenantRoles({Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
    public Claim withdraw(long claimId) {
        Claim claim = own(claimId);
        ClaimableItem item = lockedItemOf(claim);
        var before = claim.snapshot();
        claim.withdraw(records.actor());
        records.record("claim.withdraw", "claim", claimId, before, claim.snapshot());
        news.toAdmins("claim.withdraw", List.of(item.getTitle(), organisationOf(claim)));
        return claim;
    }

    /** The caller's organisation's claims, newest first. */
    @TenantRoles({Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
    public List<ClaimRow> mine() {
        List<Claim> claims = tenant.claimantId() != null
                ? em.createNamedQuery(Claim.OF_CLAIMANT, Claim.class).setParameter("claimant", tenant.claimantId()).getResultList()
                : em.createNamedQuery(Claim.OF_UNIT, Claim.class).setParameter("unit", tenant.unitId()).getResultList();
        return rows(claims);
    }

    /** Every claim on the item, in the order they were made. */
    @TenantRoles(Role.Names.TENANT_ADMIN)
    public List<ClaimRow> ofItem(long itemId) {
        item(itemId);
        return rows(em.createNamedQuery(Claim.OF_ITEM, Claim.class).setParameter("item", itemId).getResultList());
    }

    /** The claim, for the admins or the organisation that made it. */
    public ClaimRow find(long claimId) {
        Claim claim = readable(claimId);
        return new ClaimRow(claim, organisationOf(claim), em.find(ClaimableItem.class, claim.getItemId()).getTitle());
    }

    /** Confirms a pending claim after weighing it, taking one of the item's places. */
    @TenantRoles(Role.Names.TENANT_ADMIN)
    public Claim confirm(long claimId) {
        Claim claim = existing(claimId);
        ClaimableItem item = lockedItemOf(claim);
        var before = claim.snapshot();
        claim.confirm(item, records.actor());
        em.flush();
        openProject(claim, item, boardOf(item));
        records.record("claim.accept", "claim", claimId, before, claim.snapshot());
        news.toClaimant(claim, "claim.accept", List.of(item.getTitle()));
        return claim;
    }

    @TenantRoles(Role.Names.TENANT_ADMIN)
    public Claim refuse(long claimId, String reason) {
        Claim claim = existing(claimId);
        ClaimableItem item = lockedItemOf(claim);
        var before = claim.snapshot();
        claim.refuse(reason, records.actor());
        records.record("claim.refuse", "claim", claimId, before, claim.snapshot());
        news.toClaimant(claim, "claim.refuse", List.of(item.getTitle(), claim.getDecisionReason()));
        return claim;
    }

    /** Gives an accepted claim's place back, with a reason its organisation is told. */
    @TenantRoles(Role.Names.TENANT_ADMIN)
    public Claim release(long claimId, String reason) {
        Claim claim = existing(claimId);
        ClaimableItem item = lockedItemOf(claim);
        var before = claim.snapshot();
        claim.release(item, reason, records.actor());
        records.record("claim.release", "claim", claimId, before, claim.snapshot());
        news.toClaimant(claim, "claim.release", List.of(item.getTitle(), claim.getDecisionReason()));
        return claim;
    }

    /** Attaches a file to the caller's live claim. */
    @TenantRoles({Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
    public BoardFile attach(long claimId, String fileName, byte[] content) {
        Claim claim = own(claimId);
        if (!claim.getStatus().isLive()) {
            throw new BusinessException("claim.move.refused", BoardMove.ATTACH, claim.getStatus());
        }
        ReceivedFile file = ReceivedFile.of(fileName, content);
        BoardFile attachment = BoardFile.ofClaim(claimId, file.name(), file.type().mediaType(), content.length,
                store.put(content), records.actor());
        em.persist(attachment);
        em.flush();
        records.record("claim.attachment.add", "claim", claimId, null, attachment.snapshot());
        return attachment;
    }

    public List<BoardFile> files(long claimId) {
        readable(claimId);
        return em.createNamedQuery(BoardFile.OF_CLAIM, BoardFile.class).setParameter("claim", claimId).getResultList();
    }

    public StoredFile openFile(long claimId, long fileId) {
        readable(claimId);
        BoardFile file = em.find(BoardFile.class, fileId);
        if (file == null || !Long.valueOf(claimId).equals(file.getClaimId())) {
            throw new NotFoundException();
        }
        return new StoredFile(file.getFileName(), file.getContentType(), file.getSize(), store.file(file.getStorageKey()));
    }

    /** The accepted claim opens its project, approved (立项), owned by the organisation that claimed. */
    private void openProject(Claim claim, ClaimableItem item, ClaimBoard board) {
        Declaration plan = new Declaration(item.getTitle(), board.getCategoryKey(), claim.getReasons(), claim.getPlan(), null,
                List.of(), List.of(), claim.resources(), List.of());
        Project project = claimedProjects.open(claim.owner(), board.getYear(), board.getCategoryKey(), item.getTitle(), plan,
                records.actor());
        claim.opened(project.getId());
    }

    private Claim existing(long claimId) {
        Claim claim = em.find(Claim.class, claimId);
        if (claim == null) {
            throw new NotFoundException();
        }
        return claim;
    }

    /** The claim if the caller is an admin or speaks for its organisation; others learn nothing of it. */
    private Claim readable(long claimId) {
        Claim claim = existing(claimId);
        if (!tenant.isAdmin() && !tenant.speaksFor(claim.owner())) {
            throw new NotFoundException();
        }
        return claim;
    }

    private Claim own(long claimId) {
        Claim claim = existing(claimId);
        if (!tenant.speaksFor(claim.owner())) {
            throw new NotFoundException();
        }
        return claim;
    }

    /** Locks the claim's item first, as every claim on it does, then reads the claim again under that lock. */
    private ClaimableItem lockedItemOf(Claim claim) {
        ClaimableItem item = em.find(ClaimableItem.class, claim.getItemId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(claim);
        return item;
    }


    private String organisationOf(Claim claim) {
        return claim.getClaimantId() != null ? organisations.claimantName(claim.getClaimantId())
                : organisations.unitName(claim.getUnitId());
    }

    private List<ClaimRow> rows(List<Claim> claims) {
        Organisations.Names names = organisations.names();
        Map<Long, String> titles = claims.isEmpty() ? Map.of()
                : em.createNamedQuery(ClaimableItem.ALL_TITLES, Object[].class).getResultStream()
                        .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        return claims.stream().map(claim -> new ClaimRow(claim, names.of(claim.getClaimantId(), claim.getUnitId()),
                titles.get(claim.getItemId()))).toList();
    }
}
