package org.gongjian.claim.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * An organisation's claim on an item: a claimant organisation's or one of the tenant's own units'.
 * PENDING (or, on a first-come board, ACCEPTED at once) → ACCEPTED or REFUSED by the admins;
 * WITHDRAWN by the claimant before a decision; RELEASED by the admins after acceptance; CANCELLED
 * when its item is withdrawn. Made only through {@link ClaimableItem#claim}.
 */
@Entity
@NamedQuery(name = Claim.OF_ITEM, query = "select c from Claim c where c.itemId = :item order by c.claimedAt, c.id")
@NamedQuery(name = Claim.LIVE_OF_ITEM, query = "select c from Claim c where c.itemId = :item"
        + " and c.status in (org.gongjian.claim.entity.ClaimStatus.PENDING, org.gongjian.claim.entity.ClaimStatus.ACCEPTED)")
@NamedQuery(name = Claim.LIVE_OF_CLAIMANT, query = "select c from Claim c where c.itemId = :item and c.claimantId = :claimant"
        + " and c.status in (org.gongjian.claim.entity.ClaimStatus.PENDING, org.gongjian.claim.entity.ClaimStatus.ACCEPTED)")
@NamedQuery(name = Claim.LIVE_OF_UNIT, query = "select c from Claim c where c.itemId = :item and c.unitId = :unit"
        + " and c.status in (org.gongjian.claim.entity.ClaimStatus.PENDING, org.gongjian.claim.entity.ClaimStatus.ACCEPTED)")
@NamedQuery(name = Claim.OF_CLAIMANT, query = "select c from Claim c where c.claimantId = :claimant order by c.claimedAt desc, c.id desc")
@NamedQuery(name = Claim.OF_UNIT, query = "select c from Claim c where c.unitId = :unit order by c.claimedAt desc, c.id desc")
public class Claim extends TenantOwned {

    public static final String OF_ITEM = "Claim.ofItem";
    public static final String LIVE_OF_ITEM = "Claim.liveOfItem";
    public static final String LIVE_OF_CLAIMANT = "Claim.liveOfClaimant";
    public static final String LIVE_OF_UNIT = "Claim.liveOfUnit";
    public static final String OF_CLAIMANT = "Claim.ofClaimant";
    public static final String OF_UNIT = "Claim.ofUnit";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", updatable = false)
    private Long itemId;
    @Column(name = "claimant_id", updatable = false)
    private Long claimantId;
    @Column(name = "unit_id", updatable = false)
    private Long unitId;
    private String plan;
    private String reasons;
    @Column(name = "party_resources")
    private String partyResources;
    @Column(name = "administrative_resources")
    private String administrativeResources;
    @Column(name = "enterprise_resources")
    private String enterpriseResources;
    @Enumerated(EnumType.STRING)
    private ClaimStatus status;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "project_id")
    private Long projectId;
    @Column(name = "claimed_by", updatable = false)
    private String claimedBy;
    @Column(name = "claimed_at", insertable = false, updatable = false)
    private OffsetDateTime claimedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Version
    private long version;

    protected Claim() {
    }

    Claim(Long itemId, Long claimantId, Long unitId, ClaimForm form, String by) {
        if ((claimantId == null) == (unitId == null)) {
            throw new BusinessException("claim.owner.required");
        }
        this.itemId = itemId;
        this.claimantId = claimantId;
        this.unitId = unitId;
        this.plan = ClaimField.PLAN.required(form.plan());
        this.reasons = ClaimField.REASONS.required(form.reasons());
        this.partyResources = ClaimField.PARTY_RESOURCES.optional(form.partyResources());
        this.administrativeResources = ClaimField.ADMINISTRATIVE_RESOURCES.optional(form.administrativeResources());
        this.enterpriseResources = ClaimField.ENTERPRISE_RESOURCES.optional(form.enterpriseResources());
        this.claimedBy = by;
        this.status = ClaimStatus.PENDING;
    }

    /** The admins confirm a pending claim after weighing it, taking one of the item's places. */
    public void confirm(ClaimableItem item, String by) {
        require(status == ClaimStatus.PENDING, BoardMove.CONFIRM);
        if (item.getStatus() != ItemStatus.PUBLISHED && item.getStatus() != ItemStatus.CLOSED) {
            throw new ConflictException("claim.item.notOpen");
        }
        item.takePlace();
        decide(ClaimStatus.ACCEPTED, null, by);
    }

    /** Accepted at once on a first-come board. */
    void acceptAtOnce(ClaimableItem item) {
        item.takePlace();
        status = ClaimStatus.ACCEPTED;
        decidedBy = claimedBy;
        decidedAt = OffsetDateTime.now();
    }

    public void refuse(String reason, String by) {
        require(status == ClaimStatus.PENDING, BoardMove.REFUSE);
        decide(ClaimStatus.REFUSED, ClaimField.DECISION_REASON.required(reason), by);
    }

    /** The claimant takes its claim back before a decision. */
    public void withdraw(String by) {
        require(status == ClaimStatus.PENDING, BoardMove.WITHDRAW_CLAIM);
        decide(ClaimStatus.WITHDRAWN, null, by);
    }

    /** The admins give an accepted claim's place back, with a reason. */
    public void release(ClaimableItem item, String reason, String by) {
        require(status == ClaimStatus.ACCEPTED, BoardMove.RELEASE);
        String why = ClaimField.DECISION_REASON.required(reason);
        item.givePlace();
        decide(ClaimStatus.RELEASED, why, by);
    }

    /** The item was withdrawn: the claim ends with the item's reason. */
    public void cancel(ClaimableItem item, String reason, String by) {
        require(status.isLive(), BoardMove.CANCEL);
        if (status == ClaimStatus.ACCEPTED) {
            item.givePlace();
        }
        decide(ClaimStatus.CANCELLED, reason, by);
    }

    /** The project the accepted claim opened. */
    public void opened(long projectId) {
        require(status == ClaimStatus.ACCEPTED && this.projectId == null, BoardMove.OPEN_PROJECT);
        this.projectId = projectId;
    }

    private void decide(ClaimStatus next, String reason, String by) {
        status = next;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = OffsetDateTime.now();
    }

    private void require(boolean allowed, BoardMove move) {
        if (!allowed) {
            throw new BusinessException("claim.move.refused", move, status);
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("item", itemId);
        state.put(claimantId != null ? "claimant" : "unit", claimantId != null ? claimantId : unitId);
        state.put("status", status);
        if (decisionReason != null) {
            state.put("reason", decisionReason);
        }
        if (projectId != null) {
            state.put("project", projectId);
        }
        return state;
    }

    /** The resources the claim brings, one kind a line, as its project's organisational measures. */
    public String resources() {
        StringBuilder text = new StringBuilder();
        line(text, "党组织资源", partyResources);
        line(text, "行政资源", administrativeResources);
        line(text, "企业资源", enterpriseResources);
        return text.isEmpty() ? null : text.toString();
    }

    private static void line(StringBuilder text, String kind, String resources) {
        if (resources != null) {
            text.append(text.isEmpty() ? "" : "\n").append(kind).append("：").append(resources);
        }
    }

    /** The organisation that made the claim, as the owner of the project it opens. */
    public ProjectOwner owner() {
        return claimantId != null ? ProjectOwner.ofClaimant(claimantId) : ProjectOwner.ofUnit(unitId);
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getClaimantId() {
        return claimantId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getPlan() {
        return plan;
    }

    public String getReasons() {
        return reasons;
    }

    public String getPartyResources() {
        return partyResources;
    }

    public String getAdministrativeResources() {
        return administrativeResources;
    }

    public String getEnterpriseResources() {
        return enterpriseResources;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public OffsetDateTime getClaimedAt() {
        return claimedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
