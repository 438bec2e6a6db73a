package org.gongjian.project.entity;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * A supervision or guidance visit the tenant recorded: findings, requested corrections and the
 * written feedback (信函式反馈), which the unit answers once.
 */
@Entity
@Table(name = "supervision_visit")
@NamedQuery(name = SupervisionVisit.OF_PROJECT, query = "select v from SupervisionVisit v where v.projectId = :project "
        + "order by v.visitedOn, v.id")
public class SupervisionVisit extends TenantOwned {

    public static final String OF_PROJECT = "SupervisionVisit.ofProject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", updatable = false)
    private Long projectId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private VisitKind kind;
    @Column(name = "visited_on", updatable = false)
    private LocalDate visitedOn;
    @Column(updatable = false)
    private String findings;
    @Column(updatable = false)
    private String corrections;
    @Column(updatable = false)
    private String feedback;
    @Column(name = "recorded_by", updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", insertable = false, updatable = false)
    private OffsetDateTime recordedAt;
    private String answer;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;
    @Version
    private long version;

    protected SupervisionVisit() {
    }

    public SupervisionVisit(long projectId, VisitKind kind, LocalDate visitedOn, String findings, String corrections,
                            String feedback, String recordedBy) {
        if (kind == null) {
            throw new BusinessException("visit.kind.required");
        }
        if (visitedOn == null) {
            throw new BusinessException("visit.date.required");
        }
        this.projectId = projectId;
        this.kind = kind;
        this.visitedOn = visitedOn;
        this.findings = Field.FINDINGS.required(findings);
        this.corrections = Field.CORRECTIONS.optional(corrections);
        this.feedback = Field.FEEDBACK.required(feedback);
        this.recordedBy = recordedBy;
    }

    /** The unit's written answer to the feedback; given once. */
    public void answer(String answer, String by, OffsetDateTime at) {
        if (this.answer != null) {
            throw new BusinessException("visit.alreadyAnswered");
        }
        this.answer = Field.ANSWER.required(answer);
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("visitedOn", visitedOn.toString());
        state.put("findings", findings);
        state.put("corrections", corrections);
        state.put("feedback", feedback);
        state.put("answer", answer);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public VisitKind getKind() {
        return kind;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getFindings() {
        return findings;
    }

    public String getCorrections() {
        return corrections;
    }

    public String getFeedback() {
        return feedback;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }
}
