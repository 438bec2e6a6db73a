package org.gongjian.bidding.boundary;

import java.util.List;
import org.gongjian.bidding.entity.Competition;

/** A competition's public page: its winners once announced, and the receipts of every counted bid once opened. */
public record Announcement(Competition competition, String organiser, List<Winner> winners, List<Receipt> receipts) {

    /** A winning unit (中标单位) and its plan's summary. */
    public record Winner(String tenantName, String unitName, String title, String summary) {
    }
}
