package org.gongjian.tenantconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TemplateLoaderTest {

    private static final String SAMPLE_FILES = "template-base.properties + template-sample.properties: ";

    @Test
    void bothShippedTemplatesLoadInListedOrder() {
        List<ConfigTemplate> all = new TemplateLoader().all();
        assertEquals(List.of("three-types", "party-building-plus"), all.stream().map(ConfigTemplate::code).toList());
        assertEquals("三型党建项目", all.get(0).name().zh());
        assertEquals("Three types", all.get(0).name().en());
        assertEquals("党建+", all.get(1).name().zh());
        assertEquals("Party building +", all.get(1).name().en());
    }

    @Test
    void threeTypesHasItsThreeCategoriesInOrder() {
        ConfigTemplate template = new TemplateLoader().load("three-types");
        assertEquals(List.of("innovation", "demonstration", "institution"), template.categories().stream().map(Category::key).toList());
        assertEquals(List.of("创新探索型", "典型示范型", "制度推广型"), template.categories().stream().map(c -> c.name().zh()).toList());
        assertTrue(template.categories().get(0).description().contains("破解难题"));
        assertTrue(template.categories().get(1).description().contains("打造"));
        assertTrue(template.categories().get(2).description().contains("制度"));
    }

    @Test
    void threeTypesWeighsChannels20To30To50AndPublicHasOwnCriteria() {
        EvaluationScheme scheme = new TemplateLoader().load("three-types").scheme();
        assertEquals(MissingChannel.NO_GRADE, scheme.missingChannel());
        assertWeight("20", scheme, ChannelKind.SELF);
        assertWeight("30", scheme, ChannelKind.PUBLIC);
        assertWeight("50", scheme, ChannelKind.ORGANISATIONAL);
        assertEquals(List.of("群众满意度", "知晓度与参与度"),
                scheme.criteriaOf(ChannelKind.PUBLIC).stream().map(c -> c.name().zh()).toList());
        assertEquals(List.of("经济社会效益", "示范带动效应", "机制创新", "党员参与度", "群众满意度"),
                scheme.criteriaOf(ChannelKind.SELF).stream().map(c -> c.name().zh()).toList());
        assertEquals(scheme.criteria(), scheme.criteriaOf(ChannelKind.ORGANISATIONAL));
    }

    @Test
    void threeTypesRulesAndFeatures() {
        Rules rules = new TemplateLoader().load("three-types").rules();
        assertEquals(2, rules.declarationsPerUnit());
        assertEquals(3, rules.nominationsUpward());
        assertEquals(List.of(1, 2, 3), Stream.of(AwardTier.values()).map(rules::awardsOf).toList());
        assertEquals(Set.of(Feature.BIDDING, Feature.CLAIM_BOARD, Feature.PUBLIC_VOTING), rules.features());
    }

    @Test
    void partyBuildingPlusHasFourCategoriesAndWeighsChannels30To20To50() {
        ConfigTemplate template = new TemplateLoader().load("party-building-plus");
        assertEquals(List.of("重大专项", "改革创新", "安全质量", "管理效能"), template.categories().stream().map(c -> c.name().zh()).toList());
        assertWeight("30", template.scheme(), ChannelKind.SELF);
        assertWeight("20", template.scheme(), ChannelKind.PUBLIC);
        assertWeight("50", template.scheme(), ChannelKind.ORGANISATIONAL);
        assertEquals(2, template.rules().nominationsUpward());
        assertEquals(Set.of(Feature.BIDDING, Feature.PUBLIC_VOTING), template.rules().features());
    }

    @Test
    void templateCriteriaListReplacesTheBaseListWholly() {
        EvaluationScheme scheme = new TemplateLoader().load("party-building-plus").scheme();
        assertEquals(List.of("目标完成度", "经济效益", "安全质量成效", "管理提升", "职工满意度"),
                scheme.criteria().stream().map(c -> c.name().zh()).toList());
        assertEquals(scheme.criteria(), scheme.criteriaOf(ChannelKind.PUBLIC));
    }

    @Test
    void emptyCalendarValueLeavesThePhaseWithoutWindow() {
        YearCalendar calendar = new TemplateLoader().load("party-building-plus").calendarFor(2027);
        assertTrue(calendar.window(Phase.CLAIM).isEmpty());
        assertTrue(calendar.window(Phase.BIDDING).isPresent());
    }

    @Test
    void baseGradesAndCalendarAreShared() {
        for (ConfigTemplate template : new TemplateLoader().all()) {
            EvaluationScheme scheme = template.scheme();
            assertEquals("优秀", scheme.gradeOf(new BigDecimal("90")).orElseThrow().name().zh());
            assertEquals("不合格", scheme.gradeOf(new BigDecimal("59.99")).orElseThrow().name().zh());
            Window declaration = template.calendarFor(2026).window(Phase.DECLARATION).orElseThrow();
            assertEquals(LocalDate.of(2026, 1, 10), declaration.opens());
            assertEquals(LocalDate.of(2026, 2, 28), declaration.closes());
        }
    }

    @Test
    void everyShippedNameHasAnEnglishForm() {
        for (ConfigTemplate template : new TemplateLoader().all()) {
            EvaluationScheme scheme = template.scheme();
            Stream<Name> names = Stream.of(Stream.of(template.name()),
                    template.categories().stream().map(Category::name),
                    scheme.criteria().stream().map(Criterion::name),
                    scheme.channels().stream().flatMap(c -> c.criteria().stream()).map(Criterion::name),
                    scheme.grades().stream().map(GradeBand::name)).flatMap(s -> s);
            names.forEach(name -> assertNotNull(name.en(), template.code() + ": " + name.zh()));
        }
    }

    @Test
    void startFor2027PutsTheShowcaseIn2028AndPassesItsOwnChecks() {
        for (ConfigTemplate template : new TemplateLoader().all()) {
            TenantConfiguration start = template.startFor(2027);
            YearCalendar calendar = start.calendar(2027).orElseThrow();
            Window showcase = calendar.window(Phase.SHOWCASE).orElseThrow();
            assertEquals(LocalDate.of(2028, 6, 20), showcase.opens());
            assertEquals(LocalDate.of(2028, 7, 10), showcase.closes());
            assertEquals(List.of(), calendar.problems());
            assertEquals(List.of(), start.problems(), template.code());
        }
    }

    @Test
    void sampleCaseLoadsSoEachBrokenCopyFailsOnlyForItsOwnLine() {
        ConfigTemplate sample = new TemplateLoader("sample/templates/").load("sample");
        assertEquals("创新探索型", sample.categories().get(0).name().zh());
    }

    @Test
    void typoInNumberNamesFileKeyAndValue() {
        assertEquals(SAMPLE_FILES + "channel.SELF.weight: '2O' is not a number", failure("typo-number"));
    }

    @Test
    void missingKeyIsNamed() {
        assertEquals(SAMPLE_FILES + "rules.nominations-upward: is missing", failure("missing-key"));
    }

    @Test
    void unknownPhaseIsNamedWithTheKnownOnes() {
        String message = failure("unknown-phase");
        assertTrue(message.startsWith(SAMPLE_FILES + "calendar.REVEIW: unknown phase 'REVEIW', not one of [DECLARATION, REVIEW"), message);
    }

    @Test
    void channelWeightsSummingTo95AreRefused() {
        String message = failure("weights-95");
        assertTrue(message.startsWith(SAMPLE_FILES + "channel.*.weight: "), message);
        assertTrue(message.endsWith("weights add up to 95, not 100"), message);
    }

    @Test
    void gradeGapIsRefused() {
        assertEquals(SAMPLE_FILES + "grade.*: no band covers 60 to 61", failure("grade-gap"));
    }

    @Test
    void reversedWindowIsRefusedWithItsDatesInTheSampleYear() {
        assertEquals(SAMPLE_FILES + "calendar.REVIEW: REVIEW closes on 2026-03-01, before it opens on 2026-03-31",
                failure("reversed-window"));
    }

    @Test
    void recordsProblemIsNamedByTheNumberedKeyInTheFile() {
        assertEquals(SAMPLE_FILES + "criterion.2.max-score: score scale of 群众满意度 is 0, not 1 to 1000", failure("zero-scale"));
    }

    @Test
    void templateCalendarIsInPhaseOrder() {
        List<Phase> phases = new TemplateLoader().load("three-types").calendar().stream().map(WindowTemplate::phase).toList();
        assertEquals(List.of(Phase.values()), phases);
    }

    @Test
    void dayThatDoesNotExistIsABadDate() {
        String message = failure("bad-date");
        assertTrue(message.startsWith(SAMPLE_FILES + "calendar.DECLARATION: '01-10/02-30' is not MM-dd/MM-dd"), message);
    }

    @Test
    void misspeltKeyIsRefusedInsteadOfIgnored() {
        assertEquals(SAMPLE_FILES + "category.1.goal-hnit: is not a template setting (misspelt?)", failure("misspelt-key"));
    }

    @Test
    void listedTemplateWithoutItsFileIsNamed() {
        TenantConfigException e = assertThrows(TenantConfigException.class,
                () -> new TemplateLoader("missing-template-file/templates/").all());
        assertEquals("template-other.properties: (file): not found in missing-template-file/templates/", e.getMessage());
    }

    @Test
    void unknownTemplateCodeIsRefusedWithTheKnownOnes() {
        TenantConfigException e = assertThrows(TenantConfigException.class, () -> new TemplateLoader().load("three-type"));
        assertEquals("template-base.properties: templates: unknown template 'three-type', not one of [three-types, party-building-plus]",
                e.getMessage());
    }

    @Test
    void missingBaseFileIsNamed() {
        TenantConfigException e = assertThrows(TenantConfigException.class, () -> new TemplateLoader("no-such-folder/").all());
        assertTrue(e.getMessage().startsWith("template-base.properties: (file): not found"), e.getMessage());
    }

    private static String failure(String folder) {
        return assertThrows(TenantConfigException.class, () -> new TemplateLoader(folder + "/templates/").load("sample")).getMessage();
    }

    private static void assertWeight(String expected, EvaluationScheme scheme, ChannelKind kind) {
        assertEquals(0, new BigDecimal(expected).compareTo(scheme.channel(kind).orElseThrow().weight()), kind.name());
    }
}
