package org.gongjian.tenantconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationSchemeTest {

    private static final List<Criterion> COMMON = List.of(
            criterion("effect", "实际成效", "60", 100),
            criterion("innovation", "机制创新", "40", 10));
    private static final List<Criterion> PUBLIC_OWN = List.of(
            criterion("satisfaction", "群众满意度", "60", 100),
            criterion("awareness", "知晓度", "40", 100));
    private static final List<GradeBand> GRADES = List.of(
            band("excellent", "优秀", "90", "100"),
            band("good", "良好", "80", "90"),
            band("pass", "合格", "60", "80"),
            band("fail", "不合格", "0", "60"));

    @Test
    void weightedTotalOfAWorkedExample() {
        // SELF on the common criteria: 90/100 x 60 + 8/10 x 40 = 54 + 32 = 86
        // PUBLIC on its own criteria:  85/100 x 60 + 66/100 x 40 = 51 + 26.4 = 77.4
        // ORGANISATIONAL, common:      70/100 x 60 + 9/10 x 40 = 42 + 36 = 78
        // total: 86 x 20% + 77.4 x 30% + 78 x 50% = 17.2 + 23.22 + 39 = 79.42
        BigDecimal total = valid().weightedTotal(Map.of(
                ChannelKind.SELF, scores("effect", "90", "innovation", "8"),
                ChannelKind.PUBLIC, scores("satisfaction", "85", "awareness", "66"),
                ChannelKind.ORGANISATIONAL, scores("effect", "70", "innovation", "9")));
        assertEquals(new BigDecimal("79.42"), total);
        assertEquals("合格", valid().gradeOf(total).orElseThrow().name().zh());
    }

    @Test
    void fullMarksEverywhereGive100InTheTopBand() {
        BigDecimal total = valid().weightedTotal(Map.of(
                ChannelKind.SELF, scores("effect", "100", "innovation", "10"),
                ChannelKind.PUBLIC, scores("satisfaction", "100", "awareness", "100"),
                ChannelKind.ORGANISATIONAL, scores("effect", "100", "innovation", "10")));
        assertEquals(new BigDecimal("100.00"), total);
        assertEquals("excellent", valid().gradeOf(total).orElseThrow().key());
    }

    @Test
    void weightedTotalRefusesAScoreAboveTheCriterionsScale() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> valid().weightedTotal(Map.of(
                ChannelKind.SELF, scores("effect", "90", "innovation", "11"),
                ChannelKind.PUBLIC, scores("satisfaction", "85", "awareness", "66"),
                ChannelKind.ORGANISATIONAL, scores("effect", "70", "innovation", "9"))));
        assertTrue(e.getMessage().contains("SELF/innovation"), e.getMessage());
    }

    @Test
    void weightedTotalRefusesAMissingScore() {
        assertThrows(IllegalArgumentException.class, () -> valid().weightedTotal(Map.of(
                ChannelKind.SELF, scores("effect", "90", "innovation", "8"))));
    }

    @Test
    void gradeBandIncludesItsLowerEdgeAndOnlyTheTopBandIncludes100() {
        EvaluationScheme scheme = valid();
        assertEquals("excellent", scheme.gradeOf(new BigDecimal("90")).orElseThrow().key());
        assertEquals("good", scheme.gradeOf(new BigDecimal("89.99")).orElseThrow().key());
        assertEquals("excellent", scheme.gradeOf(new BigDecimal("100")).orElseThrow().key());
        assertEquals("pass", scheme.gradeOf(new BigDecimal("60")).orElseThrow().key());
        assertEquals("fail", scheme.gradeOf(new BigDecimal("59.99")).orElseThrow().key());
        assertEquals("fail", scheme.gradeOf(BigDecimal.ZERO).orElseThrow().key());
        assertTrue(scheme.gradeOf(new BigDecimal("100.01")).isEmpty());
    }

    @Test
    void validSchemeHasNoProblems() {
        assertEquals(List.of(), valid().problems());
    }

    @Test
    void channelWeightsNotAddingUpTo100() {
        Problem problem = only(scheme("20", "30", "45", COMMON, PUBLIC_OWN, GRADES).problems());
        assertEquals("config.weights.sum", problem.key());
        assertEquals("scheme.channels", problem.path());
        assertEquals(List.of(WeightLevel.CHANNELS, "95"), problem.arguments());
    }

    @Test
    void commonCriteriaWeightsNotAddingUpTo100() {
        List<Criterion> common = List.of(criterion("effect", "实际成效", "60", 100), criterion("innovation", "机制创新", "30", 10));
        Problem problem = only(scheme("20", "30", "50", common, PUBLIC_OWN, GRADES).problems());
        assertEquals("config.weights.sum", problem.key());
        assertEquals("scheme.criteria", problem.path());
        assertEquals(List.of(WeightLevel.COMMON_CRITERIA, "90"), problem.arguments());
    }

    @Test
    void channelsOwnCriteriaWeightsNotAddingUpTo100() {
        List<Criterion> own = List.of(criterion("satisfaction", "群众满意度", "60", 100), criterion("awareness", "知晓度", "50", 100));
        Problem problem = only(scheme("20", "30", "50", COMMON, own, GRADES).problems());
        assertEquals("config.weights.sum", problem.key());
        assertEquals("scheme.channels.PUBLIC.criteria", problem.path());
        assertEquals(List.of(WeightLevel.PUBLIC_CRITERIA, "110"), problem.arguments());
    }

    @Test
    void negativeWeightIsRefusedEvenWhenTheSumIs100() {
        Problem problem = only(scheme("-10", "60", "50", COMMON, PUBLIC_OWN, GRADES).problems());
        assertEquals("config.weight.range", problem.key());
        assertEquals("scheme.channels.SELF.weight", problem.path());
        assertEquals("-10", problem.arguments().get(1));
    }

    @Test
    void weightWithThreeDecimalsIsRefused() {
        List<Criterion> common = List.of(criterion("effect", "实际成效", "33.333", 100), criterion("innovation", "机制创新", "66.667", 10));
        List<Problem> problems = scheme("20", "30", "50", common, PUBLIC_OWN, GRADES).problems();
        assertEquals(List.of("config.weight.range", "config.weight.range"), problems.stream().map(Problem::key).toList());
        assertEquals("scheme.criteria[0].weight", problems.get(0).path());
        assertEquals(List.of("实际成效", "33.333"), problems.get(0).arguments());
    }

    @Test
    void missingChannelIsRefused() {
        EvaluationScheme scheme = new EvaluationScheme(List.of(
                new Channel(ChannelKind.SELF, new BigDecimal("50"), List.of()),
                new Channel(ChannelKind.ORGANISATIONAL, new BigDecimal("50"), List.of())), COMMON, GRADES, MissingChannel.NO_GRADE);
        assertEquals("config.channels.all", only(scheme.problems()).key());
    }

    @Test
    void gradeEdgesAreScoresFrom0To100WithTwoDecimals() {
        for (String edge : List.of("33.333", "1e-999999999", "-5", "100.5")) {
            List<GradeBand> grades = List.of(band("excellent", "优秀", "90", "100"), band("good", "良好", "80", "90"),
                    band("pass", "合格", edge.equals("100.5") ? "60" : edge, edge.equals("100.5") ? edge : "80"),
                    band("fail", "不合格", "0", "60"));
            Problem problem = scheme("20", "30", "50", COMMON, PUBLIC_OWN, grades).problems().get(0);
            assertEquals("config.grade.edge", problem.key(), edge);
            assertEquals(List.of("合格"), problem.arguments());
        }
    }

    @Test
    void gapBetweenGradeBandsIsRefused() {
        List<GradeBand> grades = List.of(band("excellent", "优秀", "90", "100"), band("good", "良好", "81", "90"),
                band("pass", "合格", "60", "80"), band("fail", "不合格", "0", "60"));
        Problem problem = only(scheme("20", "30", "50", COMMON, PUBLIC_OWN, grades).problems());
        assertEquals("config.grade.gap", problem.key());
        assertEquals(List.of("80", "81"), problem.arguments());
    }

    @Test
    void overlappingGradeBandsAreRefused() {
        List<GradeBand> grades = List.of(band("excellent", "优秀", "90", "100"), band("good", "良好", "80", "90"),
                band("pass", "合格", "55", "80"), band("fail", "不合格", "0", "60"));
        Problem problem = only(scheme("20", "30", "50", COMMON, PUBLIC_OWN, grades).problems());
        assertEquals("config.grade.overlap", problem.key());
        assertEquals(List.of("55", "60"), problem.arguments());
    }

    @Test
    void topBandNotReaching100IsRefused() {
        List<GradeBand> grades = List.of(band("good", "良好", "80", "90"), band("pass", "合格", "60", "80"), band("fail", "不合格", "0", "60"));
        Problem problem = only(scheme("20", "30", "50", COMMON, PUBLIC_OWN, grades).problems());
        assertEquals("config.grade.top", problem.key());
        assertEquals(List.of("90"), problem.arguments());
    }

    @Test
    void criterionWithoutNameOrWeightIsReportedNotACrash() {
        List<Criterion> common = List.of(criterion("effect", "实际成效", "100", 100), new Criterion(null, null, null, 100));
        List<Problem> problems = scheme("20", "30", "50", common, PUBLIC_OWN, GRADES).problems();
        assertEquals(List.of("config.key.invalid", "config.name.required", "config.weight.missing"),
                problems.stream().map(Problem::key).toList());
        assertEquals("scheme.criteria[1].weight", problems.get(2).path());
    }

    private static EvaluationScheme valid() {
        return scheme("20", "30", "50", COMMON, PUBLIC_OWN, GRADES);
    }

    private static EvaluationScheme scheme(String self, String pub, String organisational, List<Criterion> common,
                                           List<Criterion> publicOwn, List<GradeBand> grades) {
        return new EvaluationScheme(List.of(
                new Channel(ChannelKind.SELF, new BigDecimal(self), List.of()),
                new Channel(ChannelKind.PUBLIC, new BigDecimal(pub), publicOwn),
                new Channel(ChannelKind.ORGANISATIONAL, new BigDecimal(organisational), List.of())), common, grades,
                MissingChannel.NO_GRADE);
    }

    private static Criterion criterion(String key, String zh, String weight, int maxScore) {
        return new Criterion(key, new Name(zh, null), new BigDecimal(weight), maxScore);
    }

    private static GradeBand band(String key, String zh, String from, String to) {
        return new GradeBand(key, new Name(zh, null), new BigDecimal(from), new BigDecimal(to));
    }

    private static Map<String, BigDecimal> scores(String key1, String points1, String key2, String points2) {
        return Map.of(key1, new BigDecimal(points1), key2, new BigDecimal(points2));
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }
}
