package org.gongjian.tenantconfig;

/** How many awards of a tier the tenant gives in a year. */
public record AwardQuota(AwardTier tier, int count) {
}
