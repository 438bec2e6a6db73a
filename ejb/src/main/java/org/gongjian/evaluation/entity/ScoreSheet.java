package org.gongjian.evaluation.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.entity.TenantOwned;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.Criterion;

/**
 * One channel's scores of one project by one scorer: the owner's self-evaluation (one per
 * project), an assigned evaluator's (one each), or one public vote, by a ballot code or entered
 * from paper by an admin. Every criterion of the channel gets points within its scale, at most
 * two decimals; nothing is rounded or cut.
 */
@Entity
@Table(name = "score_sheet")
@NamedQuery(name = ScoreSheet.OF_PROJECT, query = "select s from ScoreSheet s where s.evaluationId = :evaluation"
        + " and s.projectId = :project order by s.channel, s.submittedAt, s.id")
@NamedQuery(name = ScoreSheet.OF_SCORER, query = "select s from ScoreSheet s where s.evaluationId = :evaluation"
        + " and s.projectId = :project and s.channel = :channel and s.accountId = :account")
@NamedQuery(name = ScoreSheet.SELF, query = "select s from ScoreSheet s where s.evaluationId = :evaluation"
        + " and s.projectId = :project and s.channel = org.gongjian.tenantconfig.ChannelKind.SELF")
public class ScoreSheet extends TenantOwned {

    public static final String OF_PROJECT = "ScoreSheet.ofProject";
    public static final String OF_SCORER = "ScoreSheet.ofScorer";
    public static final String SELF = "ScoreSheet.self";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "evaluation_id", updatable = false)
    private long evaluationId;
    @Column(name = "project_id", updatable = false)
    private long projectId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ChannelKind channel;
    @Column(name = "account_id", updatable = false)
    private Long accountId;
    @Column(name = "ballot_id", updatable = false)
    private Long ballotId;
    @Column(updatable = false)
    private boolean paper;
    private String note;
    private String listened;
    private String looked;
    private String checked;
    private String asked;
    @Column(name = "submitted_by", updatable = false)
    private String submittedBy;
    @Column(name = "submitted_at", insertable = false, updatable = false)
    private OffsetDateTime submittedAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    // Read with the sheet, inside the transaction that binds the tenant: the row policies hide them from a later lazy read.
    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    private List<CriterionScore> scores = new ArrayList<>();
    @Version
    private long version;

    protected ScoreSheet() {
    }

    private ScoreSheet(Evaluation evaluation, long projectId, ChannelKind channel, Long accountId, Long ballotId,
                       boolean paper, String by) {
        evaluation.requireOpen();
        this.evaluationId = evaluation.getId();
        this.projectId = projectId;
        this.channel = channel;
        this.accountId = accountId;
        this.ballotId = ballotId;
        this.paper = paper;
        this.submittedBy = by;
    }

    /** The owner's self-evaluation. */
    public static ScoreSheet self(Evaluation evaluation, long projectId, String by) {
        return new ScoreSheet(evaluation, projectId, ChannelKind.SELF, null, null, false, by);
    }

    /** An assigned evaluator's sheet. */
    public static ScoreSheet organisational(Evaluation evaluation, long projectId, long accountId, String by) {
        return new ScoreSheet(evaluation, projectId, ChannelKind.ORGANISATIONAL, accountId, null, false, by);
    }

    /** A public vote cast with a ballot code. */
    public static ScoreSheet ballot(Evaluation evaluation, long projectId, long ballotId) {
        return new ScoreSheet(evaluation, projectId, ChannelKind.PUBLIC, null, ballotId, false, "public");
    }

    /** A paper ballot an admin entered. */
    public static ScoreSheet paper(Evaluation evaluation, long projectId, String by) {
        return new ScoreSheet(evaluation, projectId, ChannelKind.PUBLIC, null, null, true, by);
    }

    /**
     * Sets every criterion's points and the notes; refuses a missing, unknown or repeated criterion,
     * points off the scale or finer than a hundredth. The four notes are kept for evaluators only.
     */
    public void fill(List<Criterion> criteria, SheetForm form) {
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        criteria.forEach(criterion -> known.add(criterion.key()));
        for (CriterionPoints entry : form.points()) {
            if (entry == null || entry.criterion() == null || !known.contains(entry.criterion())) {
                throw new BusinessException("evaluation.points.unknown", entry == null ? "" : String.valueOf(entry.criterion()));
            }
            if (given.put(entry.criterion(), entry.points()) != null) {
                throw new BusinessException("evaluation.points.repeated", entry.criterion());
            }
        }
        Map<String, BigDecimal> checkedPoints = new LinkedHashMap<>();
        for (Criterion criterion : criteria) {
            BigDecimal points = given.get(criterion.key());
            if (points == null) {
                throw new BusinessException("evaluation.points.required", criterion.name().zh());
            }
            if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(criterion.maxScore())) > 0
                    || points.stripTrailingZeros().scale() > 2) {
                throw new BusinessException("evaluation.points.range", criterion.name().zh(), criterion.maxScore());
            }
            checkedPoints.put(criterion.key(), points.setScale(2, RoundingMode.UNNECESSARY));
        }
        this.note = EvaluationField.NOTE.optional(form.note());
        boolean evaluator = channel == ChannelKind.ORGANISATIONAL;
        this.listened = evaluator ? EvaluationField.LISTENED.optional(form.listened()) : null;
        this.looked = evaluator ? EvaluationField.LOOKED.optional(form.looked()) : null;
        this.checked = evaluator ? EvaluationField.CHECKED.optional(form.checked()) : null;
        this.asked = evaluator ? EvaluationField.ASKED.optional(form.asked()) : null;
        scores.removeIf(score -> !checkedPoints.containsKey(score.getCriterionKey()));
        checkedPoints.forEach((key, points) -> scores.stream().filter(score -> score.getCriterionKey().equals(key)).findFirst()
                .ifPresentOrElse(score -> score.give(points), () -> scores.add(new CriterionScore(this, key, points))));
        this.updatedAt = OffsetDateTime.now();
    }

    /** Criterion key to points, in the order they were given. */
    public Map<String, BigDecimal> points() {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        scores.forEach(score -> points.put(score.getCriterionKey(), score.getPoints()));
        return points;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("projectId", projectId);
        state.put("channel", channel);
        if (accountId != null) {
            state.put("accountId", accountId);
        }
        state.put("paper", paper);
        state.put("points", points());
        state.put("note", note);
        if (channel == ChannelKind.ORGANISATIONAL) {
            state.put("listened", listened);
            state.put("looked", looked);
            state.put("checked", checked);
            state.put("asked", asked);
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

    public ChannelKind getChannel() {
        return channel;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getBallotId() {
        return ballotId;
    }

    public boolean isPaper() {
        return paper;
    }

    public String getNote() {
        return note;
    }

    public String getListened() {
        return listened;
    }

    public String getLooked() {
        return looked;
    }

    public String getChecked() {
        return checked;
    }

    public String getAsked() {
        return asked;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
