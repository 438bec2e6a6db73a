package org.gongjian.bidding.entity;

/** A bid chosen by the organiser (中标), or a chosen bid that gave its place up to the next one. */
public enum BidOutcome {
    WON, WITHDREW
}
