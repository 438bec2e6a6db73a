package org.gongjian.bidding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenantconfig.Criterion;

/** A reviewer's points for one bid on one criterion, within the criterion's scale, with a note. */
@Entity
@NamedQuery(name = Score.OF_COMPETITION, query = "select s from Score s where s.competitionId = :competition order by s.bidId, s.accountId, s.criterionKey")
@NamedQuery(name = Score.OF_REVIEWER, query = "select s from Score s where s.competitionId = :competition and s.accountId = :account")
public class Score {

    public static final String OF_COMPETITION = "Score.ofCompetition";
    public static final String OF_REVIEWER = "Score.ofReviewer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "competition_id", updatable = false)
    private Long competitionId;
    @Column(name = "bid_id", updatable = false)
    private Long bidId;
    @Column(name = "account_id", updatable = false)
    private Long accountId;
    @Column(name = "criterion_key", updatable = false)
    private String criterionKey;
    private BigDecimal points;
    private String note;
    @Column(name = "scored_at")
    private OffsetDateTime scoredAt;
    @Version
    private long version;

    protected Score() {
    }

    public Score(long competitionId, long bidId, long accountId, String criterionKey) {
        this.competitionId = competitionId;
        this.bidId = bidId;
        this.accountId = accountId;
        this.criterionKey = criterionKey;
    }

    /** Sets the points, refusing a missing one, one off the criterion's scale or finer than a hundredth. */
    public void give(Criterion criterion, BigDecimal given, String note) {
        if (given == null) {
            throw new BusinessException("review.points.required", criterion.name().zh());
        }
        if (given.signum() < 0 || given.compareTo(BigDecimal.valueOf(criterion.maxScore())) > 0
                || given.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("review.points.range", criterion.name().zh(), criterion.maxScore());
        }
        this.points = given.setScale(2, RoundingMode.UNNECESSARY);
        this.note = CompetitionField.NOTE.optional(note);
        this.scoredAt = OffsetDateTime.now();
    }

    public Long getBidId() {
        return bidId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getCriterionKey() {
        return criterionKey;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public String getNote() {
        return note;
    }

    public OffsetDateTime getScoredAt() {
        return scoredAt;
    }
}
