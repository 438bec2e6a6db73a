package org.gongjian.record.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.gongjian.award.control.Prize;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenantconfig.Name;

/**
 * One project of a unit's yearly record.
 *
 * @param category       the category's name as the year's round froze it, or null when the round does not know the key
 * @param resultNumber   the frozen evaluation result's version, 0 when the project has none
 * @param total          the frozen total, null without a result or when the result has no grade
 * @param selfScore      the channel's score (0 to 100, two decimals) in the frozen result, null when absent
 * @param prizes         the published prizes of the year's award batches, the tenant's and the city's, best first
 */
public record RecordLine(long projectId, String title, String categoryKey, Name category, ProjectStatus status,
                         int resultNumber, BigDecimal total, String gradeKey, Name grade,
                         BigDecimal selfScore, BigDecimal publicScore, BigDecimal organisationalScore,
                         List<Prize> prizes, BigDecimal granted, BigDecimal spent) {

    public RecordLine {
        prizes = List.copyOf(prizes);
    }

    /** The award funds of the line's prizes, in yuan. */
    public BigDecimal awardFunds() {
        return prizes.stream().map(Prize::funds).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
