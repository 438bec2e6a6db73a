package org.gongjian.web.competitions;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongjian.bidding.boundary.PanelMember;
import org.gongjian.bidding.boundary.Ranking;
import org.gongjian.bidding.entity.BidOutcome;
import org.gongjian.tenantconfig.Criterion;

/**
 * One place of a ranking as the organiser's page shows it, with its arithmetic written out: each
 * criterion's points by reviewer (named by login), their mean, the scale, the weight and the share.
 */
public record RankedBid(int rank, long bidId, String tenantName, String unitName, BigDecimal total, boolean complete,
                        BidOutcome outcome, OffsetDateTime submittedAt, String conflicted, List<Line> lines) {

    /** One criterion's arithmetic; {@code points} reads e.g. "wang 8 · li 9". */
    public record Line(String name, String points, BigDecimal mean, int scale, BigDecimal weight, BigDecimal share) {
    }

    static List<RankedBid> of(Ranking ranking, Locale locale) {
        Map<Long, String> logins = ranking.panel().stream().collect(Collectors.toMap(PanelMember::accountId, PanelMember::login));
        Map<String, String> names = ranking.criteria().stream().collect(Collectors.toMap(Criterion::key, c -> c.name().in(locale)));
        return ranking.places().stream().map(place -> new RankedBid(place.place(), place.bidId(), place.tenantName(), place.unitName(),
                place.total(), place.complete(), place.outcome(), place.submittedAt(),
                place.conflicted().stream().map(logins::get).collect(Collectors.joining("、")),
                place.lines().stream().map(line -> new Line(names.getOrDefault(line.criterion(), line.criterion()),
                        line.points().entrySet().stream().map(p -> logins.get(p.getKey()) + " " + p.getValue().stripTrailingZeros().toPlainString())
                                .collect(Collectors.joining(" · ")),
                        line.mean(), line.maxScore(), line.weight(), line.share())).toList())).toList();
    }
}
