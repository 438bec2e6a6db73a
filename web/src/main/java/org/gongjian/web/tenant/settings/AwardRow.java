package org.gongjian.web.tenant.settings;

import java.io.Serializable;
import org.gongjian.tenantconfig.AwardQuota;
import org.gongjian.tenantconfig.AwardTier;

/** How many awards of one tier, as the rules form edits it. */
public class AwardRow implements Serializable {

    private final AwardTier tier;
    private Integer count;

    AwardRow(AwardTier tier, Integer count) {
        this.tier = tier;
        this.count = count;
    }

    AwardQuota toQuota() {
        return new AwardQuota(tier, count == null ? 0 : count);
    }

    public AwardTier getTier() {
        return tier;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }
}
