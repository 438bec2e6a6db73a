package org.gongjian.tenantconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesTest {

    private static final List<AwardQuota> AWARDS = List.of(
            new AwardQuota(AwardTier.FIRST, 1), new AwardQuota(AwardTier.SECOND, 2), new AwardQuota(AwardTier.THIRD, 3));

    @Test
    void twoOrThreeNominationsUpwardAreAccepted() {
        assertEquals(List.of(), rules(2, 2, AWARDS).problems());
        assertEquals(List.of(), rules(2, 3, AWARDS).problems());
    }

    @Test
    void oneNominationUpwardIsRefused() {
        Problem problem = only(rules(2, 1, AWARDS).problems());
        assertEquals("config.rules.nominations", problem.key());
        assertEquals(List.of(1, 2, 3), problem.arguments());
    }

    @Test
    void fourNominationsUpwardAreRefused() {
        Problem problem = only(rules(2, 4, AWARDS).problems());
        assertEquals("config.rules.nominations", problem.key());
        assertEquals(List.of(4, 2, 3), problem.arguments());
    }

    @Test
    void noDeclarationsPerUnitIsRefused() {
        Problem problem = only(rules(0, 2, AWARDS).problems());
        assertEquals("config.rules.declarations", problem.key());
        assertEquals(List.of(0, Rules.MAX_DECLARATIONS), problem.arguments());
    }

    @Test
    void missingAwardTierIsRefused() {
        List<AwardQuota> awards = List.of(new AwardQuota(AwardTier.FIRST, 1), new AwardQuota(AwardTier.SECOND, 2));
        Problem problem = only(rules(2, 2, awards).problems());
        assertEquals("config.rules.tiers", problem.key());
        assertEquals("rules.awards", problem.path());
    }

    @Test
    void negativeAwardCountIsRefused() {
        List<AwardQuota> awards = List.of(new AwardQuota(AwardTier.FIRST, -1), new AwardQuota(AwardTier.SECOND, 2),
                new AwardQuota(AwardTier.THIRD, 3));
        Problem problem = only(rules(2, 2, awards).problems());
        assertEquals("config.rules.awards", problem.key());
        assertEquals("rules.awards.FIRST", problem.path());
        assertEquals(List.of(AwardTier.FIRST, -1, Rules.MAX_AWARDS), problem.arguments());
    }

    @Test
    void tierWithoutQuotaGivesNoAwardsAndOnlyListedFeaturesAreOn() {
        Rules rules = new Rules(2, 2, List.of(new AwardQuota(AwardTier.FIRST, 1)), Set.of(Feature.BIDDING));
        assertEquals(1, rules.awardsOf(AwardTier.FIRST));
        assertEquals(0, rules.awardsOf(AwardTier.THIRD));
        assertTrue(rules.has(Feature.BIDDING));
        assertFalse(rules.has(Feature.CLAIM_BOARD));
    }

    private static Rules rules(int declarations, int nominations, List<AwardQuota> awards) {
        return new Rules(declarations, nominations, awards, Set.of(Feature.BIDDING));
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }
}
