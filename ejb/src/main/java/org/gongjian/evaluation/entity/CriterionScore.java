package org.gongjian.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.gongjian.tenant.entity.TenantOwned;

/** The points of one criterion on a score sheet. */
@Entity
@Table(name = "criterion_score")
public class CriterionScore extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "sheet_id", updatable = false)
    private ScoreSheet sheet;
    @Column(name = "criterion_key", updatable = false)
    private String criterionKey;
    private BigDecimal points;

    protected CriterionScore() {
    }

    CriterionScore(ScoreSheet sheet, String criterionKey, BigDecimal points) {
        this.sheet = sheet;
        this.criterionKey = criterionKey;
        this.points = points;
    }

    void give(BigDecimal given) {
        this.points = given;
    }

    public String getCriterionKey() {
        return criterionKey;
    }

    public BigDecimal getPoints() {
        return points;
    }
}
