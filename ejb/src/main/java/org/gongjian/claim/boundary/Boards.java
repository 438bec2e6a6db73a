package org.gongjian.claim.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;
import org.gongjian.account.entity.Role;
import org.gongjian.claim.control.BoardRecords;
import org.gongjian.claim.control.ClaimNews;
import org.gongjian.claim.entity.BoardFile;
import org.gongjian.claim.entity.BoardMode;
import org.gongjian.claim.entity.Claim;
import org.gongjian.claim.entity.ClaimBoard;
import org.gongjian.claim.entity.ClaimableItem;
import org.gongjian.claim.entity.ItemDetails;
import org.gongjian.claim.entity.ItemStatus;
import org.gongjian.claim.entity.Sector;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.boundary.Projects;
import org.gongjian.project.control.AttachmentStore;
import org.gongjian.project.control.ReceivedFile;
import org.gongjian.project.control.StoredFile;
import org.gongjian.project.entity.FileType;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.tenant.entity.Tenant;

/**
 * The tenant's claim boards as its admins keep them: a board per year with its sectors and
 * claimable items. An item is written as a draft, published, closed or withdrawn; its places never
 * drop below the claims already accepted. Every change is audited and reaches the public board at
 * once.
 */
@Stateless
@TenantBound
@TenantRoles(Role.Names.TENANT_ADMIN)
public class Boards {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    Projects projects;

    @Inject
    BoardRecords records;

    @Inject
    ClaimNews news;

    @Inject
    AttachmentStore store;

    public List<ClaimBoard> boards() {
        return em.createNamedQuery(ClaimBoard.ALL, ClaimBoard.class).getResultList();
    }

    public ClaimBoard board(long id) {
        return found(em.find(ClaimBoard.class, id));
    }

    /** A board for a year whose round is open; its projects' category is one of that round's. */
    public ClaimBoard createBoard(int year, String title, BoardMode mode, String categoryKey) {
        ClaimBoard board = new ClaimBoard(year, title, mode, categoryKey);
        requireCategory(year, categoryKey);
        if (!em.createNamedQuery(ClaimBoard.OF_YEAR, ClaimBoard.class).setParameter("year", year).getResultList().isEmpty()) {
            throw new BusinessException("board.year.taken", String.valueOf(year));
        }
        em.persist(board);
        em.flush();
        records.record("board.create", "claim_board", board.getId(), null, board.snapshot());
        return board;
    }

    /** The way claims are decided stays as it is once an item has been published. */
    public ClaimBoard editBoard(long id, String title, BoardMode mode, String categoryKey) {
        ClaimBoard board = board(id);
        var before = board.snapshot();
        if (mode != board.getMode() && items(id).stream().anyMatch(item -> item.getStatus() != ItemStatus.DRAFT)) {
            throw new BusinessException("board.mode.fixed");
        }
        requireCategory(board.getYear(), categoryKey);
        board.edit(title, mode, categoryKey);
        records.record("board.edit", "claim_board", id, before, board.snapshot());
        return board;
    }

    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
    public List<Sector> sectors(long boardId) {
        board(boardId);
        return em.createNamedQuery(Sector.OF_BOARD, Sector.class).setParameter("board", boardId).getResultList();
    }

    public Sector addSector(long boardId, String name, int position) {
        board(boardId);
        Sector sector = new Sector(boardId, name, position);
        requireUniqueName(boardId, sector.getName(), null);
        em.persist(sector);
        em.flush();
        records.record("sector.add", "sector", sector.getId(), null, sector.snapshot());
        return sector;
    }

    public Sector editSector(long id, String name, int position) {
        Sector sector = found(em.find(Sector.class, id));
        var before = sector.snapshot();
        sector.edit(name, position);
        requireUniqueName(sector.getBoardId(), sector.getName(), id);
        records.record("sector.edit", "sector", id, before, sector.snapshot());
        return sector;
    }

    /** Removes a sector that holds no item. */
    public void removeSector(long id) {
        Sector sector = found(em.find(Sector.class, id));
        if (em.createNamedQuery(ClaimableItem.IN_SECTOR, Long.class).setParameter("sector", id).getSingleResult() > 0) {
            throw new BusinessException("sector.notEmpty");
        }
        records.record("sector.remove", "sector", id, sector.snapshot(), null);
        em.remove(sector);
    }

    public List<ClaimableItem> items(long boardId) {
        board(boardId);
        return em.createNamedQuery(ClaimableItem.OF_BOARD, ClaimableItem.class).setParameter("board", boardId).getResultList();
    }

    public ClaimableItem item(long id) {
        return found(em.find(ClaimableItem.class, id));
    }

    public ClaimableItem createItem(long boardId, ItemDetails details) {
        board(boardId);
        requireSectorOf(boardId, details.sectorId());
        ClaimableItem item = new ClaimableItem(boardId, details, zone());
        em.persist(item);
        em.flush();
        records.record("item.create", "claimable_item", item.getId(), null, item.snapshot());
        return item;
    }

    public ClaimableItem editItem(long id, ItemDetails details) {
        ClaimableItem item = locked(id);
        var before = item.snapshot();
        requireSectorOf(item.getBoardId(), details.sectorId());
        item.edit(details, zone());
        records.record("item.edit", "claimable_item", id, before, item.snapshot());
        return item;
    }

    public ClaimableItem publish(long id) {
        ClaimableItem item = locked(id);
        var before = item.snapshot();
        item.publish();
        records.record("item.publish", "claimable_item", id, before, item.snapshot());
        return item;
    }

    public ClaimableItem close(long id) {
        ClaimableItem item = locked(id);
        var before = item.snapshot();
        item.close();
        records.record("item.close", "claimable_item", id, before, item.snapshot());
        return item;
    }

    /** Takes the item off the board; each live claim on it is cancelled and its organisation told why. */
    public ClaimableItem withdraw(long id, String reason) {
        ClaimableItem item = locked(id);
        var before = item.snapshot();
        item.withdraw(reason);
        for (Claim claim : em.createNamedQuery(Claim.LIVE_OF_ITEM, Claim.class).setParameter("item", id).getResultList()) {
            var claimBefore = claim.snapshot();
            claim.cancel(item, item.getWithdrawalReason(), records.actor());
            records.record("claim.cancel", "claim", claim.getId(), claimBefore, claim.snapshot());
            news.toClaimant(claim, "claim.cancel", List.of(item.getTitle(), item.getWithdrawalReason()));
        }
        records.record("item.withdraw", "claimable_item", id, before, item.snapshot());
        return item;
    }

    /** Changes the number of places; never below the claims already accepted. */
    public ClaimableItem changeCapacity(long id, Integer places) {
        ClaimableItem item = locked(id);
        var before = item.snapshot();
        item.changeCapacity(places);
        records.record("item.capacity", "claimable_item", id, before, item.snapshot());
        return item;
    }

    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
    public List<BoardFile> photos(long itemId) {
        shown(itemId);
        return em.createNamedQuery(BoardFile.OF_ITEM, BoardFile.class).setParameter("item", itemId).getResultList();
    }

    /** Adds a photo (PNG or JPEG) of the item, shown on the public board. */
    public BoardFile addPhoto(long itemId, String fileName, byte[] content) {
        ClaimableItem item = item(itemId);
        ReceivedFile file = ReceivedFile.of(fileName, content);
        if (file.type() != FileType.PNG && file.type() != FileType.JPEG) {
            throw new BusinessException("item.photo.type");
        }
        BoardFile photo = BoardFile.photo(item.getId(), file.name(), file.type().mediaType(), content.length,
                store.put(content), records.actor());
        em.persist(photo);
        em.flush();
        records.record("item.photo.add", "claimable_item", itemId, null, photo.snapshot());
        return photo;
    }

    public void removePhoto(long itemId, long photoId) {
        BoardFile photo = found(em.find(BoardFile.class, photoId));
        if (!Long.valueOf(itemId).equals(photo.getItemId())) {
            throw new NotFoundException();
        }
        records.record("item.photo.remove", "claimable_item", itemId, photo.snapshot(), null);
        em.remove(photo);
        store.removeAfterCommit(photo.getStorageKey());
    }

    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
    public StoredFile openPhoto(long itemId, long photoId) {
        shown(itemId);
        BoardFile photo = found(em.find(BoardFile.class, photoId));
        if (!Long.valueOf(itemId).equals(photo.getItemId())) {
            throw new NotFoundException();
        }
        return new StoredFile(photo.getFileName(), photo.getContentType(), photo.getSize(), store.file(photo.getStorageKey()));
    }

    /** The item, if the caller may see it: its admins always, the tenant's other members once it is published. */
    private ClaimableItem shown(long itemId) {
        ClaimableItem item = item(itemId);
        if (item.getStatus() == ItemStatus.DRAFT && !tenant.isAdmin()) {
            throw new NotFoundException();
        }
        return item;
    }

    private ClaimableItem locked(long id) {
        return found(em.find(ClaimableItem.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private void requireCategory(int year, String categoryKey) {
        if (projects.categories(year).stream().noneMatch(category -> category.key().equals(categoryKey))) {
            throw new BusinessException("board.category.unknown", categoryKey, String.valueOf(year));
        }
    }

    private void requireSectorOf(long boardId, Long sectorId) {
        if (sectorId == null) {
            throw new BusinessException("item.sector.required");
        }
        Sector sector = em.find(Sector.class, sectorId);
        if (sector == null || !sector.getBoardId().equals(boardId)) {
            throw new BusinessException("item.sector.required");
        }
    }

    private void requireUniqueName(long boardId, String name, Long self) {
        boolean taken = em.createNamedQuery(Sector.OF_BOARD, Sector.class).setParameter("board", boardId).getResultStream()
                .anyMatch(other -> other.getName().equals(name) && !other.getId().equals(self));
        if (taken) {
            throw new BusinessException("sector.name.taken", name);
        }
    }

    private ZoneId zone() {
        return ZoneId.of(em.find(Tenant.class, tenant.id()).getTimeZone());
    }

    private static <T> T found(T entity) {
        if (entity == null) {
            throw new NotFoundException();
        }
        return entity;
    }
}
