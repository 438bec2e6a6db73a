package org.gongjian.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * A one-time code that lets one person cast one public vote on one project (民意测评). Codes are
 * issued in numbered batches, one printed sheet each; a code is used once, by the statement that
 * checks it is still unused.
 */
@Entity
@Table(name = "ballot_code")
@NamedQuery(name = BallotCode.OF_PROJECT, query = "select b from BallotCode b where b.evaluationId = :evaluation"
        + " and b.projectId = :project order by b.batch, b.id")
public class BallotCode extends TenantOwned {

    public static final String OF_PROJECT = "BallotCode.ofProject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "evaluation_id", updatable = false)
    private long evaluationId;
    @Column(name = "project_id", updatable = false)
    private long projectId;
    @Column(updatable = false)
    private String code;
    @Column(updatable = false)
    private int batch;
    @Column(name = "issued_by", updatable = false)
    private String issuedBy;
    @Column(name = "issued_at", insertable = false, updatable = false)
    private OffsetDateTime issuedAt;
    @Column(name = "used_at", insertable = false, updatable = false)
    private OffsetDateTime usedAt;

    protected BallotCode() {
    }

    public BallotCode(Evaluation evaluation, long projectId, String code, int batch, String issuedBy) {
        evaluation.requireOpen();
        this.evaluationId = evaluation.getId();
        this.projectId = projectId;
        this.code = code;
        this.batch = batch;
        this.issuedBy = issuedBy;
    }

    public boolean isUsed() {
        return usedAt != null;
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

    public String getCode() {
        return code;
    }

    public int getBatch() {
        return batch;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public OffsetDateTime getUsedAt() {
        return usedAt;
    }
}
