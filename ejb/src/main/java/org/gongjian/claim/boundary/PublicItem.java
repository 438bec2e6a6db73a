package org.gongjian.claim.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.gongjian.claim.entity.ItemStatus;

/**
 * A published or closed item as anyone may see it, with the database's time it was read at, which
 * decides whether its window is open, and its tenant's time zone.
 */
public record PublicItem(long id, String tenantCode, String tenantNameZh, String tenantNameEn, long sectorId,
                         String sector, String title, String need, String expectedResults, String offer,
                         BigDecimal offeredFunds, int capacity, int accepted, OffsetDateTime opensAt,
                         OffsetDateTime closesAt, ItemStatus status, OffsetDateTime readAt, String timeZone) {

    /** Where the item's claiming stands for a visitor. */
    public enum Phase {
        UPCOMING, OPEN, FULL, ENDED
    }

    /** The tenant's time zone, in which its people read the window. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public int remaining() {
        return capacity - accepted;
    }

    public Phase phase() {
        if (status != ItemStatus.PUBLISHED || !readAt.isBefore(closesAt)) {
            return Phase.ENDED;
        }
        if (readAt.isBefore(opensAt)) {
            return Phase.UPCOMING;
        }
        return remaining() > 0 ? Phase.OPEN : Phase.FULL;
    }
}
