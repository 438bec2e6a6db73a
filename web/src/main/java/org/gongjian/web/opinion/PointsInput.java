package org.gongjian.web.opinion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.gongjian.evaluation.entity.CriterionPoints;
import org.gongjian.tenantconfig.Criterion;

/** The points typed for one criterion of the public channel, on a vote or a paper ballot. */
public class PointsInput implements Serializable {

    private final String key;
    private final String nameZh;
    private final String nameEn;
    private final int maxScore;
    private BigDecimal points;

    private PointsInput(Criterion criterion) {
        this.key = criterion.key();
        this.nameZh = criterion.name() == null ? criterion.key() : criterion.name().zh();
        this.nameEn = criterion.name() == null ? null : criterion.name().en();
        this.maxScore = criterion.maxScore();
    }

    /** One input per criterion, in the scheme's order. */
    public static List<PointsInput> of(List<Criterion> criteria) {
        return criteria.stream().map(PointsInput::new).toList();
    }

    /** What was typed, as the boundary takes it. */
    public static List<CriterionPoints> given(List<PointsInput> inputs) {
        return inputs.stream().map(input -> new CriterionPoints(input.key, input.points)).toList();
    }

    /** The criterion's name in the reader's language. */
    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }

    public String getKey() {
        return key;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }
}
