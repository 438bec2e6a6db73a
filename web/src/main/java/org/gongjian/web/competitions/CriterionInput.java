package org.gongjian.web.competitions;

import java.io.Serializable;
import java.math.BigDecimal;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.tenantconfig.Name;

/** A criterion as a row of the competition form edits it; the competition checks the whole list when saved. */
public class CriterionInput implements Serializable {

    private String key;
    private String nameZh;
    private String nameEn;
    private BigDecimal weight;
    private Integer maxScore;

    CriterionInput(String key) {
        this.key = key;
    }

    static CriterionInput of(Criterion criterion) {
        CriterionInput row = new CriterionInput(criterion.key());
        row.nameZh = criterion.name() == null ? null : criterion.name().zh();
        row.nameEn = criterion.name() == null ? null : criterion.name().en();
        row.weight = criterion.weight();
        row.maxScore = criterion.maxScore();
        return row;
    }

    Criterion toCriterion() {
        return new Criterion(key, nameZh == null ? null : new Name(nameZh, nameEn), weight, maxScore == null ? 0 : maxScore);
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public Integer getMaxScore() {
        return maxScore;
    }

    public void setMaxScore(Integer maxScore) {
        this.maxScore = maxScore;
    }
}
