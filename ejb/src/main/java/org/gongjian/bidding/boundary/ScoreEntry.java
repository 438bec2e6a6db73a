package org.gongjian.bidding.boundary;

import java.math.BigDecimal;

/** A reviewer's points on one criterion, with a note. */
public record ScoreEntry(String criterion, BigDecimal points, String note) {
}
