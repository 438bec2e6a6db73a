package org.gongjian.claim.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.project.entity.Yuan;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * A claimable item (标的) of a board: a need packaged for organisations to take, with a number of
 * places and a claim window. Moves DRAFT → PUBLISHED → CLOSED, or to WITHDRAWN with a reason. Its
 * count of accepted claims is the database's (the claim trigger keeps it, a check bounds it by
 * the places); this entity mirrors it for the claim it has just taken.
 */
@Entity
@Table(name = "claimable_item")
@NamedQuery(name = ClaimableItem.OF_BOARD, query = "select i from ClaimableItem i where i.boardId = :board order by i.sectorId, i.id")
@NamedQuery(name = ClaimableItem.ALL_TITLES, query = "select i.id, i.title from ClaimableItem i")
@NamedQuery(name = ClaimableItem.IN_SECTOR, query = "select count(i) from ClaimableItem i where i.sectorId = :sector")
public class ClaimableItem extends TenantOwned {

    public static final String OF_BOARD = "ClaimableItem.ofBoard";
    public static final String ALL_TITLES = "ClaimableItem.allTitles";
    public static final String IN_SECTOR = "ClaimableItem.inSector";
    public static final int MAX_CAPACITY = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "board_id", updatable = false)
    private Long boardId;
    @Column(name = "sector_id")
    private Long sectorId;
    private String title;
    private String need;
    @Column(name = "expected_results")
    private String expectedResults;
    private String offer;
    @Column(name = "offered_funds")
    private BigDecimal offeredFunds;
    private String contact;
    private int capacity;
    @Column(insertable = false, updatable = false)
    private int accepted;
    @Column(name = "opens_at")
    private OffsetDateTime opensAt;
    @Column(name = "closes_at")
    private OffsetDateTime closesAt;
    @Enumerated(EnumType.STRING)
    private ItemStatus status;
    @Column(name = "withdrawal_reason")
    private String withdrawalReason;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    private long version;

    protected ClaimableItem() {
    }

    /** A new draft item of a board; the window is read in the tenant's time zone. */
    public ClaimableItem(long boardId, ItemDetails details, ZoneId zone) {
        this.boardId = boardId;
        this.status = ItemStatus.DRAFT;
        edit(details, zone);
    }

    /** Rewrites the item; the places never drop below the claims already accepted. */
    public void edit(ItemDetails details, ZoneId zone) {
        if (status == ItemStatus.WITHDRAWN || status == ItemStatus.CLOSED) {
            throw new BusinessException("item.move.refused", BoardMove.EDIT, status);
        }
        if (details.sectorId() == null) {
            throw new BusinessException("item.sector.required");
        }
        if (details.opensAt() == null || details.closesAt() == null) {
            throw new BusinessException("item.window.required");
        }
        if (!details.opensAt().isBefore(details.closesAt())) {
            throw new BusinessException("item.window.order");
        }
        checkYear(details.opensAt());
        checkYear(details.closesAt());
        this.sectorId = details.sectorId();
        this.title = ClaimField.ITEM_TITLE.required(details.title());
        this.need = ClaimField.NEED.required(details.need());
        this.expectedResults = ClaimField.EXPECTED_RESULTS.optional(details.expectedResults());
        this.offer = ClaimField.OFFER.optional(details.offer());
        this.offeredFunds = details.offeredFunds() == null ? null : Yuan.of(details.offeredFunds(), true);
        this.contact = ClaimField.CONTACT.optional(details.contact());
        changeCapacity(details.capacity());
        this.opensAt = local(details.opensAt(), zone);
        this.closesAt = local(details.closesAt(), zone);
        touch();
    }

    /** Sets the number of places; never fewer than the claims already accepted. */
    public void changeCapacity(Integer places) {
        if (places == null || places < 1 || places > MAX_CAPACITY) {
            throw new BusinessException("item.capacity.invalid", 1, MAX_CAPACITY);
        }
        if (places < accepted) {
            throw new BusinessException("item.capacity.belowAccepted", accepted);
        }
        this.capacity = places;
        touch();
    }

    public void publish() {
        require(status == ItemStatus.DRAFT, BoardMove.PUBLISH);
        status = ItemStatus.PUBLISHED;
        touch();
    }

    /** Ends claiming now; the item stays on the board with its claimants. */
    public void close() {
        require(status == ItemStatus.PUBLISHED, BoardMove.CLOSE);
        status = ItemStatus.CLOSED;
        touch();
    }

    /** Takes the item off the board; its live claims are cancelled with the same reason. */
    public void withdraw(String reason) {
        require(status == ItemStatus.PUBLISHED || status == ItemStatus.CLOSED, BoardMove.WITHDRAW_ITEM);
        withdrawalReason = ClaimField.DECISION_REASON.required(reason);
        status = ItemStatus.WITHDRAWN;
        touch();
    }

    /** Whether a claim made at this moment (the database's clock) is inside the window of a published item. */
    public boolean isOpenAt(OffsetDateTime now) {
        return status == ItemStatus.PUBLISHED && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** Refuses a claim outside the window; the database refuses it too. */
    public void requireOpenAt(OffsetDateTime now) {
        if (status != ItemStatus.PUBLISHED) {
            throw new ConflictException("claim.item.notOpen");
        }
        if (now.isBefore(opensAt)) {
            throw new ConflictException("claim.window.notYet");
        }
        if (!now.isBefore(closesAt)) {
            throw new ConflictException("claim.window.ended");
        }
    }

    /**
     * A claim by a claimant organisation or by one of the tenant's units (exactly one), made at
     * {@code now} by the database's clock: pending on a confirm board, accepted at once on a
     * first-come board while places remain.
     */
    public Claim claim(Long claimantId, Long unitId, ClaimForm form, BoardMode mode, OffsetDateTime now, String by) {
        requireOpenAt(now);
        if (mode == BoardMode.FIRST_COME && remaining() <= 0) {
            throw new ConflictException("claim.full");
        }
        Claim claim = new Claim(id, claimantId, unitId, form, by);
        if (mode == BoardMode.FIRST_COME) {
            claim.acceptAtOnce(this);
        }
        return claim;
    }

    public int remaining() {
        return capacity - accepted;
    }

    /** Takes a place for a claim accepted in this transaction (the trigger counts it in the database). */
    void takePlace() {
        if (accepted >= capacity) {
            throw new ConflictException("claim.full");
        }
        accepted++;
    }

    /** Gives back the place of a claim released or cancelled in this transaction. */
    void givePlace() {
        accepted--;
    }

    private void require(boolean allowed, BoardMove move) {
        if (!allowed) {
            throw new BusinessException("item.move.refused", move, status);
        }
    }

    private static void checkYear(LocalDateTime moment) {
        if (moment.getYear() < 2000 || moment.getYear() > 2100) {
            throw new BusinessException("item.window.year", "2000", "2100");
        }
    }

    private static OffsetDateTime local(LocalDateTime moment, ZoneId zone) {
        return moment.atZone(zone).toOffsetDateTime();
    }

    private void touch() {
        updatedAt = OffsetDateTime.now();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("sector", sectorId);
        state.put("title", title);
        state.put("capacity", capacity);
        state.put("accepted", accepted);
        state.put("opensAt", opensAt == null ? null : opensAt.toString());
        state.put("closesAt", closesAt == null ? null : closesAt.toString());
        state.put("status", status);
        state.put("offeredFunds", offeredFunds == null ? null : offeredFunds.toPlainString());
        if (withdrawalReason != null) {
            state.put("reason", withdrawalReason);
        }
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getBoardId() {
        return boardId;
    }

    public Long getSectorId() {
        return sectorId;
    }

    public String getTitle() {
        return title;
    }

    public String getNeed() {
        return need;
    }

    public String getExpectedResults() {
        return expectedResults;
    }

    public String getOffer() {
        return offer;
    }

    public BigDecimal getOfferedFunds() {
        return offeredFunds;
    }

    public String getContact() {
        return contact;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getAccepted() {
        return accepted;
    }

    public OffsetDateTime getOpensAt() {
        return opensAt;
    }

    public OffsetDateTime getClosesAt() {
        return closesAt;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
