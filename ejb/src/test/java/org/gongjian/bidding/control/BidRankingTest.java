package org.gongjian.bidding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongjian.bidding.boundary.PanelMember;
import org.gongjian.bidding.boundary.Ranking;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.CompetitionTerms;
import org.gongjian.bidding.entity.Eligibility;
import org.gongjian.bidding.entity.Score;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.tenantconfig.Name;
import org.junit.jupiter.api.Test;

class BidRankingTest {

    private static final Criterion FEASIBILITY = new Criterion("feasibility", new Name("可行性", "Feasibility"), new BigDecimal("60"), 10);
    private static final Criterion COMMITMENT = new Criterion("commitment", new Name("投入力度", "Commitment"), new BigDecimal("40"), 100);
    private static final PanelMember FIRST = new PanelMember(101, "r1", "评审一", Set.of(1L), Set.of());
    private static final PanelMember SECOND = new PanelMember(102, "r2", "评审二", Set.of(2L), Set.of());

    private final Competition competition = competition();
    private final List<Score> scores = new ArrayList<>();

    @Test
    void totalsAreWeightedMeansComputedByHand() {
        Bid first = bid(1, 1);
        Bid second = bid(2, 2);
        score(first, FIRST, "8", "70");
        score(first, SECOND, "6", "90");
        score(second, FIRST, "9", "50");
        score(second, SECOND, "9", "55");

        Ranking ranking = rank(List.of(first, second), Map.of());

        // second: feasibility mean 9 of 10 × 60 = 54, commitment mean 52.5 of 100 × 40 = 21 → 75.00
        // first:  feasibility mean 7 of 10 × 60 = 42, commitment mean 80 of 100 × 40 = 32 → 74.00
        Ranking.Place top = ranking.places().get(0);
        assertEquals(2L, top.bidId());
        assertEquals(new BigDecimal("75.00"), top.total());
        assertEquals(new BigDecimal("9.00"), top.lines().get(0).mean());
        assertEquals(new BigDecimal("52.50"), top.lines().get(1).mean());
        assertEquals(new BigDecimal("21.00"), top.lines().get(1).share());
        assertEquals(new BigDecimal("74.00"), ranking.places().get(1).total());
        assertEquals(2, ranking.places().get(1).place());
    }

    @Test
    void equalTotalsAreDecidedByTheHeaviestCriterion() {
        Bid first = bid(1, 1);
        Bid second = bid(2, 2);
        // first: 60 × 5/10 + 40 × 100/100 = 70; second: 60 × 10/10 + 40 × 25/100 = 70
        score(first, FIRST, "5", "100");
        score(first, SECOND, "5", "100");
        score(second, FIRST, "10", "25");
        score(second, SECOND, "10", "25");

        Ranking ranking = rank(List.of(first, second), Map.of());

        assertEquals(ranking.places().get(0).total(), ranking.places().get(1).total());
        assertEquals(2L, ranking.places().get(0).bidId(), "the higher feasibility share (weight 60) wins the tie");
    }

    @Test
    void aConflictedReviewerIsLeftOutAndAnUnscoredBidRanksLast() {
        Bid own = bid(1, 1);
        Bid unscored = bid(2, 2);
        score(own, FIRST, "10", "100");
        score(own, SECOND, "2", "20");

        Ranking ranking = rank(List.of(unscored, own), Map.of(1L, Set.of(101L)));

        Ranking.Place first = ranking.places().get(0);
        assertEquals(1L, first.bidId());
        assertTrue(first.complete());
        assertEquals(new BigDecimal("20.00"), first.total(), "only the second reviewer's 2/10 and 20/100 count");
        assertEquals(List.of(101L), first.conflicted());
        assertFalse(ranking.places().get(1).complete());
    }

    private Ranking rank(List<Bid> bids, Map<Long, Set<Long>> excused) {
        OffsetDateTime at = OffsetDateTime.of(2026, 4, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        return BidRanking.rank(competition, bids, List.of(FIRST, SECOND), scores, Map.of(1L, at, 2L, at), excused);
    }

    private void score(Bid bid, PanelMember reviewer, String feasibility, String commitment) {
        Score a = new Score(7, bid.getId(), reviewer.accountId(), FEASIBILITY.key());
        a.give(FEASIBILITY, new BigDecimal(feasibility), null);
        Score b = new Score(7, bid.getId(), reviewer.accountId(), COMMITMENT.key());
        b.give(COMMITMENT, new BigDecimal(commitment), null);
        scores.add(a);
        scores.add(b);
    }

    private Bid bid(long id, long tenant) {
        Bid bid = new Bid(competition, tenant, id * 10, "支部" + id, "党委" + tenant, "u" + id);
        set(bid, "id", id);
        return bid;
    }

    private static Competition competition() {
        CompetitionTerms terms = new CompetitionTerms(2026, "党建项目竞标", "规则", Eligibility.ALL_TENANTS, Set.of(),
                List.of(FEASIBILITY, COMMITMENT), LocalDateTime.of(2026, 4, 15, 17, 0), 2, new BigDecimal("50000"));
        Competition competition = new Competition(null, ZoneId.of("Asia/Shanghai"), terms, new byte[] {1}, "host");
        set(competition, "id", 7L);
        return competition;
    }

    static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
