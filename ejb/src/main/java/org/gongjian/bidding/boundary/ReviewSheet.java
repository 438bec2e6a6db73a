package org.gongjian.bidding.boundary;

import java.util.List;
import java.util.Map;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.Score;

/** What a reviewer scores: the opened bids they may score, and their own scores so far, by bid then criterion. */
public record ReviewSheet(Competition competition, List<OpenedPlan> bids, Map<Long, Map<String, Score>> mine) {
}
