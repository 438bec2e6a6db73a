package org.gongjian.bidding.boundary;

import java.time.OffsetDateTime;
import org.gongjian.bidding.entity.BidOutcome;
import org.gongjian.bidding.entity.BidStatus;

/** Who bid, as the organiser may see it before the bids are opened: never what they bid. */
public record BidderRow(long bidId, String tenantName, String unitName, BidStatus status, int versions,
                        OffsetDateTime lastSubmittedAt, boolean needsConfirmation, BidOutcome outcome, Long projectId) {
}
