package org.gongjian.bidding.control;

import java.time.ZoneId;

/** Who organises the competitions the caller works on: the host (tenantId null) or one tenant, with its time zone. */
public record Organiser(Long tenantId, ZoneId zone) {

    /** The host's competitions are dated in China Standard Time. */
    public static final ZoneId HOST_ZONE = ZoneId.of("Asia/Shanghai");

    public boolean isHost() {
        return tenantId == null;
    }
}
