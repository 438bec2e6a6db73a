package org.gongjian.bidding.boundary;

/** An attached file of a bid, opened. */
public record BidFileContent(String name, String contentType, byte[] bytes) {
}
