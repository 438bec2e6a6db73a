package org.gongjian.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gongjian.tenant.entity.TenantOwned;

/** The admin's decision, with its reason, that a conflicted evaluator may score one project all the same. */
@Entity
@Table(name = "evaluation_override")
@NamedQuery(name = EvaluationOverride.OF_PROJECT, query = "select o from EvaluationOverride o"
        + " where o.evaluationId = :evaluation and o.projectId = :project")
public class EvaluationOverride extends TenantOwned {

    public static final String OF_PROJECT = "EvaluationOverride.ofProject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "evaluation_id", updatable = false)
    private long evaluationId;
    @Column(name = "project_id", updatable = false)
    private long projectId;
    @Column(name = "account_id", updatable = false)
    private long accountId;
    @Column(updatable = false)
    private String reason;
    @Column(name = "decided_by", updatable = false)
    private String decidedBy;
    @Column(name = "decided_at", insertable = false, updatable = false)
    private OffsetDateTime decidedAt;

    protected EvaluationOverride() {
    }

    public EvaluationOverride(Evaluation evaluation, long projectId, long accountId, String reason, String decidedBy) {
        evaluation.requireOpen();
        this.evaluationId = evaluation.getId();
        this.projectId = projectId;
        this.accountId = accountId;
        this.reason = EvaluationField.REASON.required(reason);
        this.decidedBy = decidedBy;
    }

    public Map<String, Object> snapshot() {
        return Map.of("projectId", projectId, "accountId", accountId, "reason", reason);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
