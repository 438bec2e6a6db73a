package org.gongjian.award.entity;

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
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Text;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.project.entity.Yuan;
import org.gongjian.tenantconfig.AwardTier;

/**
 * An application (or, to the host's batch, a tenant's nomination) of one project with a frozen
 * evaluation result and a short case, kept in the applicant's tenant whoever organises. The
 * organiser gives it a prize within the batch's counts, with award funds, until the batch is
 * published. What was applied never changes (the database refuses it too).
 */
@Entity
@Table(name = "award_application")
@NamedQuery(name = AwardApplication.OF_BATCH, query = "select a from AwardApplication a where a.batchId = :batch order by a.appliedAt, a.id")
@NamedQuery(name = AwardApplication.OF_TENANT, query = "select a from AwardApplication a where a.tenantId = :tenant order by a.appliedAt desc, a.id desc")
@NamedQuery(name = AwardApplication.OF_TENANT_BATCH, query = "select a from AwardApplication a where a.tenantId = :tenant and a.batchId = :batch"
        + " order by a.appliedAt, a.id")
@NamedQuery(name = AwardApplication.COUNT_OF_TIER, query = "select count(a) from AwardApplication a where a.batchId = :batch and a.tier = :tier"
        + " and a.id <> :except")
public class AwardApplication {

    public static final String OF_BATCH = "AwardApplication.ofBatch";
    public static final String OF_TENANT = "AwardApplication.ofTenant";
    public static final String OF_TENANT_BATCH = "AwardApplication.ofTenantBatch";
    public static final String COUNT_OF_TIER = "AwardApplication.countOfTier";
    public static final int MAX_CASE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "batch_id", updatable = false)
    private Long batchId;
    @Column(name = "tenant_id", updatable = false)
    private Long tenantId;
    @Column(name = "project_id", updatable = false)
    private Long projectId;
    @Column(name = "unit_id", updatable = false)
    private Long unitId;
    @Column(name = "claimant_id", updatable = false)
    private Long claimantId;
    @Column(name = "project_title", updatable = false)
    private String projectTitle;
    @Column(name = "owner_name", updatable = false)
    private String ownerName;
    @Column(name = "tenant_name", updatable = false)
    private String tenantName;
    @Column(name = "result_number", updatable = false)
    private int resultNumber;
    @Column(updatable = false)
    private BigDecimal total;
    @Column(name = "grade_key", updatable = false)
    private String gradeKey;
    @Column(name = "grade_zh", updatable = false)
    private String gradeZh;
    @Column(name = "grade_en", updatable = false)
    private String gradeEn;
    @Column(name = "case_text", updatable = false)
    private String caseText;
    @Enumerated(EnumType.STRING)
    private AwardTier tier;
    private BigDecimal funds;
    @Column(name = "applied_by", updatable = false)
    private String appliedBy;
    @Column(name = "applied_at", insertable = false, updatable = false)
    private OffsetDateTime appliedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Version
    private long version;

    protected AwardApplication() {
    }

    /** Applies with a project of the applicant's tenant; the batch's window is checked by the caller and the database. */
    public AwardApplication(AwardBatch batch, long tenantId, long projectId, ProjectOwner owner, String projectTitle,
                            String ownerName, String tenantName, AppliedResult result, String caseText, String by) {
        batch.requireOpen();
        String given = Text.MULTI_LINE.stripped(caseText, AwardField.CASE, MAX_CASE);
        if (given == null) {
            throw new BusinessException("award.field.required", AwardField.CASE);
        }
        this.batchId = batch.getId();
        this.tenantId = tenantId;
        this.projectId = projectId;
        this.unitId = owner.unitId();
        this.claimantId = owner.claimantId();
        this.projectTitle = projectTitle;
        this.ownerName = ownerName;
        this.tenantName = tenantName;
        this.resultNumber = result.number();
        this.total = result.total();
        this.gradeKey = result.gradeKey();
        this.gradeZh = result.gradeZh();
        this.gradeEn = result.gradeEn();
        this.caseText = given;
        this.appliedBy = by;
    }

    /**
     * Gives the prize (null: none) and its award funds (null: none; only with a prize), refusing a
     * tier whose count in the batch is used up by the {@code othersOfTier} other applications.
     */
    public void award(AwardBatch batch, AwardTier tier, BigDecimal funds, long othersOfTier, String by, OffsetDateTime at) {
        batch.requireOpen();
        if (!Objects.equals(batch.getId(), batchId)) {
            throw new IllegalArgumentException("another batch's application");
        }
        if (tier == null && funds != null) {
            throw new BusinessException("award.funds.withoutPrize");
        }
        if (tier != null && othersOfTier >= batch.countOf(tier)) {
            throw new BusinessException("award.prize.beyondRules", tier, batch.countOf(tier));
        }
        this.funds = funds == null ? null : Yuan.of(funds, true);
        this.tier = tier;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public ProjectOwner owner() {
        return unitId != null ? ProjectOwner.ofUnit(unitId) : ProjectOwner.ofClaimant(claimantId);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("batch", batchId);
        state.put("project", projectId);
        state.put("tier", tier);
        state.put("funds", funds == null ? null : funds.toPlainString());
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getBatchId() {
        return batchId;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getTenantName() {
        return tenantName;
    }

    public int getResultNumber() {
        return resultNumber;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getGradeKey() {
        return gradeKey;
    }

    public String getGradeZh() {
        return gradeZh;
    }

    public String getGradeEn() {
        return gradeEn;
    }

    public String getCaseText() {
        return caseText;
    }

    public AwardTier getTier() {
        return tier;
    }

    public BigDecimal getFunds() {
        return funds;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public OffsetDateTime getAppliedAt() {
        return appliedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
