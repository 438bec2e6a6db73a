package org.gongjian.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * An evaluator marked as related to a unit or a claimant organisation (family, former post, a
 * partner): a conflict of interest for every project that owner carries out.
 */
@Entity
@Table(name = "evaluator_relation")
@NamedQuery(name = EvaluatorRelation.ALL, query = "select r from EvaluatorRelation r order by r.markedAt desc, r.id desc")
public class EvaluatorRelation extends TenantOwned {

    public static final String ALL = "EvaluatorRelation.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", updatable = false)
    private long accountId;
    @Column(name = "unit_id", updatable = false)
    private Long unitId;
    @Column(name = "claimant_id", updatable = false)
    private Long claimantId;
    @Column(updatable = false)
    private String reason;
    @Column(name = "marked_by", updatable = false)
    private String markedBy;
    @Column(name = "marked_at", insertable = false, updatable = false)
    private OffsetDateTime markedAt;

    protected EvaluatorRelation() {
    }

    public EvaluatorRelation(long accountId, Long unitId, Long claimantId, String reason, String markedBy) {
        if ((unitId == null) == (claimantId == null)) {
            throw new BusinessException("evaluation.relation.owner");
        }
        this.accountId = accountId;
        this.unitId = unitId;
        this.claimantId = claimantId;
        this.reason = EvaluationField.REASON.required(reason);
        this.markedBy = markedBy;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("accountId", accountId);
        state.put(unitId != null ? "unitId" : "claimantId", unitId != null ? unitId : claimantId);
        state.put("reason", reason);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getClaimantId() {
        return claimantId;
    }

    public String getReason() {
        return reason;
    }

    public String getMarkedBy() {
        return markedBy;
    }

    public OffsetDateTime getMarkedAt() {
        return markedAt;
    }
}
