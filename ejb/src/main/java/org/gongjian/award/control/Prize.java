package org.gongjian.award.control;

import java.math.BigDecimal;
import org.gongjian.tenantconfig.AwardTier;

/**
 * A published prize of a project: the batch's year, the tier, whether the host's city batch gave it,
 * the award funds (null: none) and the batch's title.
 */
public record Prize(long projectId, int year, AwardTier tier, boolean host, BigDecimal funds, String batchTitle) {
}
