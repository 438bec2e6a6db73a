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

/** An evaluator the admin assigned to score one project in one evaluation (组织考评). */
@Entity
@Table(name = "evaluator_assignment")
@NamedQuery(name = EvaluatorAssignment.OF_PROJECT, query = "select a from EvaluatorAssignment a"
        + " where a.evaluationId = :evaluation and a.projectId = :project order by a.id")
@NamedQuery(name = EvaluatorAssignment.OF_ACCOUNT, query = "select a from EvaluatorAssignment a"
        + " where a.accountId = :account order by a.evaluationId desc, a.projectId")
public class EvaluatorAssignment extends TenantOwned {

    public static final String OF_PROJECT = "EvaluatorAssignment.ofProject";
    public static final String OF_ACCOUNT = "EvaluatorAssignment.ofAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "evaluation_id", updatable = false)
    private long evaluationId;
    @Column(name = "project_id", updatable = false)
    private long projectId;
    @Column(name = "account_id", updatable = false)
    private long accountId;
    @Column(name = "assigned_by", updatable = false)
    private String assignedBy;
    @Column(name = "assigned_at", insertable = false, updatable = false)
    private OffsetDateTime assignedAt;

    protected EvaluatorAssignment() {
    }

    public EvaluatorAssignment(Evaluation evaluation, long projectId, long accountId, String assignedBy) {
        evaluation.requireOpen();
        this.evaluationId = evaluation.getId();
        this.projectId = projectId;
        this.accountId = accountId;
        this.assignedBy = assignedBy;
    }

    public Map<String, Object> snapshot() {
        return Map.of("evaluationId", evaluationId, "projectId", projectId, "accountId", accountId);
    }

    public Long getId() {
        return id;
    }

    public long getEvaluationId() {
        return evaluationId;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public OffsetDateTime getAssignedAt() {
        return assignedAt;
    }
}
