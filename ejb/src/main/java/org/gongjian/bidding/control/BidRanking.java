package org.gongjian.bidding.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongjian.bidding.boundary.PanelMember;
import org.gongjian.bidding.boundary.Ranking;
import org.gongjian.bidding.boundary.Ranking.Line;
import org.gongjian.bidding.boundary.Ranking.Place;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.Score;
import org.gongjian.tenantconfig.Criterion;

/**
 * Ranks the counted bids of a competition. Per criterion, the mean of the points of the reviewers
 * who may score the bid; the total is the sum over criteria of mean / scale × weight, from 0 to
 * 100, rounded to two decimals (half up) once, at the end. Means are shown to two decimals.
 * Ties: complete bids before incomplete ones; then the higher total as shown (two decimals); then the higher mean share on
 * the criteria in order of weight (largest first, then as listed), compared before rounding; then the earlier submission of
 * the counted version; then the lower bid number.
 */
public final class BidRanking {

    private static final int SCALE = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BidRanking() {
    }

    /**
     * @param submittedAt the time of each bid's counted version
     * @param excused     per bid, the reviewers kept from scoring it (conflicts not overridden)
     */
    public static Ranking rank(Competition competition, List<Bid> bids, List<PanelMember> panel, List<Score> scores,
                               Map<Long, OffsetDateTime> submittedAt, Map<Long, Set<Long>> excused) {
        List<Criterion> criteria = competition.getCriteria();
        List<Criterion> byWeight = criteria.stream().sorted(Comparator.comparing(Criterion::weight).reversed()).toList();
        List<Scored> scored = new ArrayList<>();
        for (Bid bid : bids) {
            Set<Long> kept = excused.getOrDefault(bid.getId(), Set.of());
            List<Long> entitled = panel.stream().map(PanelMember::accountId).filter(a -> !kept.contains(a)).toList();
            List<Line> lines = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            boolean complete = !entitled.isEmpty();
            Map<String, BigDecimal> shares = new LinkedHashMap<>();
            for (Criterion criterion : criteria) {
                Map<Long, BigDecimal> points = new LinkedHashMap<>();
                for (Score score : scores) {
                    if (score.getBidId().equals(bid.getId()) && score.getCriterionKey().equals(criterion.key())
                            && entitled.contains(score.getAccountId())) {
                        points.put(score.getAccountId(), score.getPoints());
                    }
                }
                complete &= points.size() == entitled.size();
                BigDecimal mean = points.isEmpty() ? null
                        : points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                                .divide(BigDecimal.valueOf(points.size()), SCALE, RoundingMode.HALF_UP);
                BigDecimal share = mean == null ? BigDecimal.ZERO
                        : mean.multiply(criterion.weight()).divide(BigDecimal.valueOf(criterion.maxScore()), SCALE, RoundingMode.HALF_UP);
                shares.put(criterion.key(), share);
                total = total.add(share);
                lines.add(new Line(criterion.key(), points, mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP),
                        criterion.weight(), criterion.maxScore(), share.setScale(2, RoundingMode.HALF_UP)));
            }
            scored.add(new Scored(bid, lines, total.min(HUNDRED), complete, shares, submittedAt.get(bid.getId()),
                    List.copyOf(kept)));
        }
        Comparator<Scored> order = Comparator.comparing((Scored s) -> !s.complete())
                .thenComparing((Scored s) -> s.total().setScale(2, RoundingMode.HALF_UP), Comparator.reverseOrder());
        for (Criterion criterion : byWeight) {
            order = order.thenComparing(s -> s.shares().get(criterion.key()), Comparator.reverseOrder());
        }
        order = order.thenComparing(Scored::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.bid().getId());
        scored.sort(order);
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            places.add(new Place(i + 1, s.bid().getId(), s.bid().getTenantName(), s.bid().getUnitName(), s.lines(),
                    s.total().setScale(2, RoundingMode.HALF_UP), s.complete(), s.excused(), s.bid().getOutcome(),
                    s.submittedAt(), s.bid().getProjectId()));
        }
        return new Ranking(criteria, panel, places, competition.getWinners());
    }

    private record Scored(Bid bid, List<Line> lines, BigDecimal total, boolean complete, Map<String, BigDecimal> shares,
                          OffsetDateTime submittedAt, List<Long> excused) {
    }
}
