package org.gongjian.bidding.entity;

/**
 * Where a unit's bid stands. For a host competition the unit hands it to its committee
 * (AWAITING_ENDORSEMENT), which submits it (呈报) or returns it with a reason; for a tenant's own
 * competition the unit submits it itself.
 */
public enum BidStatus {
    DRAFT, AWAITING_ENDORSEMENT, RETURNED, SUBMITTED, WITHDRAWN
}
