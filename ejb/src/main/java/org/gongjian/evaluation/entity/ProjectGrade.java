package org.gongjian.evaluation.entity;

import java.math.BigDecimal;
import java.util.Map;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.Name;

/**
 * A project's latest frozen result, for other components (awards, the unit's yearly record).
 *
 * @param total         null when the result has no grade under the missing-channel rule
 * @param channelScores each present channel's score, 0 to 100
 */
public record ProjectGrade(long projectId, int year, int number, BigDecimal total, String gradeKey, Name gradeName,
                           Map<ChannelKind, BigDecimal> channelScores) {
}
