package org.gongjian.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * A project's frozen result: number 1 when the evaluation closes, one more for each correction
 * (with its reason). Never changed; the earlier numbers stay readable.
 */
@Entity
@Table(name = "evaluation_result")
@NamedQuery(name = EvaluationResult.OF_PROJECT, query = "select r from EvaluationResult r where r.evaluationId = :evaluation"
        + " and r.projectId = :project order by r.number desc")
@NamedQuery(name = EvaluationResult.LATEST_OF_EVALUATION, query = "select r from EvaluationResult r where r.evaluationId = :evaluation"
        + " and r.number = (select max(o.number) from EvaluationResult o where o.evaluationId = r.evaluationId and o.projectId = r.projectId)")
public class EvaluationResult extends TenantOwned {

    public static final String OF_PROJECT = "EvaluationResult.ofProject";
    public static final String LATEST_OF_EVALUATION = "EvaluationResult.latestOfEvaluation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "evaluation_id", updatable = false)
    private long evaluationId;
    @Column(name = "project_id", updatable = false)
    private long projectId;
    @Column(updatable = false)
    private int number;
    @Column(updatable = false)
    private BigDecimal total;
    @Column(name = "grade_key", updatable = false)
    private String gradeKey;
    @Convert(converter = ArithmeticConverter.class)
    @Column(updatable = false)
    private Arithmetic arithmetic;
    @Column(updatable = false)
    private String reason;
    @Column(name = "decided_by", updatable = false)
    private String decidedBy;
    @Column(name = "decided_at", insertable = false, updatable = false)
    private OffsetDateTime decidedAt;

    protected EvaluationResult() {
    }

    private EvaluationResult(long evaluationId, long projectId, int number, Arithmetic arithmetic, String reason, String decidedBy) {
        this.evaluationId = evaluationId;
        this.projectId = projectId;
        this.number = number;
        this.total = arithmetic.total();
        this.gradeKey = arithmetic.gradeKey();
        this.arithmetic = arithmetic;
        this.reason = reason;
        this.decidedBy = decidedBy;
    }

    /** The result frozen when the evaluation closes. */
    public static EvaluationResult first(Evaluation evaluation, long projectId, Arithmetic arithmetic, String by) {
        evaluation.requireClosed();
        return new EvaluationResult(evaluation.getId(), projectId, 1, arithmetic, null, by);
    }

    /** A correction after closing: the next number, with its reason. */
    public EvaluationResult corrected(Arithmetic recomputed, String reason, String by) {
        return new EvaluationResult(evaluationId, projectId, number + 1, recomputed, EvaluationField.REASON.required(reason), by);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("projectId", projectId);
        state.put("number", number);
        state.put("total", total);
        state.put("grade", gradeKey);
        if (reason != null) {
            state.put("reason", reason);
        }
        return state;
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

    public int getNumber() {
        return number;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getGradeKey() {
        return gradeKey;
    }

    public Arithmetic getArithmetic() {
        return arithmetic;
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
