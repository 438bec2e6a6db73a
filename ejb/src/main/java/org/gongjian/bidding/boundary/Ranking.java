package org.gongjian.bidding.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gongjian.bidding.entity.BidOutcome;
import org.gongjian.tenantconfig.Criterion;

/**
 * The bids in order, with the arithmetic behind each total: per criterion every reviewer's points,
 * their mean, the criterion's weight and its share of the total. Complete bids (every reviewer who
 * may score it scored every criterion) come first.
 */
public record Ranking(List<Criterion> criteria, List<PanelMember> panel, List<Place> places, int winners) {

    /** One bid's place. {@code conflicted} are the reviewers kept from scoring it. */
    public record Place(int place, long bidId, String tenantName, String unitName, List<Line> lines, BigDecimal total,
                        boolean complete, List<Long> conflicted, BidOutcome outcome, OffsetDateTime submittedAt, Long projectId) {
    }

    /** One criterion of one bid: points by reviewer account, their mean, and weighted share (mean / scale × weight). */
    public record Line(String criterion, Map<Long, BigDecimal> points, BigDecimal mean, BigDecimal weight, int maxScore,
                       BigDecimal share) {
    }
}
