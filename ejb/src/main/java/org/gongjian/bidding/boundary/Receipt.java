package org.gongjian.bidding.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * The receipt of one submitted version: the SHA-256 of its content and the database's time;
 * {@code intact} is known once the bids are opened.
 */
public record Receipt(long bidId, int number, String receipt, OffsetDateTime submittedAt, Boolean intact) implements Serializable {
}
