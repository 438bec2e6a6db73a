package org.gongjian.award.entity;

import org.gongjian.platform.BusinessException;
import org.gongjian.tenantconfig.AwardTier;
import org.gongjian.tenantconfig.Rules;

/** How many first, second and third prizes a batch gives. */
public record PrizeCounts(int first, int second, int third) {

    public static final int MAX = 100;

    public PrizeCounts {
        for (int count : new int[] {first, second, third}) {
            if (count < 0 || count > MAX) {
                throw new BusinessException("award.counts.range", MAX);
            }
        }
    }

    /** The counts of a tenant's frozen rules. */
    public static PrizeCounts of(Rules rules) {
        return new PrizeCounts(rules.awardsOf(AwardTier.FIRST), rules.awardsOf(AwardTier.SECOND), rules.awardsOf(AwardTier.THIRD));
    }

    public int of(AwardTier tier) {
        return switch (tier) {
            case FIRST -> first;
            case SECOND -> second;
            case THIRD -> third;
        };
    }
}
