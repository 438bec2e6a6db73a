package org.gongjian.bidding.entity;

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

/**
 * A unit's bid in a competition, kept in the bidder's tenant. Its plan is held sealed ({@link #draft});
 * every submission adds a sealed {@link BidVersion} with a receipt, and the last one counts. For a
 * host competition the unit hands the bid to its committee, which submits it (呈报) or returns it.
 * A bid made under earlier conditions counts again only once it is confirmed.
 */
@Entity
@NamedQuery(name = Bid.OF_COMPETITION, query = "select b from Bid b where b.competitionId = :competition order by b.id")
@NamedQuery(name = Bid.OF_UNIT, query = "select b from Bid b where b.tenantId = :tenant and b.unitId = :unit order by b.id desc")
@NamedQuery(name = Bid.OF_TENANT, query = "select b from Bid b where b.tenantId = :tenant order by b.updatedAt desc, b.id desc")
@NamedQuery(name = Bid.BY_UNIT, query = "select b from Bid b where b.competitionId = :competition and b.tenantId = :tenant and b.unitId = :unit")
public class Bid {

    public static final String OF_COMPETITION = "Bid.ofCompetition";
    public static final String OF_UNIT = "Bid.ofUnit";
    public static final String OF_TENANT = "Bid.ofTenant";
    public static final String BY_UNIT = "Bid.byUnit";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "competition_id", updatable = false)
    private Long competitionId;
    @Column(name = "tenant_id", updatable = false)
    private Long tenantId;
    @Column(name = "unit_id", updatable = false)
    private Long unitId;
    @Column(name = "unit_name")
    private String unitName;
    @Column(name = "tenant_name")
    private String tenantName;
    @Enumerated(EnumType.STRING)
    private BidStatus status;
    private byte[] draft;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "submitted_versions")
    private int submittedVersions;
    @Column(name = "confirmed_conditions")
    private int confirmedConditions;
    @Enumerated(EnumType.STRING)
    private BidOutcome outcome;
    @Column(name = "outcome_reason")
    private String outcomeReason;
    @Column(name = "announced_title")
    private String announcedTitle;
    @Column(name = "announced_summary")
    private String announcedSummary;
    @Column(name = "project_id")
    private Long projectId;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    private long version;

    protected Bid() {
    }

    public Bid(Competition competition, long tenantId, long unitId, String unitName, String tenantName, String by) {
        this.competitionId = competition.getId();
        this.tenantId = tenantId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.tenantName = tenantName;
        this.status = BidStatus.DRAFT;
        this.confirmedConditions = competition.getConditionsVersion();
        this.createdBy = by;
        this.draft = new byte[0];
        this.updatedAt = OffsetDateTime.now();
    }

    /** Keeps the sealed plan being edited; a submitted or awaiting bid goes back to draft (its last version still counts). */
    public void redraft(byte[] sealedPlan) {
        requireOneOf("edit", BidStatus.DRAFT, BidStatus.RETURNED, BidStatus.SUBMITTED, BidStatus.AWAITING_ENDORSEMENT);
        this.draft = sealedPlan.clone();
        if (status == BidStatus.AWAITING_ENDORSEMENT || status == BidStatus.RETURNED) {
            status = BidStatus.DRAFT;
            returnReason = null;
        }
        touch();
    }

    /** The unit hands its bid to its committee for endorsement (host competitions). */
    public void handToCommittee() {
        requireOneOf("submit", BidStatus.DRAFT, BidStatus.RETURNED, BidStatus.SUBMITTED);
        status = BidStatus.AWAITING_ENDORSEMENT;
        returnReason = null;
        touch();
    }

    /** The committee sends the bid back to its unit with a reason; an earlier submitted version still counts. */
    public void returnToUnit(String reason) {
        requireOneOf("return", BidStatus.AWAITING_ENDORSEMENT);
        returnReason = CompetitionField.REASON.required(reason);
        status = BidStatus.RETURNED;
        touch();
    }

    /** Records a new sealed version as submitted; returns its number. */
    public int submitted(int conditionsVersion) {
        requireOneOf("submit", BidStatus.DRAFT, BidStatus.RETURNED, BidStatus.SUBMITTED, BidStatus.AWAITING_ENDORSEMENT);
        status = BidStatus.SUBMITTED;
        returnReason = null;
        confirmedConditions = conditionsVersion;
        submittedVersions++;
        touch();
        return submittedVersions;
    }

    /** The bidder accepts the competition's changed conditions, and its submitted bid counts again. */
    public void confirm(int conditionsVersion) {
        if (!needsConfirmation(conditionsVersion)) {
            throw new BusinessException("bid.confirm.needless");
        }
        confirmedConditions = conditionsVersion;
        touch();
    }

    public void withdraw() {
        requireOneOf("withdraw", BidStatus.DRAFT, BidStatus.RETURNED, BidStatus.SUBMITTED, BidStatus.AWAITING_ENDORSEMENT);
        status = BidStatus.WITHDRAWN;
        touch();
    }

    /** The organiser chooses this bid (中标). */
    public void win() {
        if (!counts() || outcome != null) {
            throw new ConflictException("bid.win.refused");
        }
        outcome = BidOutcome.WON;
        touch();
    }

    /** A chosen bid gives its place up; the reason is recorded. */
    public void giveUpWin(String reason) {
        if (outcome != BidOutcome.WON || projectId != null) {
            throw new ConflictException("bid.withdrawWin.refused");
        }
        outcomeReason = CompetitionField.REASON.required(reason);
        outcome = BidOutcome.WITHDREW;
        touch();
    }

    /** What the announcement shows of this winner, taken from its opened plan. */
    public void announce(String title, String summary) {
        this.announcedTitle = title;
        this.announcedSummary = summary;
    }

    public void opened(long project) {
        this.projectId = project;
    }

    public boolean needsConfirmation(int conditionsVersion) {
        return submittedVersions > 0 && status != BidStatus.WITHDRAWN && confirmedConditions < conditionsVersion;
    }

    /** Whether the bid takes part in the review: submitted at least once, not withdrawn. */
    public boolean counts() {
        return submittedVersions > 0 && status != BidStatus.WITHDRAWN;
    }

    private void requireOneOf(String move, BidStatus... allowed) {
        for (BidStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new BusinessException("bid.move.refused", move, status);
    }

    private void touch() {
        updatedAt = OffsetDateTime.now();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("competition", competitionId);
        state.put("unit", unitId);
        state.put("status", status);
        state.put("submittedVersions", submittedVersions);
        state.put("confirmedConditions", confirmedConditions);
        if (returnReason != null) {
            state.put("returnReason", returnReason);
        }
        if (outcome != null) {
            state.put("outcome", outcome);
        }
        if (outcomeReason != null) {
            state.put("outcomeReason", outcomeReason);
        }
        if (projectId != null) {
            state.put("project", projectId);
        }
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getCompetitionId() {
        return competitionId;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getTenantName() {
        return tenantName;
    }

    public BidStatus getStatus() {
        return status;
    }

    /** The sealed plan being edited; empty when nothing was written yet. */
    public byte[] getDraft() {
        return draft.clone();
    }

    public String getReturnReason() {
        return returnReason;
    }

    public int getSubmittedVersions() {
        return submittedVersions;
    }

    public int getConfirmedConditions() {
        return confirmedConditions;
    }

    public BidOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    public String getAnnouncedTitle() {
        return announcedTitle;
    }

    public String getAnnouncedSummary() {
        return announcedSummary;
    }

    public Long getProjectId() {
        return projectId;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
