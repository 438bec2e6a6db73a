package org.gongjian.award.control;

import java.time.ZoneId;

/** Who organises the award batches the caller works on: the host (tenantId null) or one tenant, with its time zone. */
public record AwardOrganiser(Long tenantId, ZoneId zone) {

    /** The host's batches are dated in China Standard Time. */
    public static final ZoneId HOST_ZONE = ZoneId.of("Asia/Shanghai");

    public boolean isHost() {
        return tenantId == null;
    }
}
