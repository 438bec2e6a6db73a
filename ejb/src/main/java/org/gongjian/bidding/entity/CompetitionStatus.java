package org.gongjian.bidding.entity;

/** Where a competition stands: drafted, taking bids until its deadline, bids opened, winners announced; or cancelled. */
public enum CompetitionStatus {
    DRAFT, PUBLISHED, OPENED, ANNOUNCED, CANCELLED
}
